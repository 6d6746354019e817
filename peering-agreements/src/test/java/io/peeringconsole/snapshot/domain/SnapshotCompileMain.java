package io.peeringconsole.snapshot.domain;

import java.io.IOException;

/** Compiles the fixture state in a JVM of its own and writes the bytes to standard output. */
public final class SnapshotCompileMain {

    private SnapshotCompileMain() {
    }

    public static void main(String[] args) throws IOException {
        SnapshotInput input = SnapshotFixtures.state(Integer.parseInt(args[0]), Long.parseLong(args[1]));
        System.out.write(SnapshotCompiler.compile(input).content());
        System.out.flush();
    }
}
