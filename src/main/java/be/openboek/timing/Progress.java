package be.openboek.timing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a build is doing now, for a progress line on a terminal: the stage that began last and, for stages that
 * work through a known number of items (pages), how many are done. Stages on several threads (the export beside
 * the bake) write it at the same time; the line shows whichever began last, which is good enough to see a build move.
 * Reading it never blocks the build.
 */
public final class Progress {

    /** A moment of a build: its stage, items done and their total (0 when the stage does not count items). */
    public record Snapshot(String stage, int done, int total) {
    }

    /** The stage and its total, replaced together so that a reader never pairs one stage's name with another's total. */
    private record Stage(String name, int total) {
    }

    private volatile Stage stage = new Stage("", 0);
    private final AtomicInteger done = new AtomicInteger();
    private final List<Snapshot> ended = new ArrayList<>();

    /** A stage without a count of items began. */
    public void begin(String name) {
        begin(name, 0);
    }

    /** A stage of {@code items} items began. */
    public void begin(String name, int items) {
        synchronized (ended) {
            if (!stage.name().isEmpty()) {
                ended.add(now());
            }
        }
        done.set(0);
        stage = new Stage(name, items);
    }

    /** One item of the current stage is done. */
    public void step() {
        done.incrementAndGet();
    }

    /**
     * Each stage as it stood when the next one began, in order (the last stage, still running, is not in it). With
     * stages on two threads, a stage "ends" when another begins: this tells which stages ran and whether the counted
     * ones counted every item, not how long they took (that is {@link Timings}).
     */
    public List<Snapshot> ended() {
        synchronized (ended) {
            return List.copyOf(ended);
        }
    }

    public Snapshot now() {
        Stage now = stage;
        return new Snapshot(now.name(), Math.min(done.get(), now.total()), now.total());
    }
}
