package io.peeringconsole.web.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the {@code openssl} command line in a working directory, as an operator would. */
public final class Openssl {

    private final Path directory;

    Openssl(Path directory) {
        this.directory = directory;
    }

    public static Openssl inTempDirectory() throws IOException {
        return new Openssl(Files.createTempDirectory("openssl-"));
    }

    Path file(String name) {
        return directory.resolve(name);
    }

    public String read(String name) throws IOException {
        return Files.readString(file(name));
    }

    void write(String name, String content) throws IOException {
        Files.writeString(file(name), content);
    }

    /** Runs openssl with the arguments; returns its output, or throws with it when the exit code is not 0. */
    public String run(String... arguments) throws IOException, InterruptedException {
        Result result = tryRun(arguments);
        if (result.exitCode() != 0) {
            throw new IllegalStateException("openssl " + String.join(" ", arguments) + " failed: " + result.output());
        }
        return result.output();
    }

    Result tryRun(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("openssl");
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("openssl did not finish: " + command);
        }
        return new Result(process.exitValue(), output);
    }

    record Result(int exitCode, String output) {
    }

    /** A CA, and a leaf for {@code domain} signed by it with the given extended key usages and lifetime. */
    public void caAndLeaf(String domain, String extendedKeyUsage, int leafDays) throws IOException, InterruptedException {
        run("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", "ca.key",
                "-out", "ca.pem", "-days", "365", "-subj", "/CN=Test Peer CA " + domain,
                "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
        run("req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", "leaf.key",
                "-out", "leaf.csr", "-subj", "/CN=" + domain);
        write("leaf.ext", "subjectAltName=DNS:" + domain + "\nkeyUsage=critical,digitalSignature\n"
                + "extendedKeyUsage=" + extendedKeyUsage + "\nbasicConstraints=CA:FALSE\n");
        run("x509", "-req", "-in", "leaf.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out", "leaf.pem",
                "-days", Integer.toString(leafDays), "-sha256", "-extfile", "leaf.ext");
    }

    /** Revokes leaf.pem with the CA made by {@link #caAndLeaf} and writes that CA's CRL to crl.pem. */
    void revokeLeafAndIssueCrl() throws IOException, InterruptedException {
        write("ca.cnf", "[ca]\ndefault_ca=d\n[d]\ndatabase=index.txt\ncrlnumber=crlnumber\ndefault_md=sha256\n"
                + "default_crl_days=30\n");
        write("index.txt", "");
        write("crlnumber", "01\n");
        run("ca", "-config", "ca.cnf", "-keyfile", "ca.key", "-cert", "ca.pem", "-revoke", "leaf.pem");
        run("ca", "-config", "ca.cnf", "-keyfile", "ca.key", "-cert", "ca.pem", "-gencrl", "-out", "crl.pem");
    }
}
