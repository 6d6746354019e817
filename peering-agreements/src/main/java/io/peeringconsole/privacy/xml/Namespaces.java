package io.peeringconsole.privacy.xml;

/** The namespaces of pres-rules documents and the prefixes we write them with. */
final class Namespaces {

    static final String COMMON_POLICY = "urn:ietf:params:xml:ns:common-policy";
    static final String PRES_RULES = "urn:ietf:params:xml:ns:pres-rules";
    static final String CP_PREFIX = "cr";
    static final String PR_PREFIX = "pr";

    private Namespaces() {
    }

    static String prefixOf(String namespace) {
        if (COMMON_POLICY.equals(namespace)) {
            return CP_PREFIX + ":";
        }
        if (PRES_RULES.equals(namespace)) {
            return PR_PREFIX + ":";
        }
        return namespace.isEmpty() ? "" : "{" + namespace + "}";
    }
}
