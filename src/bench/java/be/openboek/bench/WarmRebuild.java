package be.openboek.bench;

import be.openboek.build.Outcome;
import be.openboek.build.Build;
import be.openboek.build.LiveBuild;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * What {@code serve} does after an edit, timed in one warm JVM: {@code WarmRebuild SOURCE OUTPUT RUNS} builds the
 * site once ({@link LiveBuild}'s first, full build), then RUNS times changes one project and runs serve's rebuild,
 * printing per rebuild the time until the edited record's own pages were in place, until the pages of the records
 * around it (those that show it) followed, and until the lists, datasets, indexes and checksums did, and their medians
 * (of all rebuilds, and of the last two thirds). The first rebuilds also warm the JIT, as the first edits in a serve session do.
 * At the end it builds the same source with a full build into a second folder and says whether the two folders
 * are byte for byte the same. An optional fourth argument, PAUSE, waits that many milliseconds before each change, as
 * an author does between two saves (the JVM's compiler then catches up between rebuilds); without it the rebuilds
 * follow each other at once.
 */
public final class WarmRebuild {

    private WarmRebuild() {
    }

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        Path output = Path.of(args[1]);
        int runs = Integer.parseInt(args[2]);
        long pause = args.length > 3 ? Long.parseLong(args[3]) : 0;
        Path record = source.resolve("data/projects/project-000001.yaml");
        LiveBuild live = new LiveBuild(source, output);
        check(live.rebuild(() -> { }));
        List<Long> ready = new ArrayList<>();
        List<Long> done = new ArrayList<>();
        List<Long> aroundDone = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            Thread.sleep(pause);
            String yaml = Files.readString(record, StandardCharsets.UTF_8);
            Files.writeString(record, yaml.replaceFirst("(?m)^objective: ", "objective: Warm " + i + ". "), StandardCharsets.UTF_8);
            long start = System.nanoTime();
            long[] pages = {0};
            check(live.rebuild(() -> pages[0] = System.nanoTime()));
            ready.add((pages[0] - start) / 1_000_000);
            done.add((System.nanoTime() - start) / 1_000_000);
            // The pages of the records around the edited one (those that show it) follow its own pages.
            long around = ready.get(i - 1) + live.timings().stages().stream()
                    .filter(s -> s.name().equals("bake: pages of the records around them")).mapToLong(s -> s.millis()).sum();
            aroundDone.add(around);
            System.out.println("rebuild " + i + ": pages in place after " + ready.get(i - 1) + " ms, the records around it after "
                    + around + " ms, all done after " + done.get(i - 1) + " ms");
            if (i == runs) {
                live.timings().print(new PrintWriter(System.out, true));
            }
        }
        Path full = output.resolveSibling(output.getFileName() + "-full");
        check(new Build(source, Build.today()).build(full));
        System.out.println("identical to a full build: " + (same(output, full) ? "yes" : "NO"));
        System.out.println("median rebuild after one changed record: pages in place " + median(ready) + " ms, the records "
                + "around it " + median(aroundDone) + " ms, all done " + median(done) + " ms");
        int warm = Math.max(0, runs - runs * 2 / 3);
        System.out.println("median of the last " + (runs - warm) + " (a warm JIT): pages in place "
                + median(ready.subList(warm, runs)) + " ms, the records around it " + median(aroundDone.subList(warm, runs))
                + " ms, all done " + median(done.subList(warm, runs)) + " ms");
        System.exit(0);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get((sorted.size() - 1) / 2);
    }

    /** Whether two folders hold the same files with the same bytes. */
    private static boolean same(Path a, Path b) throws IOException {
        List<String> left = files(a);
        if (!left.equals(files(b))) {
            System.out.println("the folders hold other files");
            return false;
        }
        for (String file : left) {
            if (!Arrays.equals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)))) {
                System.out.println("differs: " + file);
                return false;
            }
        }
        return true;
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    private static void check(Outcome outcome) {
        if (!outcome.ok()) {
            outcome.problems().forEach(System.err::println);
            System.exit(1);
        }
    }
}
