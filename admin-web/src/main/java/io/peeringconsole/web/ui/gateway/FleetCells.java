package io.peeringconsole.web.ui.gateway;

import io.peeringconsole.gateway.application.GatewayView;
import io.peeringconsole.web.ui.support.Formats;

/** How a gateway's fleet state reads in the grid: short texts an operator scans down a column. */
final class FleetCells {

    static final String NEVER = "Never";

    private FleetCells() {
    }

    static String applied(GatewayView gateway) {
        return gateway.appliedSerial() == null ? "None yet" : Long.toString(gateway.appliedSerial());
    }

    /** {@code Current}, {@code 2 behind}, or {@code Nothing published} before the domain's first snapshot. */
    static String lag(GatewayView gateway) {
        if (gateway.newestSerial() == null) {
            return "Nothing published";
        }
        return gateway.lag() == 0 ? "Current" : gateway.lag() + " behind";
    }

    static String lastSeen(GatewayView gateway) {
        return gateway.lastSeenAt() == null ? NEVER : Formats.time(gateway.lastSeenAt());
    }

    /** {@code Serial 4: reason}, or empty when the gateway never rejected anything. */
    static String lastRejection(GatewayView gateway) {
        if (gateway.rejectedSerial() == null) {
            return "";
        }
        return "Serial " + gateway.rejectedSerial() + ": " + gateway.rejectionReason();
    }

    /** Disabled beats silent: a disabled gateway is expected to be quiet. */
    static String state(GatewayView gateway) {
        if (!gateway.enabled()) {
            return "Disabled";
        }
        return gateway.silent() ? "Silent" : "Active";
    }
}
