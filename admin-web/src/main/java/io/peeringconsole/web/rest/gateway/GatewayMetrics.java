package io.peeringconsole.web.rest.gateway;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Pulls are counted, not audited: a fleet polling every few seconds would drown the trail. Served at {@code /metrics}
 * as {@code gateway_snapshot_pulls_total{answer=...}} and {@code gateway_authentication_failures_total}; of those
 * pulls, how many {@link SnapshotFastPath} took on before JAX-RS as {@code gateway_snapshot_fast_path_total{answer=
 * not_modified|long_poll}} (a pull of the fleet that never shows there is paying for the full request stack).
 *
 * <p>Called once per pull, its methods are public: Weld's client proxy calls a public method directly and a
 * package-private one through reflection.
 */
@ApplicationScoped
public class GatewayMetrics {

    @Inject
    MetricRegistry registry;

    private Counter served;
    private Counter notModified;
    private Counter nothingPublished;
    private Counter signatures;
    private Counter authenticationFailures;
    private Counter fastNotModified;
    private Counter fastLongPolls;

    @PostConstruct
    void register() {
        served = pulls("served");
        notModified = pulls("not_modified");
        nothingPublished = pulls("nothing_published");
        signatures = pulls("signature");
        authenticationFailures = registry.counter("gateway.authentication.failures");
        fastNotModified = registry.counter("gateway.snapshot.fast_path", new Tag("answer", "not_modified"));
        fastLongPolls = registry.counter("gateway.snapshot.fast_path", new Tag("answer", "long_poll"));
    }

    private Counter pulls(String answer) {
        return registry.counter("gateway.snapshot.pulls", new Tag("answer", answer));
    }

    public void served() {
        served.inc();
    }

    public void notModified() {
        notModified.inc();
    }

    public void nothingPublished() {
        nothingPublished.inc();
    }

    public void signature() {
        signatures.inc();
    }

    public void authenticationFailed() {
        authenticationFailures.inc();
    }

    public void fastNotModified() {
        fastNotModified.inc();
    }

    public void fastLongPoll() {
        fastLongPolls.inc();
    }
}
