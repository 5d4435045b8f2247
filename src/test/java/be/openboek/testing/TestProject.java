package be.openboek.testing;

import be.openboek.cli.OpenboekCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A whole project in a temporary folder, written from text sections like {@code -- data/subsidies.yaml --}
 * on top of a base (the fixture organisation, the shipped templates), and built with the real command line.
 */
public final class TestProject {

    /** The Maven project folder: tests run from it. */
    public static final Path REPO = Path.of("").toAbsolutePath();
    public static final Path FIXTURE = REPO.resolve("src/test/resources/fixture");
    private static final Pattern SECTION = Pattern.compile("(?m)^-- (\\S+) --\\n");

    private final Path root;

    private TestProject(Path root) {
        this.root = root;
    }

    /** The fixture organisation with the shipped templates and assets, in {@code dir}. */
    public static TestProject fixture(Path dir) {
        TestProject project = new TestProject(dir);
        copyTree(FIXTURE, dir);
        project.withShippedTemplates();
        return project;
    }

    /** An empty project with the shipped templates and assets. */
    public static TestProject empty(Path dir) {
        TestProject project = new TestProject(dir);
        project.withShippedTemplates();
        return project;
    }

    public TestProject withShippedTemplates() {
        copyTree(REPO.resolve("templates"), root.resolve("templates"));
        copyTree(REPO.resolve("assets"), root.resolve("assets"));
        return this;
    }

    /** Writes every {@code -- path --} section of {@code text}; an empty section deletes the file. */
    public TestProject write(String text) {
        Matcher m = SECTION.matcher(text);
        List<int[]> starts = new java.util.ArrayList<>();
        List<String> names = new java.util.ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start(), m.end()});
            names.add(m.group(1));
        }
        for (int i = 0; i < names.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
            String body = text.substring(starts.get(i)[1], end);
            Path file = root.resolve(names.get(i));
            try {
                if (body.isBlank()) {
                    Files.deleteIfExists(file);
                } else {
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, body, StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return this;
    }

    /** Writes raw bytes, for encodings YAML text blocks cannot hold. */
    public TestProject writeBytes(String relative, byte[] bytes) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public Path root() {
        return root;
    }

    public Path path(String relative) {
        return root.resolve(relative);
    }

    /** Runs {@code openboek <args>} with {@code --source} set to this project. */
    public Run run(String command, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = command;
        all[1] = "--source";
        all[2] = root.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return Run.of(all);
    }

    /** Runs {@code openboek build} into {@code output}. */
    public Run build(Path output) {
        return run("build", "--output", output.toString());
    }

    /**
     * The outcome of one command line run.
     *
     * @param exitCode exit code
     * @param out      standard output
     * @param err      standard error
     */
    public record Run(int exitCode, String out, String err) {

        public static Run of(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = OpenboekCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
            return new Run(code, out.toString(), err.toString());
        }

        /** The problem lines of standard error, without the closing summary. */
        public List<String> problemLines() {
            List<String> lines = err.lines().toList();
            return lines.isEmpty() ? lines : lines.subList(0, lines.size() - 1);
        }
    }

    public static void copyTree(Path from, Path to) {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.sorted().toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under {@code dir} with its bytes, by relative path, for comparing whole trees. */
    public static java.util.SortedMap<String, byte[]> snapshot(Path dir) {
        java.util.SortedMap<String, byte[]> files = new java.util.TreeMap<>();
        if (!Files.exists(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList()) {
                files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
