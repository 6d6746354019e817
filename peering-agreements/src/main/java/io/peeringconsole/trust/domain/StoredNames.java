package io.peeringconsole.trust.domain;

/**
 * Distinguished names as stored in their columns: cut to the column's length. The stored PEM keeps the full name;
 * the column only serves lists and sorting.
 */
final class StoredNames {

    private StoredNames() {
    }

    static String bounded(String name) {
        if (name.length() <= TrustedCertificate.MAX_NAME) {
            return name;
        }
        int end = TrustedCertificate.MAX_NAME - 1;
        if (Character.isHighSurrogate(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(0, end) + "…";
    }
}
