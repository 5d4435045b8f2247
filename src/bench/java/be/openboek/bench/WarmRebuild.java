package be.openboek.bench;

import be.openboek.Build;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code serve} does after an edit, timed in one warm JVM: {@code WarmRebuild SOURCE OUTPUT RUNS} builds the
 * site once, then RUNS times changes one project and runs serve's rebuild ({@code Build.incremental().build}),
 * printing the wall time of each rebuild and their median. The first rebuilds also warm the JIT, as the first edits
 * in a serve session do.
 */
public final class WarmRebuild {

    private WarmRebuild() {
    }

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        Path output = Path.of(args[1]);
        int runs = Integer.parseInt(args[2]);
        Path record = source.resolve("data/projects/project-000001.yaml");
        check(new Build(source, Build.today()).incremental().build(output));
        List<Long> millis = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            String yaml = Files.readString(record, StandardCharsets.UTF_8);
            Files.writeString(record, yaml.replaceFirst("(?m)^objective: ", "objective: Warm " + i + ". "), StandardCharsets.UTF_8);
            long start = System.nanoTime();
            check(new Build(source, Build.today()).incremental().build(output));
            millis.add((System.nanoTime() - start) / 1_000_000);
            System.out.println("rebuild " + i + ": " + millis.get(i - 1) + " ms");
        }
        List<Long> sorted = millis.stream().sorted().toList();
        System.out.println("median rebuild after one changed record: " + sorted.get((sorted.size() - 1) / 2) + " ms");
        System.exit(0);
    }

    private static void check(Build.Outcome outcome) {
        if (!outcome.ok()) {
            outcome.problems().forEach(System.err::println);
            System.exit(1);
        }
    }
}
