package io.peeringconsole.truststore.certificate;

import io.peeringconsole.truststore.encoding.Fingerprints;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;

/** The usage and key-identifier extensions, each absent extension read as "no restriction" or null. */
final class ExtensionsReader {

    private final Extensions extensions;

    ExtensionsReader(Extensions extensions) {
        this.extensions = extensions;
    }

    List<KeyUsage> keyUsage() {
        org.bouncycastle.asn1.x509.KeyUsage bits = extensions == null ? null
                : org.bouncycastle.asn1.x509.KeyUsage.fromExtensions(extensions);
        if (bits == null) {
            return List.of();
        }
        List<KeyUsage> usages = new ArrayList<>();
        for (KeyUsage usage : KeyUsage.values()) {
            // BC numbers the bits from the most significant bit of the first octet, as DER does.
            if (bits.hasUsages(bcFlag(usage))) {
                usages.add(usage);
            }
        }
        return usages;
    }

    private static int bcFlag(KeyUsage usage) {
        return usage.bit() < 8 ? 1 << (7 - usage.bit()) : 1 << 15;
    }

    List<String> extendedKeyUsage() {
        ExtendedKeyUsage eku = extensions == null ? null : ExtendedKeyUsage.fromExtensions(extensions);
        if (eku == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (KeyPurposeId purpose : eku.getUsages()) {
            names.add(ExtendedKeyUsages.nameOf(purpose.getId()));
        }
        return names;
    }

    boolean ca() {
        BasicConstraints constraints = basicConstraints();
        return constraints != null && constraints.isCA();
    }

    Integer pathLenConstraint() {
        BasicConstraints constraints = basicConstraints();
        if (constraints == null || !constraints.isCA() || constraints.getPathLenConstraint() == null) {
            return null;
        }
        return constraints.getPathLenConstraint().intValueExact();
    }

    private BasicConstraints basicConstraints() {
        return extensions == null ? null : BasicConstraints.fromExtensions(extensions);
    }

    String subjectKeyId() {
        SubjectKeyIdentifier ski = extensions == null ? null : SubjectKeyIdentifier.fromExtensions(extensions);
        return ski == null ? null : Fingerprints.colonHex(ski.getKeyIdentifier());
    }

    String authorityKeyId() {
        AuthorityKeyIdentifier aki = extensions == null ? null : AuthorityKeyIdentifier.fromExtensions(extensions);
        return aki == null || aki.getKeyIdentifier() == null ? null : Fingerprints.colonHex(aki.getKeyIdentifier());
    }
}
