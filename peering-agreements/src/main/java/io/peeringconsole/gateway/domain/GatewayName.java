package io.peeringconsole.gateway.domain;

import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.rules.SafeText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A gateway's name, unique within its local domain: what operators see in the fleet and what the audit trail records
 * as the actor of its reports. Kept to host-name characters so that it is safe in logs, headers and file names.
 */
public final class GatewayName {

    public static final int MAX_LENGTH = 64;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private GatewayName() {
    }

    public static String parse(String raw) {
        String name = SafeText.trimToNull(raw);
        if (name == null) {
            throw new RuleViolationException("name", "Give the gateway a name, e.g. edge-1.");
        }
        if (name.length() > MAX_LENGTH) {
            throw new RuleViolationException("name", "A gateway name may have at most " + MAX_LENGTH
                    + " characters; it had " + name.length() + ".");
        }
        if (!SHAPE.matcher(name).matches()) {
            throw new RuleViolationException("name", "A gateway name starts with a letter or digit and uses only"
                    + " letters, digits, '.', '_' and '-'; " + SafeText.quote(name) + " was given.");
        }
        return name;
    }

    /**
     * The names of a batch registration: 1 to {@code max} names, each valid and none repeated. A fault names its
     * place ({@code names[3]}), so that the operator can find it in a long list.
     */
    public static List<String> parseBatch(List<String> raw, int max) {
        if (raw == null || raw.isEmpty() || raw.size() > max) {
            throw new RuleViolationException("names", "Give from 1 to " + max + " gateway names; register a larger"
                    + " fleet in several batches.");
        }
        List<String> names = new ArrayList<>(raw.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String field = "names[" + i + "]";
            String name;
            try {
                name = parse(raw.get(i));
            } catch (RuleViolationException invalid) {
                throw new RuleViolationException(field, invalid.getMessage());
            }
            if (!seen.add(name)) {
                throw new RuleViolationException(field, "The name " + name + " appears twice in the batch; give"
                        + " each gateway its own name.");
            }
            names.add(name);
        }
        return names;
    }
}
