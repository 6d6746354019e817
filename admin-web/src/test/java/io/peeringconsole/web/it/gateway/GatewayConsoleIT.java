package io.peeringconsole.web.it.gateway;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every gateway API test class stands on: the console of {@link GatewayDeployment} and a {@link GatewayFixture}
 * on it. Each subclass still names its {@code @ConsoleVariant} and tags itself, so that what it runs on and where it
 * runs can be read on the class.
 */
abstract class GatewayConsoleIT {

    @ArquillianResource
    protected URL base;

    protected GatewayFixture fixture;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return GatewayDeployment.create();
    }

    @BeforeEach
    void connectTheFixture() {
        fixture = new GatewayFixture(base);
    }
}
