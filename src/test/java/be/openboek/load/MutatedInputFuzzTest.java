package be.openboek.load;

import static org.junit.jupiter.api.Assertions.fail;

import be.openboek.build.Outcome;
import be.openboek.build.Build;
import be.openboek.problem.Problem;
import be.openboek.testing.TestProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes load + validate with the fixture's real files, mutated the way hands and editors damage YAML
 * (lines deleted, doubled, swapped, re-indented, truncated; stray characters; YAML 1.1 traps), and with
 * random YAML-ish text. Whatever comes in, {@link Build#validate()} must not throw, and each problem
 * must name a file and, for a file that exists, a line inside it.
 *
 * <p>A small seeded harness instead of a property-testing library: every try is reproducible from its
 * seed, printed on failure with the shrunk input. {@code -Dfuzz.seed=N -Dfuzz.tries=M} reruns or widens
 * the search (the default seed is fixed, so the build is deterministic).
 */
class MutatedInputFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20_261_125L);
    private static final int TRIES = Integer.getInteger("fuzz.tries", 300);
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

    private static final List<String> FILES = List.of("data/organisation.yaml", "data/sources.yaml", "data/calls.yaml",
            "data/subsidies.yaml", "data/questions.yaml", "data/projects/streaming.yaml", "data/projects/leesspel.yaml",
            "data/services/leesspel-dienst.yaml", "content/about.md");

    /** Characters that mean something to YAML, line breaks of every kind, look-alikes, a BOM, a NUL. */
    private static final String CHARS = " \t\n\r:-[]{}#&*!|>'\"%@`,?~.\\0123456789abcxyzNOé€\u0430\uFEFF\u2028\u0085\u0000";

    /** Values staff write by mistake, and YAML constructs the reader refuses. */
    private static final List<String> VALUES = List.of("NO", "yes", "on", "~", "null", "012", "1e3", "1.2e6", "-5",
            "1.000.000", "1.000,50", "€ 5000", "0.123456", "99999999999999999999", "2019-01-01 10:00", "2019-02-30",
            "12:30", "&a x", "*a", "!!str x", "!!binary AAAA", "<<: *a", "[", "]", "{", "}", "[]", "{}", "|", ">", "'", "\"",
            "\"unclosed", "- x", "x: y: z", "?", "%YAML 1.1", "---", "...", "Vraag 2018", "vr\u0430ag-2018", "../../etc/passwd",
            "/etc/passwd", "projects/x.md", "services/", "projects/leesspel", "", " ", "\t");

    /** {@code -Dfuzz.stats=true} prints how often each kind of problem came up, to see what the mutations reach. */
    private static final boolean STATS = Boolean.getBoolean("fuzz.stats");
    private static final Map<String, Integer> SEEN = new java.util.TreeMap<>();

    @Test
    void loadAndValidateNeverCrashAndAlwaysPointAtAFile(@TempDir Path tmp) {

        for (int i = 0; i < TRIES; i++) {
            long seed = SEED + i;
            Map<String, byte[]> damaged = damage(new Random(seed));
            String failure = check(tmp.resolve("try-" + i), damaged);
            if (failure != null) {
                Map<String, byte[]> shrunk = shrink(tmp.resolve("shrink-" + i), damaged);
                fail("seed " + seed + " (rerun with -Dfuzz.seed=" + seed + " -Dfuzz.tries=1): " + failure
                        + "\nshrunk input:\n" + show(shrunk) + "\n→ " + check(tmp.resolve("shrunk-" + i), shrunk));
            }
        }
        if (STATS) {
            SEEN.forEach((m, n) -> System.out.printf("%5d %s%n", n, m));
        }
    }

    /** Runs validate over the fixture with {@code damaged} written over it; null when all is well, else what went wrong. */
    private static String check(Path root, Map<String, byte[]> damaged) {
        try {
            TestProject.copyTree(TestProject.FIXTURE, root);
            for (var e : damaged.entrySet()) {
                try {
                    Files.write(root.resolve(e.getKey()), e.getValue());
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
            }
            Outcome outcome;
            try {
                outcome = new Build(root, TODAY).validate();
            } catch (Throwable t) {
                java.io.StringWriter trace = new java.io.StringWriter();
                t.printStackTrace(new java.io.PrintWriter(trace));
                return "validate threw " + trace.toString().lines().limit(12).reduce((a, b) -> a + "\n" + b).orElse("");
            }
            if (STATS) {
                outcome.problems().stream().map(p -> p.message().replaceAll("\"[^\"]*\"|\\(.*|\\d+", "_")).distinct()
                        .forEach(m -> SEEN.merge(m, 1, Integer::sum));
                SEEN.merge(outcome.problems().isEmpty() ? "(no problems)" : "(some problems)", 1, Integer::sum);
            }
            if (outcome.problems().isEmpty() && outcome.site() == null) {
                return "no problems, but no site either";
            }
            for (Problem p : outcome.problems()) {
                String bad = badProblem(root, p);
                if (bad != null) {
                    return bad + ": " + p.format();
                }
            }
            return null;
        } finally {
            deleteTree(root);
        }
    }

    private static String badProblem(Path root, Problem p) {
        if (p.file() == null || p.file().isBlank()) {
            return "problem without a file";
        }
        if (p.message() == null || p.message().isBlank()) {
            return "problem without a message";
        }
        if (p.line() < 0 || p.column() < 0) {
            return "negative line or column";
        }
        Path file = root.resolve(p.file());
        if (Files.isRegularFile(file)) {
            try {
                int lines = lineCount(Files.readAllBytes(file));
                if (p.line() > lines + 1) {
                    return "line " + p.line() + " is past the end of the file (" + lines + " lines)";
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        p.format();
        return null;
    }

    /** Lines as YAML counts them: \n, \r, \r\n and the Unicode line breaks NEL, LS and PS. */
    private static int lineCount(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                lines++;
            }
        }
        return lines;
    }

    /** One or two fixture files, damaged by a few random mutations; now and then pure random text instead. */
    private static Map<String, byte[]> damage(Random r) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        int files = r.nextInt(5) == 0 ? 2 : 1;
        for (int f = 0; f < files; f++) {
            String name = FILES.get(r.nextInt(FILES.size()));
            String text = r.nextInt(10) == 0 ? randomYaml(r) : mutate(read(name), r, 1 + r.nextInt(4));
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            if (r.nextInt(20) == 0 && bytes.length > 0) {
                bytes = insertByte(bytes, r.nextInt(bytes.length), (byte) (0x80 + r.nextInt(0x80)));
            }
            out.put(name, bytes);
        }
        return out;
    }

    private static String mutate(String text, Random r, int times) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        for (int t = 0; t < times && !lines.isEmpty(); t++) {
            int at = r.nextInt(lines.size());
            String line = lines.get(at);
            switch (r.nextInt(9)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, line);
                case 2 -> {
                    int other = r.nextInt(lines.size());
                    lines.set(at, lines.get(other));
                    lines.set(other, line);
                }
                case 3 -> {
                    int pos = r.nextInt(line.length() + 1);
                    lines.set(at, line.substring(0, pos) + randomChars(r, 1 + r.nextInt(3)) + line.substring(pos));
                }
                case 4 -> {
                    int indent = line.length() - line.stripLeading().length();
                    int next = Math.max(0, indent + r.nextInt(9) - 4);
                    lines.set(at, (r.nextInt(6) == 0 ? "\t" : " ".repeat(next)) + line.stripLeading());
                }
                case 5 -> {
                    String joined = String.join("\n", lines);
                    return joined.substring(0, r.nextInt(joined.length() + 1));
                }
                case 6 -> {
                    int colon = line.indexOf(": ");
                    String value = VALUES.get(r.nextInt(VALUES.size()));
                    lines.set(at, colon >= 0 ? line.substring(0, colon + 2) + value : line + value);
                }
                case 7 -> lines.add(at, randomChars(r, r.nextInt(20)));
                default -> lines.add(at, " ".repeat(2 * r.nextInt(3)) + (r.nextBoolean() ? "- " : "")
                        + VALUES.get(r.nextInt(VALUES.size())) + ": " + VALUES.get(r.nextInt(VALUES.size())));
            }
        }
        return String.join("\n", lines);
    }

    private static String randomYaml(Random r) {
        StringBuilder s = new StringBuilder();
        int n = r.nextInt(60);
        for (int i = 0; i < n; i++) {
            s.append(r.nextBoolean() ? randomChars(r, 1 + r.nextInt(4)) : VALUES.get(r.nextInt(VALUES.size())));
            if (r.nextInt(4) == 0) {
                s.append('\n').append(" ".repeat(r.nextInt(6)));
            }
        }
        return s.toString();
    }

    private static String randomChars(Random r, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(CHARS.charAt(r.nextInt(CHARS.length())));
        }
        return s.toString();
    }

    /** Removes lines from the damaged files for as long as the failure stays, so the report shows a small input. */
    private static Map<String, byte[]> shrink(Path work, Map<String, byte[]> failing) {
        Map<String, byte[]> current = new LinkedHashMap<>(failing);
        int attempt = 0;
        for (String name : failing.keySet()) {
            List<String> lines = new ArrayList<>(Arrays.asList(new String(current.get(name), StandardCharsets.UTF_8).split("\n", -1)));
            for (int i = lines.size() - 1; i >= 0 && attempt < 400; i--, attempt++) {
                List<String> fewer = new ArrayList<>(lines);
                fewer.remove(i);
                Map<String, byte[]> candidate = new LinkedHashMap<>(current);
                candidate.put(name, String.join("\n", fewer).getBytes(StandardCharsets.UTF_8));
                if (check(work.resolve("s" + attempt), candidate) != null) {
                    lines = fewer;
                    current = candidate;
                }
            }
        }
        return current;
    }

    private static String show(Map<String, byte[]> files) {
        StringBuilder s = new StringBuilder();
        files.forEach((name, bytes) -> s.append("-- ").append(name).append(" --\n")
                .append(new String(bytes, StandardCharsets.UTF_8)
                        .replace("\t", "\\t").replace("\r", "\\r").replace("\u0000", "\\0").replace("\uFEFF", "\\uFEFF")
                        .replace("\u2028", "\\u2028").replace("\u0085", "\\u0085"))
                .append('\n'));
        return s.toString();
    }

    private static String read(String name) {
        try {
            return Files.readString(TestProject.FIXTURE.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] insertByte(byte[] bytes, int at, byte b) {
        byte[] out = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, out, 0, at);
        out[at] = b;
        System.arraycopy(bytes, at, out, at + 1, bytes.length - at);
        return out;
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
