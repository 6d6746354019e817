package io.peeringconsole.bench.snapshot;

import io.peeringconsole.agreement.domain.FileTransferLimit;
import io.peeringconsole.agreement.domain.PresenceListLimits;
import io.peeringconsole.agreement.domain.ListKind;
import io.peeringconsole.agreement.domain.MessageRate;
import io.peeringconsole.agreement.domain.Service;
import io.peeringconsole.agreement.domain.ServiceGrant;
import io.peeringconsole.agreement.domain.TlsVersion;
import io.peeringconsole.privacy.PresenceAttribute;
import io.peeringconsole.privacy.SharingMode;
import io.peeringconsole.snapshot.domain.AgreementInForce;
import io.peeringconsole.snapshot.domain.CompiledSnapshot;
import io.peeringconsole.snapshot.domain.PeerConfiguration;
import io.peeringconsole.snapshot.domain.PeerConfiguration.ExposedGroup;
import io.peeringconsole.snapshot.domain.PeerTrust;
import io.peeringconsole.snapshot.domain.SharingTerm;
import io.peeringconsole.snapshot.domain.SnapshotCompiler;
import io.peeringconsole.snapshot.domain.SnapshotInput;
import io.peeringconsole.snapshot.domain.TrustMaterial;
import io.peeringconsole.truststore.keys.ConsoleKeyStore;
import io.peeringconsole.truststore.keys.SigningKeys;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Issue #5 benchmark (3): compile + sign the snapshots of a console with 10,000 peer networks and 50,000 agreements
 * (5 local domains, each with an ACTIVE agreement with every peer), against plain JSON serialisation of the same
 * documents. Both sides start from the gathered state (what the database returns), so what is compared is the work
 * the publish path adds: document building, RFC 8785 canonicalisation, SHA-256 and the CMS signature, versus
 * document building and the stock JSON-P writer. Wall-clock, warmed up, median of the measured rounds.
 */
public final class SnapshotBench {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    public static void main(String[] args) throws Exception {
        int peers = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int domains = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<SnapshotInput> state = new ArrayList<>();
        for (int d = 0; d < domains; d++) {
            state.add(domain("local" + d + ".example.com", peers));
        }
        Path keys = Files.createTempDirectory("snapshot-bench-keys");
        SigningKeys signing = ConsoleKeyStore.openOrCreate(keys, null, Clock.systemUTC()).signingKeys();
        long bytes = 0;
        for (int warm = 0; warm < 2; warm++) {
            bytes = compileAndSign(state, signing);
            plain(state);
        }
        long[] compiled = new long[rounds];
        long[] plain = new long[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            compileAndSign(state, signing);
            compiled[r] = System.nanoTime() - t0;
            long t1 = System.nanoTime();
            plain(state);
            plain[r] = System.nanoTime() - t1;
        }
        double c = median(compiled) / 1e6;
        double p = median(plain) / 1e6;
        System.out.printf("peers=%d domains=%d agreements=%d snapshot bytes (all domains)=%d%n", peers, domains,
                peers * domains, bytes);
        System.out.printf("compile+canonicalise+hash+sign: median %.1f ms over %d rounds%n", c, rounds);
        System.out.printf("plain JSON-P serialisation:     median %.1f ms over %d rounds%n", p, rounds);
        System.out.printf("ratio: %.2fx (target <= 3x)%n", c / p);
    }

    private static long compileAndSign(List<SnapshotInput> state, SigningKeys signing) {
        long bytes = 0;
        for (SnapshotInput input : state) {
            CompiledSnapshot compiled = SnapshotCompiler.compile(input);
            byte[] signature = signing.signDetachedCms(compiled.content());
            bytes += compiled.content().length + signature.length;
        }
        return bytes;
    }

    private static long plain(List<SnapshotInput> state) {
        long bytes = 0;
        for (SnapshotInput input : state) {
            JsonObject document = SnapshotCompiler.document(input);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (JsonWriter writer = Json.createWriter(out)) {
                writer.writeObject(document);
            }
            bytes += out.size();
        }
        return bytes;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static SnapshotInput domain(String name, int peers) {
        List<PeerConfiguration> list = new ArrayList<>(peers);
        for (int id = 1; id <= peers; id++) {
            ServiceGrant inbound = ServiceGrant.of(Service.PRESENCE, Service.PRESENCE_LIST, Service.PAGER_IM)
                    .withPresenceList(new PresenceListLimits(Set.of(ListKind.PUBLIC), 200))
                    .withMessageRate(new MessageRate(50));
            ServiceGrant outbound = ServiceGrant.of(Service.PAGER_IM, Service.FILE_TRANSFER)
                    .withFileTransfer(new FileTransferLimit(10_000_000L)).withMessageRate(new MessageRate(50));
            String domain = "peer" + id + ".example.net";
            list.add(new PeerConfiguration(id, "Peer network " + id, List.of(domain), new AgreementInForce(id, inbound,
                    outbound, TlsVersion.TLS_1_3, NOW, NOW.plusSeconds(31_536_000)),
                    new PeerTrust(List.of(), List.of(certificate(domain, id)), List.of(), List.of(domain)),
                    new SharingTerm(SharingMode.PER_WATCHER, Set.of(PresenceAttribute.BASIC_STATUS)),
                    id % 10 == 0 ? List.of(new ExposedGroup("sip:support@" + name, 100)) : List.of(), null, List.of()));
        }
        return new SnapshotInput(name, list);
    }

    /** A realistic-size certificate entry (a P-256 certificate is about 700 bytes of PEM). */
    private static TrustMaterial certificate(String domain, long id) {
        String body = ("MIIB" + Long.toHexString(id * 0x9E3779B97F4A7C15L)).repeat(12);
        StringBuilder pem = new StringBuilder("-----BEGIN CERTIFICATE-----\n");
        for (int i = 0; i < body.length(); i += 64) {
            pem.append(body, i, Math.min(body.length(), i + 64)).append('\n');
        }
        pem.append("-----END CERTIFICATE-----\n");
        return new TrustMaterial(String.format("%064x", id), "sha256/" + Long.toHexString(id), "CN=" + domain,
                NOW.minusSeconds(86_400), NOW.plusSeconds(31_536_000), pem.toString(), null);
    }
}
