package be.openboek.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TimingsTest {

    /**
     * The export is timed on its own thread while the bake records its stages: a stage that is still running must not
     * keep other threads from recording theirs (it once did, and the bake waited for the whole export).
     */
    @Test
    void aRunningStageDoesNotBlockAnotherThread() throws Exception {
        Timings timings = new Timings();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            CompletableFuture<String> export = CompletableFuture.supplyAsync(() -> timings.time("export", () -> {
                started.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "exported";
            }), other);
            assertTrue(started.await(30, TimeUnit.SECONDS), "the export stage never started");

            CompletableFuture<Void> bake = CompletableFuture.runAsync(() -> timings.add("bake", 5));
            // While "export" runs, "bake" must be recorded; with the lock held during the export this never happens.
            bake.get(30, TimeUnit.SECONDS);
            assertEquals(List.of("bake"), timings.stages().stream().map(Timings.Stage::name).toList());

            release.countDown();
            assertEquals("exported", export.get(30, TimeUnit.SECONDS));
            assertEquals(List.of("bake", "export"), timings.stages().stream().map(Timings.Stage::name).toList());
        } finally {
            release.countDown();
            other.shutdownNow();
        }
    }

    @Test
    void printsEachStageAndTheTotal() {
        Timings timings = new Timings();
        timings.add("load", 12);
        assertEquals(7, (int) timings.time("validate", () -> 7));
        StringWriter text = new StringWriter();
        timings.print(new PrintWriter(text));
        List<String> lines = text.toString().lines().toList();
        assertEquals(3, lines.size(), text.toString());
        assertTrue(lines.get(0).matches("load +12 ms"), lines.get(0));
        assertTrue(lines.get(1).matches("validate +\\d+ ms"), lines.get(1));
        assertTrue(lines.get(2).matches("total \\(after JVM start\\) +\\d+ ms"), lines.get(2));
    }
}
