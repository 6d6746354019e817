import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Verifies a Peering Console audit export (JSON Lines or CSV) with nothing but a JDK (21 or later):
 * <pre>java VerifyAuditExport.java audit-export.jsonl</pre>
 * It checks the console's signature over the whole file (carried by the trailer), every checkpoint signature, every
 * entry's hash recomputed from its fields, every link between consecutive entries, and every checkpoint against the
 * entry it vouches for. Exit status 0: intact, with a summary on standard output. 1: the first problem, with its line
 * number, on standard error. 2: wrong usage or unreadable file.
 * <p>
 * Entry hash: SHA-256 over these fields in order, each written as one byte 0 when null, else one byte 1, its UTF-8
 * length as 4 bytes big-endian and its UTF-8 bytes: "peering-console/audit-entry/v1", previousHash, sequence (decimal),
 * occurredAt (UTC, six fraction digits), actorName, actorRole, sourceAddress, action, targetType, targetId,
 * localDomain, outcome, before, after. A checkpoint signs the ASCII text
 * "peering-console/audit-checkpoint/v1\n{sequence}\n{entryHash}\n{signedAt}\n"; the trailer signs
 * "peering-console/audit-export/v1\n{hex SHA-256 of every byte before the trailer line}\n". Both SHA256withECDSA.
 * <p>
 * This class checks; the classes after it in this file read: the records of a JSON Lines or CSV export and a small
 * JSON parser. They share one file so that {@code java VerifyAuditExport.java} runs with a bare JDK and no build.
 */
public class VerifyAuditExport {

    static final String FORMAT = "peering-console/audit-export/v1";
    static final String ENTRY_ENCODING = "peering-console/audit-entry/v1";
    static final String CHECKPOINT_FORMAT = "peering-console/audit-checkpoint/v1";

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: java VerifyAuditExport.java <audit-export.jsonl | audit-export.csv>");
            System.exit(2);
        }
        try {
            System.out.println(new VerifyAuditExport().verify(Path.of(args[0])));
        } catch (Failure f) {
            System.err.println("FAILED " + args[0] + ": " + f.getMessage());
            System.exit(1);
        } catch (IOException e) {
            System.err.println("cannot read " + args[0] + ": " + e.getMessage());
            System.exit(2);
        }
    }

    private final Map<String, PublicKey> keys = new HashMap<>();
    private final Map<Long, String> checkpointHashes = new HashMap<>();
    private long entries;
    private long checkpoints;
    private long links;
    private long gaps;
    private long matchedCheckpoints;
    private long lastMatchedCheckpoint = -1;
    private long firstSequence = -1;
    private long lastSequence = -1;
    private String lastHash;

    String verify(Path file) throws IOException, Failure {
        long trailerStart = lastLineStart(file);
        String digest = HexFormat.of().formatHex(sha256Prefix(file, trailerStart));
        boolean csv;
        try (InputStream in = Files.newInputStream(file)) {
            csv = in.read() != '{';
        }
        boolean trailerSeen = false;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Records records = csv ? new CsvRecords(reader) : new JsonRecords(reader);
            Rec rec = records.next();
            if (rec == null || !"header".equals(rec.type()) || !FORMAT.equals(rec.get("format"))) {
                throw new Failure(1, "not a Peering Console audit export (" + FORMAT + "): the header is missing");
            }
            while ((rec = records.next()) != null) {
                if (trailerSeen) {
                    throw new Failure(rec.line(), "a record follows the trailer");
                }
                switch (rec.type() == null ? "" : rec.type()) {
                    case "certificate" -> certificate(rec);
                    case "checkpoint" -> checkpoint(rec);
                    case "entry" -> entry(rec);
                    case "trailer" -> {
                        trailer(rec, digest);
                        trailerSeen = true;
                    }
                    default -> throw new Failure(rec.line(), "unknown record type \"" + rec.type() + "\"");
                }
            }
        }
        if (!trailerSeen) {
            throw new Failure(0, "the trailer is missing: the export was cut off");
        }
        return summary();
    }

    private void certificate(Rec rec) throws Failure {
        String pem = rec.get("pem");
        try {
            byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
            PublicKey key = pem.contains("BEGIN PUBLIC KEY")
                    ? KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der))
                    : CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der))
                            .getPublicKey();
            keys.put(rec.get("keyId"), key);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new Failure(rec.line(), "the certificate of key " + rec.get("keyId") + " cannot be read: " + e);
        }
    }

    private void checkpoint(Rec rec) throws Failure {
        long sequence = number(rec, "sequence");
        String signed = CHECKPOINT_FORMAT + "\n" + sequence + "\n" + rec.get("entryHash") + "\n" + rec.get("signedAt")
                + "\n";
        requireSignature(rec, signed, "the checkpoint for entry " + sequence);
        checkpointHashes.put(sequence, rec.get("entryHash"));
        checkpoints++;
    }

    private void entry(Rec rec) throws Failure {
        long sequence = number(rec, "sequence");
        if (lastSequence >= 0 && sequence <= lastSequence) {
            throw new Failure(rec.line(), "entry " + sequence + " comes after entry " + lastSequence
                    + ": entries were reordered or duplicated");
        }
        String recomputed = hash(rec, sequence);
        if (!recomputed.equals(rec.get("entryHash"))) {
            throw new Failure(rec.line(), "entry " + sequence + " was altered: its fields do not hash to its entryHash");
        }
        if (lastSequence == sequence - 1) {
            if (!lastHash.equals(rec.get("previousHash"))) {
                throw new Failure(rec.line(), "entry " + sequence + " does not link to entry " + lastSequence
                        + ": an entry was inserted, replaced or reordered");
            }
            links++;
        } else if (lastSequence >= 0) {
            gaps++;
        }
        String vouched = checkpointHashes.get(sequence);
        if (vouched != null) {
            if (!vouched.equals(rec.get("entryHash"))) {
                throw new Failure(rec.line(), "entry " + sequence + " does not match its signed checkpoint");
            }
            matchedCheckpoints++;
            lastMatchedCheckpoint = sequence;
        }
        firstSequence = firstSequence < 0 ? sequence : firstSequence;
        lastSequence = sequence;
        lastHash = rec.get("entryHash");
        entries++;
    }

    private void trailer(Rec rec, String digest) throws Failure {
        if (number(rec, "entries") != entries || number(rec, "checkpoints") != checkpoints) {
            throw new Failure(rec.line(), "the trailer counts " + rec.get("entries") + " entries and "
                    + rec.get("checkpoints") + " checkpoints, the file holds " + entries + " and " + checkpoints
                    + ": records were removed or added");
        }
        requireSignature(rec, FORMAT + "\n" + digest + "\n", "the file");
    }

    private void requireSignature(Rec rec, String signedText, String what) throws Failure {
        PublicKey key = keys.get(rec.get("keyId"));
        if (key == null) {
            throw new Failure(rec.line(), what + " is signed by key " + rec.get("keyId")
                    + ", whose certificate is not in the export header");
        }
        try {
            Signature s = Signature.getInstance(rec.get("algorithm"));
            s.initVerify(key);
            s.update(signedText.getBytes(StandardCharsets.UTF_8));
            if (s.verify(Base64.getDecoder().decode(rec.get("signature")))) {
                return;
            }
        } catch (GeneralSecurityException | RuntimeException malformed) {
            // falls through to the failure below: a malformed signature is as bad as a wrong one
        }
        throw new Failure(rec.line(), "the signature over " + what + " does not verify: it was altered");
    }

    private static String hash(Rec rec, long sequence) throws Failure {
        List<String> fields = new ArrayList<>(List.of(ENTRY_ENCODING));
        fields.add(rec.get("previousHash"));
        fields.add(Long.toString(sequence));
        for (String name : List.of("occurredAt", "actorName", "actorRole", "sourceAddress", "action", "targetType",
                "targetId", "localDomain", "outcome", "before", "after")) {
            fields.add(rec.get(name));
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String field : fields) {
                if (field == null) {
                    sha.update((byte) 0);
                    continue;
                }
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                sha.update((byte) 1);
                sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
                sha.update(bytes);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (GeneralSecurityException e) {
            throw new Failure(rec.line(), "this Java runtime has no SHA-256");
        }
    }

    private static long number(Rec rec, String field) throws Failure {
        try {
            return Long.parseLong(rec.get(field));
        } catch (NumberFormatException | NullPointerException e) {
            throw new Failure(rec.line(), "the " + field + " \"" + rec.get(field) + "\" is not a number");
        }
    }

    private String summary() {
        String range = entries == 0 ? "no entries" : entries + " entries (" + firstSequence + " to " + lastSequence + ")";
        String after = lastMatchedCheckpoint < 0
                ? "no entry in the file is vouched for by a checkpoint in it: links and hashes only"
                : lastMatchedCheckpoint == lastSequence ? "the last entry is vouched for by a checkpoint"
                : "entries after " + lastMatchedCheckpoint + " are vouched for by their links and the file signature,"
                        + " not by a checkpoint";
        return "OK: " + range + ", every hash recomputed; " + links + " links checked"
                + (gaps > 0 ? ", " + gaps + " gaps left by the selection (links across them not checkable)" : "")
                + "; " + checkpoints + " checkpoint signatures verified, " + matchedCheckpoints
                + " matched against their entries; " + after + "; file signature verified.";
    }

    /** The offset at which the last line (the trailer) starts. */
    private static long lastLineStart(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long end = channel.size() - 1;
            ByteBuffer one = ByteBuffer.allocate(1);
            for (long at = end - 1; at >= 0; at--) {
                one.clear();
                channel.read(one, at);
                if (one.get(0) == '\n') {
                    return at + 1;
                }
            }
            return 0;
        }
    }

    private static byte[] sha256Prefix(Path file, long length) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            long left = length;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    break;
                }
                sha.update(buffer, 0, n);
                left -= n;
            }
            return sha.digest();
        } catch (GeneralSecurityException e) {
            throw new IOException("this Java runtime has no SHA-256", e);
        }
    }
}

/** A problem in the file, found at a line. */
final class Failure extends Exception {
    Failure(long line, String message) {
        super("line " + line + ": " + message);
    }
}

/** One record of the file, by field name (JSON member names; CSV columns are mapped to them). */
record Rec(long line, Map<String, String> fields) {
    String get(String name) {
        return fields.get(name);
    }

    String type() {
        return fields.get("record");
    }
}

/** Reads records one at a time; null at the end. */
interface Records {
    Rec next() throws IOException, Failure;
}

/** JSON Lines: one flat object per line; the header's certificate array becomes certificate records. */
final class JsonRecords implements Records {
    private final BufferedReader reader;
    private final List<Rec> queued = new ArrayList<>();
    private long line;

    JsonRecords(BufferedReader reader) {
        this.reader = reader;
    }

    @Override
    public Rec next() throws IOException, Failure {
        if (!queued.isEmpty()) {
            return queued.removeFirst();
        }
        String text = reader.readLine();
        if (text == null) {
            return null;
        }
        line++;
        Json json = new Json(text, line);
        Map<String, Object> object = json.object();
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<String, Object> member : object.entrySet()) {
            if (member.getValue() instanceof List<?> list) {
                for (Object item : list) {
                    Map<String, String> cert = new LinkedHashMap<>();
                    cert.put("record", "certificate");
                    ((Map<?, ?>) item).forEach((k, v) -> cert.put((String) k, (String) v));
                    queued.add(new Rec(line, cert));
                }
            } else {
                fields.put(member.getKey(), (String) member.getValue());
            }
        }
        return new Rec(line, fields);
    }
}

/** A JSON parser for what the console writes: objects, arrays, strings, integers, null. */
final class Json {
    private final String s;
    private final long line;
    private int i;

    Json(String s, long line) {
        this.s = s;
        this.line = line;
    }

    Map<String, Object> object() throws Failure {
        Map<String, Object> object = new LinkedHashMap<>();
        expect('{');
        if (peek() == '}') {
            i++;
            return object;
        }
        do {
            String key = string();
            expect(':');
            object.put(key, value());
        } while (consume(','));
        expect('}');
        return object;
    }

    private Object value() throws Failure {
        char c = peek();
        if (c == '"') {
            return string();
        }
        if (c == '{') {
            return object();
        }
        if (c == '[') {
            i++;
            List<Object> list = new ArrayList<>();
            if (!consume(']')) {
                do {
                    list.add(value());
                } while (consume(','));
                expect(']');
            }
            return list;
        }
        if (s.startsWith("null", i)) {
            i += 4;
            return null;
        }
        int start = i;
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '-')) {
            i++;
        }
        if (start == i) {
            throw new Failure(line, "unexpected '" + c + "' at column " + (i + 1) + ": not valid JSON");
        }
        return s.substring(start, i);
    }

    private String string() throws Failure {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (i < s.length() && s.charAt(i) != '"') {
            char c = s.charAt(i++);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = i < s.length() ? s.charAt(i++) : '?';
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    try {
                        out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                    } catch (RuntimeException bad) {
                        throw new Failure(line, "a broken \\u escape at column " + i);
                    }
                    i += 4;
                }
                default -> throw new Failure(line, "a broken escape \\" + e + " at column " + i);
            }
        }
        expect('"');
        return out.toString();
    }

    private char peek() throws Failure {
        if (i >= s.length()) {
            throw new Failure(line, "the line ends too early: not valid JSON");
        }
        return s.charAt(i);
    }

    private boolean consume(char c) {
        if (i < s.length() && s.charAt(i) == c) {
            i++;
            return true;
        }
        return false;
    }

    private void expect(char c) throws Failure {
        if (!consume(c)) {
            throw new Failure(line, "expected '" + c + "' at column " + (i + 1) + ": not valid JSON");
        }
    }
}

/**
 * RFC 4180 CSV as the console writes it: an empty unquoted field is null, a quoted one is text; a header row of
 * column names; the column {@code record} says what each row is.
 */
final class CsvRecords implements Records {
    private final Reader reader;
    private List<String> columns;
    private long line = 1;

    CsvRecords(Reader reader) {
        this.reader = reader;
    }

    @Override
    public Rec next() throws IOException, Failure {
        if (columns == null) {
            List<String> names = row();
            columns = names == null ? List.of() : names;
        }
        long start = line;
        List<String> values = row();
        if (values == null) {
            return null;
        }
        if (values.size() != columns.size()) {
            throw new Failure(start, values.size() + " fields where the header names " + columns.size());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            fields.put(camel(columns.get(c)), values.get(c));
        }
        return new Rec(start, csvToCommon(fields));
    }

    private static Map<String, String> csvToCommon(Map<String, String> f) {
        String type = f.get("record");
        if ("header".equals(type) && f.get("info") != null) {
            String info = f.get("info");
            f.put("format", info.contains(" ") ? info.substring(0, info.indexOf(' ')) : info);
        } else if ("certificate".equals(type)) {
            f.put("pem", f.get("certificatePem"));
        } else if ("trailer".equals(type) && f.get("info") != null) {
            for (String part : f.get("info").split(" ")) {
                String[] kv = part.split("=", 2);
                f.put(kv[0], kv.length > 1 ? kv[1] : null);
            }
        }
        return f;
    }

    private static String camel(String column) {
        StringBuilder out = new StringBuilder();
        for (String part : column.split("_")) {
            out.append(out.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return out.toString();
    }

    /** One row, or null at the end of the file. */
    private List<String> row() throws IOException, Failure {
        int c = read();
        if (c < 0) {
            return null;
        }
        List<String> row = new ArrayList<>();
        while (true) {
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            if (c == '"') {
                quoted = true;
                while (true) {
                    c = read();
                    if (c < 0) {
                        throw new Failure(line, "a quoted field is never closed");
                    }
                    if (c == '"') {
                        c = read();
                        if (c != '"') {
                            break;
                        }
                    }
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else {
                while (c >= 0 && c != ',' && c != '\r' && c != '\n') {
                    field.append((char) c);
                    c = read();
                }
            }
            row.add(quoted || !field.isEmpty() ? field.toString() : null);
            if (c == ',') {
                c = read();
                continue;
            }
            if (c == '\r') {
                c = read();
            }
            if (c == '\n') {
                line++;
            } else if (c >= 0) {
                throw new Failure(line, "unexpected '" + (char) c + "' after a field");
            }
            return row;
        }
    }

    private int read() throws IOException {
        return reader.read();
    }
}
