package io.peeringconsole.truststore.keys;

import io.peeringconsole.truststore.InputErrorCode;
import io.peeringconsole.truststore.TrustStoreInputException;
import java.util.regex.Pattern;

/**
 * The names we put into a gateway certificate. They become a DNS name and a URI, so they are held to DNS syntax:
 * lower-case ASCII letters, digits and inner hyphens; the local domain is expected already in punycode.
 */
final class GatewayNames {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern DOMAIN = Pattern.compile(LABEL.pattern() + "(?:\\." + LABEL.pattern() + ")+");

    private GatewayNames() {
    }

    static void check(String gatewayName, String localDomain) {
        if (gatewayName == null || !LABEL.matcher(gatewayName).matches()) {
            throw new TrustStoreInputException(InputErrorCode.INVALID_NAME, "The gateway name '" + gatewayName
                    + "' must be one DNS label: 1 to 63 lower-case letters, digits or inner hyphens.");
        }
        if (localDomain == null || localDomain.length() > 253 - 64 || !DOMAIN.matcher(localDomain).matches()) {
            throw new TrustStoreInputException(InputErrorCode.INVALID_NAME, "The local domain '" + localDomain
                    + "' must be a lower-case ASCII domain name (IDNs in punycode), such as example.com.");
        }
    }

    static String dnsName(String gatewayName, String localDomain) {
        return gatewayName + "." + localDomain;
    }

    static String uri(String gatewayName, String localDomain) {
        return "urn:peering-console:gateway:" + localDomain + ":" + gatewayName;
    }
}
