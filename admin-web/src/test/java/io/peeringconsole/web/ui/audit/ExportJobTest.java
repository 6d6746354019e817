package io.peeringconsole.web.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportJobTest {

    @TempDir
    Path dir;

    @Test
    void progressFollowsTheExportAndTheFileHoldsIt() throws IOException {
        Path file = dir.resolve("export.jsonl");
        double[] seenHalfway = new double[1];
        ExportJob[] self = new ExportJob[1];
        self[0] = new ExportJob(file, 4, (out, progress) -> {
            out.write("ab".getBytes(StandardCharsets.US_ASCII));
            progress.accept(2);
            seenHalfway[0] = self[0].fraction();
            out.write("cd".getBytes(StandardCharsets.US_ASCII));
            progress.accept(4);
        });

        assertEquals(ExportJob.State.RUNNING, self[0].state());
        self[0].run();

        assertEquals(0.5, seenHalfway[0]);
        assertEquals(ExportJob.State.DONE, self[0].state());
        assertEquals(1.0, self[0].fraction());
        assertEquals("abcd", Files.readString(file));
    }

    @Test
    void aFailedExportSaysWhyAndLeavesNoFile() {
        Path file = dir.resolve("export.csv");
        ExportJob job = new ExportJob(file, 10, (out, progress) -> {
            out.write('x');
            throw new IOException("disk full");
        });

        job.run();

        assertEquals(ExportJob.State.FAILED, job.state());
        assertEquals("disk full", job.failure());
        assertFalse(Files.exists(file));
    }

    @Test
    void anEmptySelectionCountsAsComplete() {
        ExportJob job = new ExportJob(dir.resolve("empty.csv"), 0, (out, progress) -> { });
        assertEquals(1.0, job.fraction());
        job.run();
        assertTrue(Files.exists(job.file()));
    }
}
