package be.openboek.hardening;

import be.openboek.testing.TestProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;

/** Comparing built sites and finding what builds left beside them. */
final class SiteTrees {

    private SiteTrees() {
    }

    /** Whether {@code dir} holds exactly the files of {@code expected}, byte for byte. */
    static boolean holds(Path dir, SortedMap<String, byte[]> expected) {
        SortedMap<String, byte[]> actual = TestProject.snapshot(dir);
        return actual.keySet().equals(expected.keySet())
                && expected.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), actual.get(e.getKey())));
    }

    /** A short account of how {@code dir} differs from {@code expected}, for failure messages. */
    static String difference(Path dir, SortedMap<String, byte[]> expected) {
        SortedMap<String, byte[]> actual = TestProject.snapshot(dir);
        List<String> missing = expected.keySet().stream().filter(k -> !actual.containsKey(k)).limit(5).toList();
        List<String> extra = actual.keySet().stream().filter(k -> !expected.containsKey(k)).limit(5).toList();
        List<String> changed = expected.keySet().stream().filter(actual::containsKey)
                .filter(k -> !Arrays.equals(expected.get(k), actual.get(k))).limit(5).toList();
        return "missing " + missing + ", extra " + extra + ", changed " + changed;
    }

    /** Everything beside the output folder except the output itself and its lock file. */
    static List<String> leftovers(Path output) throws IOException {
        String name = output.getFileName().toString();
        try (Stream<Path> siblings = Files.list(output.getParent())) {
            return siblings.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals(name) && !n.equals("." + name + ".lock")).sorted().toList();
        }
    }
}
