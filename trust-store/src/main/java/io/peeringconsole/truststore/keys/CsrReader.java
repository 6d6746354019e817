package io.peeringconsole.truststore.keys;

import io.peeringconsole.truststore.InputErrorCode;
import io.peeringconsole.truststore.TrustStoreInputException;
import io.peeringconsole.truststore.certificate.PublicKeyFacts;
import io.peeringconsole.truststore.encoding.EncodedObject;
import io.peeringconsole.truststore.encoding.InputDecoder;
import io.peeringconsole.truststore.encoding.ObjectKind;
import java.io.IOException;
import java.security.PublicKey;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.openssl.PEMException;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCSException;

/**
 * Reads a gateway's PKCS#10 request and checks what we take from it: the key, proven by the request's signature.
 * Everything else in the request is ignored, except that a request for CA powers is refused outright.
 */
final class CsrReader {

    private CsrReader() {
    }

    static PKCS10CertificationRequest read(byte[] input) {
        PKCS10CertificationRequest request = parse(single(input));
        requireValidSignature(request);
        refuseCaRequest(request);
        requireStrongKey(request);
        return request;
    }

    private static EncodedObject single(byte[] input) {
        var objects = InputDecoder.decode(input);
        if (objects.size() != 1 || objects.getFirst().kind() != ObjectKind.CSR) {
            throw new TrustStoreInputException(InputErrorCode.UNEXPECTED_CONTENT, "Expected one certificate signing request"
                    + " (PEM CERTIFICATE REQUEST), but the upload holds " + objects.getFirst().kind().description()
                    + (objects.size() > 1 ? " and more" : "") + "; generate a CSR on the gateway and upload it.");
        }
        return objects.getFirst();
    }

    private static PKCS10CertificationRequest parse(EncodedObject object) {
        try {
            PKCS10CertificationRequest request = new PKCS10CertificationRequest(object.der());
            request.getSubjectPublicKeyInfo().getEncoded();
            return request;
        } catch (IOException | RuntimeException malformed) {
            // Bouncy Castle reports structural faults with many unchecked types; for the person they are one fault.
            throw new TrustStoreInputException(InputErrorCode.MALFORMED_CSR, "The certificate signing request in "
                    + object.origin() + " could not be read; generate it again on the gateway.", malformed);
        }
    }

    private static void requireValidSignature(PKCS10CertificationRequest request) {
        boolean valid;
        try {
            PublicKey key = new JcaPEMKeyConverter().getPublicKey(request.getSubjectPublicKeyInfo());
            valid = request.isSignatureValid(new JcaContentVerifierProviderBuilder().build(key));
        } catch (PEMException | OperatorCreationException | PKCSException | RuntimeException unverifiable) {
            valid = false;
        }
        if (!valid) {
            throw new TrustStoreInputException(InputErrorCode.CSR_SIGNATURE_INVALID, "The signature of the certificate"
                    + " signing request does not verify with the key it contains; it was altered or damaged. Generate it again on the gateway.");
        }
    }

    private static void refuseCaRequest(PKCS10CertificationRequest request) {
        if (asksForCa(request)) {
            throw new TrustStoreInputException(InputErrorCode.CSR_REQUESTS_CA, "The certificate signing request asks for a CA"
                    + " certificate; gateways receive client certificates only. Generate a request without basicConstraints CA:TRUE.");
        }
    }

    private static boolean asksForCa(PKCS10CertificationRequest request) {
        try {
            Extensions requested = request.getRequestedExtensions();
            BasicConstraints constraints = requested == null ? null : BasicConstraints.fromExtensions(requested);
            KeyUsage usage = requested == null ? null : KeyUsage.fromExtensions(requested);
            return (constraints != null && constraints.isCA())
                    || (usage != null && (usage.hasUsages(KeyUsage.keyCertSign) || usage.hasUsages(KeyUsage.cRLSign)));
        } catch (RuntimeException malformed) {
            // Requested extensions are parsed lazily; damaged ones surface here as unchecked parser errors.
            throw new TrustStoreInputException(InputErrorCode.MALFORMED_CSR, "The extensions requested in the certificate"
                    + " signing request cannot be read; generate the request again on the gateway.", malformed);
        }
    }

    private static void requireStrongKey(PKCS10CertificationRequest request) {
        PublicKeyFacts key;
        try {
            key = PublicKeyFacts.ofSubjectPublicKeyInfo(request.getSubjectPublicKeyInfo().getEncoded());
        } catch (IOException | IllegalArgumentException unreadable) {
            throw new TrustStoreInputException(InputErrorCode.MALFORMED_CSR, "The key in the certificate signing request cannot be read.");
        }
        boolean strong = switch (key.type()) {
            case RSA -> key.bits() >= 2048;
            case EC -> key.bits() >= 256;
            case ED25519, ED448 -> true;
            default -> false;
        };
        if (!strong) {
            throw new TrustStoreInputException(InputErrorCode.CSR_WEAK_KEY, "The certificate signing request carries a "
                    + key.description() + " key; use EC P-256 or stronger, RSA 2048 or stronger, or Ed25519.");
        }
    }
}
