package io.peeringconsole.web.it;

/** Builds small JSON bodies for tests without a mapping library. */
public final class Json {

    private Json() {
    }

    public static String quote(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    public static String peer(String displayName, String... domains) {
        StringBuilder list = new StringBuilder();
        for (String d : domains) {
            list.append(list.isEmpty() ? "" : ",").append(quote(d));
        }
        return "{\"displayName\":" + quote(displayName) + ",\"kind\":\"PEER_NETWORK\",\"domains\":[" + list
                + "],\"contacts\":[{\"name\":\"NOC\",\"email\":\"noc@example.net\"}],\"notes\":\"created by a test\"}";
    }

    public static String withVersion(String json, long version) {
        return json.substring(0, json.length() - 1) + ",\"version\":" + version + "}";
    }
}
