package io.peeringconsole.truststore.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.truststore.certificate.CertificateFacts;
import io.peeringconsole.truststore.certificate.CertificateImporter;
import io.peeringconsole.truststore.certificate.CrlFacts;
import io.peeringconsole.truststore.certificate.CrlImporter;
import io.peeringconsole.truststore.certificate.ImportedBundle;
import io.peeringconsole.truststore.certificate.RevocationReason;
import io.peeringconsole.truststore.testing.Openssl;
import io.peeringconsole.truststore.validation.CertificateValidator;
import io.peeringconsole.truststore.validation.ReasonCode;
import io.peeringconsole.truststore.validation.ValidationRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Certificates made by the openssl command line, as peers make them, get the verdicts our own corpus gets. */
class OpensslCertificateInteropTest {

    private static final String GOOD_EXTENSIONS = """
            basicConstraints=CA:FALSE
            keyUsage=critical,digitalSignature,keyEncipherment
            extendedKeyUsage=serverAuth,clientAuth
            subjectAltName=DNS:example.net,DNS:*.example.net
            """;

    @TempDir
    Path directory;
    private Openssl openssl;
    private CertificateFacts ca;
    private final CertificateImporter importer = new CertificateImporter();
    private final CertificateValidator validator = new CertificateValidator();
    /** Taken after openssl made the certificate: openssl truncates notBefore to the second, so earlier could precede it. */
    private Instant now;

    @BeforeEach
    void makeCa() throws Exception {
        openssl = Openssl.in(directory);
        openssl.run("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", "ca.key",
                "-out", "ca.pem", "-subj", "/O=Interop/CN=Interop Root", "-days", "365", "-sha256",
                "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
        ca = importer.parse(openssl.read("ca.pem")).leaf();
    }

    private CertificateFacts leaf(String name, String keySpec, String extensions, String digest) throws Exception {
        openssl.write(name + ".ext", extensions);
        String curve = keySpec.equals("ec") ? "ec_paramgen_curve:P-256" : "rsa_keygen_pubexp:65537";
        openssl.run("req", "-new", "-newkey", keySpec, "-pkeyopt", curve, "-nodes", "-keyout", name + ".key",
                "-out", name + ".csr", "-subj", "/CN=xmpp.example.net");
        openssl.run("x509", "-req", "-in", name + ".csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-set_serial",
                "0x" + Long.toHexString(System.nanoTime()) + "1f2e3d", "-days", "200", "-" + digest, "-extfile", name + ".ext",
                "-out", name + ".pem");
        CertificateFacts facts = importer.parse(openssl.read(name + ".pem")).leaf();
        now = Instant.now().plusSeconds(1);
        return facts;
    }

    private Set<ReasonCode> verdict(CertificateFacts leaf, String domain, Instant at) {
        return validator.validate(ValidationRequest.forPeer(domain, List.of(leaf)).anchors(List.of(ca)).at(at)).codes();
    }

    @Test
    void goodChainAndWildcardAreTrusted() throws Exception {
        CertificateFacts good = leaf("good", "ec", GOOD_EXTENSIONS, "sha256");
        assertEquals(Set.of(), verdict(good, "example.net", now));
        assertEquals(Set.of(), verdict(good, "chat.example.net", now));
        assertEquals(Set.of(ReasonCode.DOMAIN_MISMATCH), verdict(good, "a.b.example.net", now));
        assertEquals(Set.of(ReasonCode.EXPIRED), verdict(good, "example.net", now.plus(Duration.ofDays(210))));
    }

    @Test
    void serverAuthOnlyRsa1024AndSha1GetTheirReasons() throws Exception {
        String serverOnly = GOOD_EXTENSIONS.replace("serverAuth,clientAuth", "serverAuth");
        assertEquals(Set.of(ReasonCode.EXTENDED_KEY_USAGE_MISSING_CLIENT_AUTH), verdict(leaf("server", "ec", serverOnly, "sha256"), "example.net", now));
        assertEquals(Set.of(ReasonCode.WEAK_KEY), verdict(leaf("rsa1024", "rsa:1024", GOOD_EXTENSIONS, "sha256"), "example.net", now));
        assertEquals(Set.of(ReasonCode.WEAK_SIGNATURE), verdict(leaf("sha1", "ec", GOOD_EXTENSIONS, "sha1"), "example.net", now));
    }

    @Test
    void fingerprintAndPinMatchWhatOpensslComputes() throws Exception {
        CertificateFacts good = leaf("pinned", "ec", GOOD_EXTENSIONS, "sha256");
        String fingerprint = openssl.run("x509", "-in", "pinned.pem", "-noout", "-fingerprint", "-sha256");
        assertTrue(fingerprint.strip().endsWith("=" + good.sha256Fingerprint()), fingerprint);
        openssl.run("x509", "-in", "pinned.pem", "-noout", "-pubkey", "-out", "pinned.pub");
        openssl.run("pkey", "-pubin", "-in", "pinned.pub", "-outform", "DER", "-out", "pinned.spki");
        String pin = openssl.run("dgst", "-sha256", "-binary", "-out", "pinned.sha", "pinned.spki");
        assertEquals(java.util.Base64.getEncoder().encodeToString(openssl.read("pinned.sha")), good.spkiPin(), pin);
        String serial = openssl.run("x509", "-in", "pinned.pem", "-noout", "-serial");
        assertTrue(serial.strip().toUpperCase().endsWith(good.serialNumber()), serial);
    }

    @Test
    void pkcs7BundleFromOpensslIsReadAndOrdered() throws Exception {
        CertificateFacts good = leaf("bundled", "ec", GOOD_EXTENSIONS, "sha256");
        openssl.write("chain.pem", ca.pem() + good.pem());
        openssl.run("crl2pkcs7", "-nocrl", "-certfile", "chain.pem", "-outform", "DER", "-out", "chain.p7b");
        openssl.run("crl2pkcs7", "-nocrl", "-certfile", "chain.pem", "-out", "chain.p7c");
        ImportedBundle der = importer.parse(openssl.read("chain.p7b"));
        assertEquals(List.of(good, ca), der.certificates());
        assertEquals(der.certificates(), importer.parse(openssl.read("chain.p7c")).certificates());
    }

    @Test
    void crlFromOpensslCaRevokesTheLeaf() throws Exception {
        CertificateFacts revoked = leaf("revoked", "ec", GOOD_EXTENSIONS, "sha256");
        openssl.write("index.txt", "");
        openssl.write("crlnumber", "1000\n");
        openssl.write("ca.cnf", """
                [ ca ]
                default_ca = interop
                [ interop ]
                database = index.txt
                crlnumber = crlnumber
                default_md = sha256
                default_crl_days = 7
                """);
        openssl.run("ca", "-config", "ca.cnf", "-keyfile", "ca.key", "-cert", "ca.pem", "-revoke", "revoked.pem",
                "-crl_reason", "keyCompromise");
        openssl.run("ca", "-config", "ca.cnf", "-keyfile", "ca.key", "-cert", "ca.pem", "-gencrl", "-out", "crl.pem");
        CrlFacts crl = new CrlImporter().parse(openssl.read("crl.pem"));
        now = Instant.now().plusSeconds(1);
        assertEquals(RevocationReason.KEY_COMPROMISE, crl.entryFor(revoked.serialNumber()).orElseThrow().reason());
        Set<ReasonCode> codes = validator.validate(ValidationRequest.forPeer("example.net", List.of(revoked))
                .anchors(List.of(ca)).crls(List.of(crl)).at(now)).codes();
        assertEquals(Set.of(ReasonCode.REVOKED), codes);
    }

    @Test
    void selfSignedOpensslCertificateIsTrustedByPin() throws Exception {
        openssl.run("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", "self.key",
                "-out", "self.pem", "-subj", "/CN=example.net", "-days", "90", "-addext", "subjectAltName=DNS:example.net");
        CertificateFacts self = importer.parse(openssl.read("self.pem")).leaf();
        now = Instant.now().plusSeconds(1);
        Set<ReasonCode> codes = validator.validate(ValidationRequest.forPeer("example.net", List.of(self))
                .pins(List.of(self.spkiPin())).at(now)).codes();
        assertEquals(Set.of(ReasonCode.PINNED), codes);
    }
}
