package io.peeringconsole.web.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;

/** Whether start-up (migrations, schema check, first administrator) has completed. */
@ApplicationScoped
public class StartupState {

    private volatile boolean ready;

    void markReady() {
        ready = true;
    }

    public boolean isReady() {
        return ready;
    }
}
