package be.openboek.bench;

import be.openboek.build.Build;
import be.openboek.build.Outcome;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The floor of a full build: {@code WarmBuilds SOURCE OUTPUT RUNS} builds the same source RUNS times in one JVM, each
 * into a folder of its own ({@code OUTPUT-1}, {@code OUTPUT-2}, ...), and prints each build's wall time (in-process, no
 * JVM start); the stages of the last build follow. As the runs go on, every class is loaded and the compilers have
 * caught up: what is left is the build's own work, which no launcher option takes away. Run it with the launcher's
 * options ({@code -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}) or without them to compare the compilers.
 */
public final class WarmBuilds {

    private WarmBuilds() {
    }

    public static void main(String[] args) {
        Path source = Path.of(args[0]);
        String output = args[1];
        int runs = Integer.parseInt(args[2]);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        Build last = null;
        for (int i = 1; i <= runs; i++) {
            long start = System.nanoTime();
            last = new Build(source, Build.today());
            Outcome outcome = last.build(Path.of(output + "-" + i));
            if (!outcome.ok()) {
                out.println("build " + i + " failed: " + outcome.problems());
                System.exit(1);
            }
            out.printf("build %d: %d ms%n", i, (System.nanoTime() - start) / 1_000_000);
        }
        if (last != null) {
            out.println("stages of the last build:");
            last.timings().print(out);
        }
        out.flush();
        System.exit(0);
    }
}
