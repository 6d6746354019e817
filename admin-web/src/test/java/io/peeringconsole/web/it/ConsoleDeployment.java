package io.peeringconsole.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The console's real war, as the build made it, plus the test-only {@link TestSupportResource}. Container
 * tests deploy this rather than a hand-picked list of classes, so they test what ships.
 */
public final class ConsoleDeployment {

    private ConsoleDeployment() {
    }

    public static WebArchive create() {
        File war = new File(System.getProperty("console.war", "target/peering.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("The console war " + war + " is missing: run the tests through 'mvn verify'.");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addClasses(TestSupportResource.class, BulkPeerSql.class, AuditTampering.class);
    }
}
