package be.openboek.timing;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * How long each stage of a build took, in wall-clock milliseconds, for {@code build --timings} and the
 * benchmark. Stages are recorded in the order they ran; a stage run twice is listed twice.
 */
public final class Timings {

    /** One stage and its duration. */
    public record Stage(String name, long millis) {
    }

    private final long start = System.nanoTime();
    private final List<Stage> stages = new ArrayList<>();
    private final Progress progress = new Progress();

    /** What the build is doing now, for a progress line: {@link #time} marks each stage's beginning in it. */
    public Progress progress() {
        return progress;
    }

    /**
     * Runs {@code work} and records how long it took under {@code name}. Stages may run at the same time on different
     * threads (the export beside the bake), so the lock is only held to record the result, never while
     * {@code work} runs.
     */
    public <T> T time(String name, Supplier<T> work) {
        progress.begin(name);
        long begin = System.nanoTime();
        try {
            return work.get();
        } finally {
            add(name, (System.nanoTime() - begin) / 1_000_000);
        }
    }

    /** Records a stage measured elsewhere. */
    public synchronized void add(String name, long millis) {
        stages.add(new Stage(name, millis));
    }

    /** Records a stage that began at {@code startNanos} ({@link System#nanoTime()}) and ends now; returns now. */
    public long addSince(String name, long startNanos) {
        long now = System.nanoTime();
        add(name, (now - startNanos) / 1_000_000);
        return now;
    }

    public synchronized List<Stage> stages() {
        return List.copyOf(stages);
    }

    /** Prints one line per stage and the total since this object was made (the JVM start is not in it). */
    public void print(PrintWriter out) {
        for (Stage stage : stages()) {
            out.printf("%-28s %7d ms%n", stage.name(), stage.millis());
        }
        out.printf("%-28s %7d ms%n", "total (after JVM start)", (System.nanoTime() - start) / 1_000_000);
        out.flush();
    }
}
