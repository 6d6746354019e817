package io.peeringconsole.web.ui.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * One export running in the background into a file, watched by the UI through {@link #written()} and {@link #state()}.
 * Thread-safe: the export thread writes, the UI thread polls.
 */
final class ExportJob implements Runnable {

    enum State { RUNNING, DONE, FAILED }

    /** Writes the export into {@code out}, reporting entries written so far. */
    @FunctionalInterface
    interface Task {
        void write(OutputStream out, LongConsumer progress) throws IOException;
    }

    private final Path file;
    private final long total;
    private final Task task;
    private final AtomicLong written = new AtomicLong();
    private volatile State state = State.RUNNING;
    private volatile String failure;

    ExportJob(Path file, long total, Task task) {
        this.file = file;
        this.total = total;
        this.task = task;
    }

    @Override
    public void run() {
        try (OutputStream out = Files.newOutputStream(file)) {
            task.write(out, written::set);
            state = State.DONE;
        } catch (IOException | RuntimeException e) {
            failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            state = State.FAILED;
            discard();
        }
    }

    State state() {
        return state;
    }

    long written() {
        return written.get();
    }

    long total() {
        return total;
    }

    /** Between 0 and 1; an empty selection counts as done. */
    double fraction() {
        return total == 0 ? 1 : Math.min(1, (double) written.get() / total);
    }

    String failure() {
        return failure;
    }

    Path file() {
        return file;
    }

    /** Deletes the file; a failed delete leaves only a temporary file in the data directory. */
    void discard() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // nothing else to do: the file lives under the data directory's exports folder and holds no secrets
        }
    }
}
