package io.peeringconsole.web.it.gateway;

import io.peeringconsole.web.it.ConsoleDeployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The console plus a test-only snapshot feed whose publishes the tests trigger ({@link InMemorySnapshotFeed}). When
 * the real publisher is in the build it stays in place for the other tests and is only outranked here.
 */
public final class GatewayDeployment {

    /** The {@link io.peeringconsole.web.it.ConsoleVariant} of the classes deploying this war. */
    public static final String VARIANT = "snapshots published by the tests through an in-memory feed";

    private GatewayDeployment() {
    }

    public static WebArchive create() {
        return ConsoleDeployment.create().addClasses(InMemorySnapshotFeed.class, SnapshotPublishingResource.class);
    }
}
