package io.peeringconsole.snapshot.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SnapshotCompilerTest {

    @Test
    void theSameStateCompiledInTwoSeparateJvmsGivesIdenticalBytes() throws Exception {
        byte[] first = compileInNewJvm(40, 1);
        byte[] second = compileInNewJvm(40, 2);
        assertTrue(first.length > 10_000, "the fixture must be big enough to mean something: " + first.length);
        assertArrayEquals(first, second);
        assertArrayEquals(first, SnapshotCompiler.compile(SnapshotFixtures.state(40, 3)).content());
    }

    @Test
    void contentIsCanonicalAndTheHashIsTheSha256OfIt() {
        CompiledSnapshot compiled = SnapshotCompiler.compile(SnapshotFixtures.state(5, 9));
        JsonObject reparsed = Json.createReader(new ByteArrayInputStream(compiled.content())).readObject();
        assertEquals(compiled.text(), CanonicalJson.text(reparsed));
        assertEquals(SnapshotCompiler.sha256(compiled.content()), compiled.contentHash());
        assertTrue(compiled.contentHash().matches("[0-9a-f]{64}"));
        assertFalse(compiled.text().contains("serial"), "serial is metadata, not content");
    }

    @Test
    void anyChangeOfStateChangesTheHash() {
        SnapshotInput state = SnapshotFixtures.state(3, 1);
        String hash = SnapshotCompiler.compile(state).contentHash();
        assertNotEquals(hash, SnapshotCompiler.compile(state.withoutPeers(java.util.Set.of(2L))).contentHash());
        assertEquals(hash, SnapshotCompiler.compile(SnapshotFixtures.state(3, 77)).contentHash());
    }

    @Test
    void compiledOutputHasEveryFieldTheVersionedSchemaRequires() throws Exception {
        JsonObject schema = SchemaCheck.load();
        JsonObject document = SnapshotCompiler.compile(SnapshotFixtures.state(6, 4)).document();
        assertEquals(List.of(), SchemaCheck.problems(schema, document));
        assertEquals(SnapshotCompiler.SCHEMA_VERSION, document.getInt("schemaVersion"));
        assertEquals(List.of(), SchemaCheck.problems(schema,
                SnapshotCompiler.compile(new SnapshotInput("empty.example", List.of())).document()));
    }

    @Test
    void theSchemaCheckCatchesAMissingOrUnknownMember() throws Exception {
        JsonObject schema = SchemaCheck.load();
        JsonObject document = SnapshotCompiler.compile(SnapshotFixtures.state(1, 1)).document();
        JsonObject peer = document.getJsonArray("peers").getJsonObject(0);
        JsonObject broken = Json.createObjectBuilder(document).add("peers", Json.createArrayBuilder()
                .add(Json.createObjectBuilder(peer).remove("trust").add("surprise", 1))).build();
        List<String> problems = SchemaCheck.problems(schema, broken);
        assertEquals(2, problems.size(), problems.toString());
    }

    @Test
    void rolloverOverlapListsBothCertificatesAndSuspendedAgreementsAreSimplyAbsent() {
        JsonObject document = SnapshotCompiler.compile(SnapshotFixtures.state(2, 1)).document();
        var certificates = document.getJsonArray("peers").getJsonObject(0).getJsonObject("trust")
                .getJsonArray("certificates");
        assertEquals(2, certificates.size());
        assertEquals(1, certificates.stream().filter(c -> !c.asJsonObject().isNull("overlapUntil")).count());
        assertEquals(List.of(1, 2), document.getJsonArray("peers").stream()
                .map(p -> p.asJsonObject().getInt("peerNetworkId")).toList());
    }

    private static byte[] compileInNewJvm(int peers, long seed) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SnapshotCompileMain.class.getName(), String.valueOf(peers), String.valueOf(seed))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the compiling JVM did not finish");
        assertEquals(0, process.exitValue());
        return out;
    }
}
