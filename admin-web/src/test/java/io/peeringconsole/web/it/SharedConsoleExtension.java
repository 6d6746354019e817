package io.peeringconsole.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * One Payara Micro for all container test classes of a run that deploy the same war, instead of one per class.
 * <p>
 * Payara Micro deploys only at boot, so Arquillian's managed Payara Micro container boots a process for each test
 * class: about 25 s each, most of the suite's time. Every container test deploys the console's war as a client
 * ({@code testable = false}), and the classes already share one database per run, so they are written not to depend
 * on each other's data. This extension deploys the war of the first class and hands its deployment to every later
 * class of the same {@link ConsoleVariant} (the plain {@link ConsoleDeployment#create()} for classes without one).
 * <p>
 * One console runs at a time: a class of another variant stops the running console first (both would open the same
 * embedded database), and a variant's console is booted again when a class of it comes back; the run order is
 * alphabetical (see the failsafe configuration) so that classes of a variant mostly follow each other. Every stop
 * waits until the Payara process has exited, for the same reason; the last console stops after the last class.
 */
public final class SharedConsoleExtension implements LoadableExtension {

    private static final String PLAIN = "";

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Deployer.class);
    }

    /** Arquillian's deployment events, let through only to boot a variant's console and to stop it. */
    public static final class Deployer {

        private static final Duration EXIT_PATIENCE = Duration.ofSeconds(60);
        private static final Pattern DEPLOYED_WAR = Pattern.compile(
                "--deploy (\\S*/arquillian-payara-micro\\d+)/deployments/");

        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> scenario;

        @Inject
        private Instance<TestClass> testClass;

        @Inject
        private Instance<ClassContext> classContext;

        @Inject
        private Event<UnDeployManagedDeployments> undeploy;

        @Inject
        private Event<DeployManagedDeployments> redeploy;

        private final Map<String, DeploymentScenario> scenarios = new HashMap<>();
        private String running;
        private boolean stopping;
        private boolean retrying;

        public void generate(@Observes EventContext<GenerateDeployment> event) {
            String variant = variantOf(event.getEvent().getTestClass());
            if (running != null && !running.equals(variant)) {
                stopRunning();
            }
            DeploymentScenario known = scenarios.get(variant);
            if (known == null) {
                event.proceed();
                scenarios.put(variant, scenario.get());
            } else {
                scenario.set(known);
            }
        }

        /**
         * Boots the variant's console unless it runs. Now and then a Payara Micro boot stops short after its first
         * services (seen once in about forty boots on a loaded machine) and the deployment times out: such a process
         * is killed and the boot tried once more, since one stuck boot would otherwise fail every later class.
         */
        public void deploy(@Observes EventContext<DeployManagedDeployments> event) throws Exception {
            String variant = variantOf(testClass.get());
            if (variant.equals(running)) {
                return;
            }
            try {
                event.proceed();
                running = variant;
            } catch (Exception bootFailed) {
                if (retrying) {
                    throw bootFailed;
                }
                List<ProcessHandle> stuck = payaraProcesses();
                stuck.forEach(ProcessHandle::destroyForcibly);
                awaitExit(stuck);
                retrying = true;
                try {
                    redeploy.fire(new DeployManagedDeployments());
                } finally {
                    retrying = false;
                }
            }
        }

        public void undeploy(@Observes EventContext<UnDeployManagedDeployments> event) {
            if (stopping) {
                List<ProcessHandle> consoles = payaraProcesses();
                event.proceed();
                awaitExit(consoles);
            }
        }

        public void stopAtEnd(@Observes(precedence = 100) AfterSuite event) {
            stopRunning();
        }

        private void stopRunning() {
            if (running == null) {
                return;
            }
            ClassContext context = classContext.get();
            context.activate(SharedConsoleExtension.class);
            try {
                scenario.set(scenarios.get(running));
                stopping = true;
                undeploy.fire(new UnDeployManagedDeployments());
            } finally {
                stopping = false;
                running = null;
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
                Optional<Path> deployments = deploymentDirectory(console);
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
                deployments.ifPresent(SharedConsoleExtension::deleteQuietly);
            }
        }

        /**
         * The temporary directory the adapter copied the war to for this console ({@code --deploy
         * /tmp/arquillian-payara-micro.../deployments/peering.war}), which it leaves behind: about 50 MB a boot.
         */
        private static Optional<Path> deploymentDirectory(ProcessHandle console) {
            Matcher deploy = DEPLOYED_WAR.matcher(console.info().commandLine().orElse(""));
            return deploy.find() ? Optional.of(Path.of(deploy.group(1))) : Optional.empty();
        }

        private static String variantOf(TestClass tested) {
            ConsoleVariant variant = tested == null ? null : tested.getAnnotation(ConsoleVariant.class);
            return variant == null ? PLAIN : variant.value();
        }
    }

    private static void deleteQuietly(Path directory) {
        try {
            ConsoleProcess.deleteTree(directory);
        } catch (IOException | UncheckedIOException left) {
            System.err.println("Could not remove " + directory + ": " + left);
        }
    }
}
