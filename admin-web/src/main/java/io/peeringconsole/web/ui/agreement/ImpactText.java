package io.peeringconsole.web.ui.agreement;

import io.peeringconsole.agreement.domain.Direction;
import io.peeringconsole.agreement.domain.ImpactPreview;
import io.peeringconsole.agreement.domain.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The impact preview in sentences, for the confirmation before suspending or terminating. */
final class ImpactText {

    private ImpactText() {
    }

    static List<String> lines(ImpactPreview preview) {
        List<String> lines = new ArrayList<>();
        if (!preview.stopsServices()) {
            lines.add("No service is running under this agreement (it is " + preview.from()
                    + "), so nothing stops now.");
        }
        for (ImpactPreview.ServiceStop stop : preview.stops()) {
            lines.add(describe(stop.direction()) + " for " + stop.peerDomain() + ": " + stop.services().stream()
                    .sorted().map(Service::label).collect(Collectors.joining(", ")) + " stop.");
        }
        lines.add(preview.gateways().isEmpty()
                ? "No gateway of " + preview.localDomain() + " is registered yet, so none receives the change."
                : "Gateways that receive the change: " + String.join(", ", preview.gateways()) + ".");
        return lines;
    }

    private static String describe(Direction direction) {
        return direction == Direction.INBOUND ? "Inbound (" + direction.description() + ")"
                : "Outbound (" + direction.description() + ")";
    }
}
