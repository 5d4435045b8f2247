package be.openboek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.testing.TestProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages form a pipeline: each imports only packages below it, so no two packages depend on each other, and
 * the root package holds only the entry point. Read from the sources: every {@code be.openboek.x.Y} a file names.
 */
class PackagesTest {

    private static final Path SOURCES = TestProject.REPO.resolve("src/main/java");
    private static final Pattern REFERENCE = Pattern.compile("\\bbe\\.openboek\\.((?:[a-z]+\\.)*)[A-Z]");

    /** Package → the packages its classes name. */
    static Map<String, Set<String>> dependencies() throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES.resolve("be/openboek"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String from = SOURCES.relativize(file.getParent()).toString().replace('/', '.').replace('\\', '.');
                Set<String> to = graph.computeIfAbsent(from, k -> new TreeSet<>());
                Matcher m = REFERENCE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    String target = ("be.openboek." + m.group(1)).replaceAll("\\.$", "");
                    if (!target.equals(from)) {
                        to.add(target);
                    }
                }
            }
        }
        return graph;
    }

    @Test
    void noTwoPackagesDependOnEachOtherDirectlyOrThroughOthers() throws IOException {
        Map<String, Set<String>> graph = dependencies();
        List<String> cycles = new ArrayList<>();
        for (String start : graph.keySet()) {
            for (String next : graph.get(start)) {
                if (reaches(graph, next, start, new TreeSet<>())) {
                    cycles.add(start + " -> " + next + " -> ... -> " + start);
                }
            }
        }
        assertEquals(List.of(), cycles);
        assertTrue(graph.size() > 10, "the packages were found: " + graph.keySet());
    }

    @Test
    void theRootPackageHoldsOnlyTheEntryPoint() {
        try (Stream<Path> files = Files.list(SOURCES.resolve("be/openboek"))) {
            assertEquals(List.of("Main.java"), files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean reaches(Map<String, Set<String>> graph, String from, String target, Set<String> seen) {
        if (from.equals(target)) {
            return true;
        }
        if (!seen.add(from)) {
            return false;
        }
        return graph.getOrDefault(from, Set.of()).stream().anyMatch(next -> reaches(graph, next, target, seen));
    }
}
