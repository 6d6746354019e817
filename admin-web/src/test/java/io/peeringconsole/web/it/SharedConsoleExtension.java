package io.peeringconsole.web.it;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;

/**
 * One Payara Micro for all container test classes of a run, instead of one per class.
 * <p>
 * Payara Micro deploys only at boot, so Arquillian's managed Payara Micro container boots a process for each test
 * class: about 25 s each, most of the suite's time. Every container test deploys the same war
 * ({@link ConsoleDeployment#create()}) as a client ({@code testable = false}), and the classes already share one
 * database per run, so they are written not to depend on each other's data. This extension deploys the first
 * class's war and hands its deployment to every later class; the console is stopped once, after the last class.
 * <p>
 * A class marked {@link OwnConsole} deploys as Arquillian always does. The shared console is stopped before it
 * (both would open the same embedded database) and booted again for the next class that shares it. Every stop waits
 * until the Payara process has exited, for the same reason.
 */
public final class SharedConsoleExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Deployer.class);
    }

    /** Arquillian's deployment events, let through once for the shared console and always for own consoles. */
    public static final class Deployer {

        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> scenario;

        @Inject
        private Instance<TestClass> testClass;

        @Inject
        private Instance<ClassContext> classContext;

        @Inject
        private Event<UnDeployManagedDeployments> undeploy;

        private static final Duration EXIT_PATIENCE = Duration.ofSeconds(60);

        private DeploymentScenario shared;
        private boolean sharedRunning;
        private boolean stoppingShared;

        public void generate(@Observes EventContext<GenerateDeployment> event) {
            if (ownsConsole(event.getEvent().getTestClass())) {
                stopShared();
                event.proceed();
            } else if (shared == null) {
                event.proceed();
                shared = scenario.get();
            } else {
                scenario.set(shared);
            }
        }

        public void deploy(@Observes EventContext<DeployManagedDeployments> event) {
            if (ownsConsole(testClass.get())) {
                event.proceed();
            } else if (!sharedRunning) {
                event.proceed();
                sharedRunning = true;
            }
        }

        public void undeploy(@Observes EventContext<UnDeployManagedDeployments> event) {
            if (stoppingShared || ownsConsole(testClass.get())) {
                List<ProcessHandle> consoles = payaraProcesses();
                event.proceed();
                awaitExit(consoles);
            }
        }

        public void stopAtEnd(@Observes(precedence = 100) AfterSuite event) {
            stopShared();
        }

        private void stopShared() {
            if (!sharedRunning) {
                return;
            }
            ClassContext context = classContext.get();
            context.activate(SharedConsoleExtension.class);
            try {
                scenario.set(shared);
                stoppingShared = true;
                undeploy.fire(new UnDeployManagedDeployments());
            } finally {
                stoppingShared = false;
                sharedRunning = false;
                context.deactivate();
                context.destroy(SharedConsoleExtension.class);
            }
        }

        /** The Payara Micro processes this JVM started, taken while they still run and show their command line. */
        private static List<ProcessHandle> payaraProcesses() {
            return ProcessHandle.current().children()
                    .filter(child -> child.info().commandLine().orElse("").contains("payara-micro"))
                    .toList();
        }

        /**
         * Undeploying only sends Payara a SIGTERM, and its shutdown can take tens of seconds on a loaded machine; a
         * console booted meanwhile finds the embedded database still locked. So the next boot waits for the exit.
         */
        private static void awaitExit(List<ProcessHandle> consoles) {
            for (ProcessHandle console : consoles) {
                try {
                    console.onExit().get(EXIT_PATIENCE.toSeconds(), TimeUnit.SECONDS);
                } catch (TimeoutException slow) {
                    console.destroyForcibly();
                    console.onExit().join();
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (ExecutionException impossible) {
                    throw new IllegalStateException(impossible);
                }
            }
        }

        private static boolean ownsConsole(TestClass tested) {
            return tested != null && tested.isAnnotationPresent(OwnConsole.class);
        }
    }
}
