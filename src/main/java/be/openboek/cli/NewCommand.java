package be.openboek.cli;

import be.openboek.files.SourceFiles;
import be.openboek.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code openboek new subsidy|project|service ID}: writes a new record with every field present, empty
 * where staff must fill it in, and a short Dutch comment on each. Until the required fields are filled
 * in, {@code validate} names them. A subsidy is appended to {@code data/subsidies.yaml} as text, so the
 * file keeps its comments; when the file has a shape that appending could break, nothing is written and
 * the item is printed to paste by hand.
 */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Writes a new record with every field and a comment on each: data/projects/ID.yaml, "
                + "data/services/ID.yaml, or an item at the end of data/subsidies.yaml. Fill in the empty fields, then run validate.")
final class NewCommand implements Callable<Integer> {

    /** The same rule as the loader's: lowercase letters, digits and single hyphens. */
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_ID_LENGTH = 80;
    private static final Pattern YEAR_PREFIX = Pattern.compile("((?:19|20)\\d\\d)(?:-.*)?");
    /** A value line followed by its comment, to line the comments up once the id is filled in. */
    private static final Pattern COMMENTED = Pattern.compile("(\\s*[^#\\s].*?\\S)\\s+(# .*)");
    private static final int COMMENT_COLUMN = 32;

    @Parameters(index = "0", paramLabel = "TYPE", description = "subsidy, project or service")
    String type;

    @Parameters(index = "1", paramLabel = "ID", description = "The new record's id: lowercase letters, digits and hyphens, e.g. 2019-werking.")
    String id;

    @Mixin
    SourceOption source;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!List.of("subsidy", "project", "service").contains(type)) {
            throw new ParameterException(spec.commandLine(), "unknown record type \"" + type + "\": expected subsidy, project or service");
        }
        Path root = source.folder();
        String display = switch (type) {
            case "project" -> "data/projects/" + id + ".yaml";
            case "service" -> "data/services/" + id + ".yaml";
            default -> "data/subsidies.yaml";
        };
        if (!SLUG.matcher(id).matches() || id.length() > MAX_ID_LENGTH) {
            String suggestion = id.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            return refuse(display, "\"" + id + "\" is not a valid id: use lowercase letters a-z, digits and single hyphens",
                    SLUG.matcher(suggestion).matches() ? "for example: " + suggestion : "for example: 2019-werking");
        }
        // It reads and appends to data/subsidies.yaml: never through a link out of the project, never a pipe.
        SourceFiles files = SourceFiles.scan(root, "data");
        Optional<Problem> unsafe = files.refusal(display);
        if (unsafe.isPresent()) {
            Reporter.print(List.of(unsafe.get()), spec.commandLine().getErr(), "nothing was written");
            return Main.INVALID_INPUT;
        }
        if (!files.isFolder("data")) {
            return refuse("data", "the folder data/ is missing in " + root, "run the command in the project folder, or pass --source DIR");
        }
        return type.equals("subsidy") ? newSubsidy(root, display) : newFile(root, display);
    }

    private int newFile(Path root, String display) throws IOException {
        Path file = root.resolve(display);
        if (Files.exists(file)) {
            return refuse(display, "a " + type + " with the id \"" + id + "\" already exists", "choose another id, or edit that file");
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, fill("new-" + type + ".yaml"), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        out().println("Created " + display + ": fill in the empty fields, then run validate.");
        return 0;
    }

    private int newSubsidy(Path root, String display) throws IOException {
        Path file = root.resolve(display);
        String item = fill("new-subsidy.yaml");
        if (!Files.exists(file)) {
            Files.writeString(file, "subsidies:\n" + item, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            out().println("Created " + display + " with the subsidy " + id + ": fill in the empty fields, then run validate.");
            return 0;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (Pattern.compile("(?m)^\\s*(?:-\\s+)?id:\\s*[\"']?" + Pattern.quote(id) + "[\"']?\\s*(?:#.*)?$").matcher(text).find()) {
            return refuse(display, "a subsidy with the id \"" + id + "\" already exists", "choose another id, or edit that line");
        }
        String indent = appendableIndent(text);
        if (indent == null) {
            out().print(item);
            out().flush();
            return refuse(display, "cannot add the subsidy safely: the file does not end with the block list under \"subsidies:\"",
                    "paste the item printed above at the end of the subsidies: list");
        }
        String reindented = item.lines().map(l -> l.startsWith("  ") ? indent + l.substring(2) : l)
                .collect(Collectors.joining("\n", "", "\n"));
        Files.writeString(file, (text.endsWith("\n") || text.isEmpty() ? "" : "\n") + reindented, StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        out().println("Added the subsidy " + id + " at the end of " + display + ": fill in the empty fields, then run validate.");
        return 0;
    }

    /**
     * The indentation of the list items when {@code subsidies:} is the file's last top-level key, holding a
     * block list (or nothing yet), so that text appended at the end becomes its last item; else null.
     */
    static String appendableIndent(String text) {
        List<String> lines = text.lines().toList();
        int key = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("---") && i > 0 || line.startsWith("...")) {
                return null;
            }
            if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("#") && !line.startsWith("---")) {
                key = line.matches("subsidies:\\s*(#.*)?") ? i : -2;
            }
        }
        if (key < 0) {
            return null;
        }
        for (String line : lines.subList(key + 1, lines.size())) {
            Matcher item = Pattern.compile("(\\s*)- .*").matcher(line);
            if (item.matches()) {
                return item.group(1).isEmpty() ? null : item.group(1);
            }
        }
        return "  ";
    }

    /** The template with the id (and the year, when the id starts with one) filled in, comments lined up. */
    private String fill(String template) throws IOException {
        String text;
        try (InputStream in = Objects.requireNonNull(NewCommand.class.getResourceAsStream(template), template)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher year = YEAR_PREFIX.matcher(id);
        text = text.replace("{{id}}", id).replace("{{year}}", year.matches() ? year.group(1) : "");
        return text.lines().map(NewCommand::alignComment).collect(Collectors.joining("\n", "", "\n"));
    }

    private static String alignComment(String line) {
        Matcher m = COMMENTED.matcher(line);
        if (!m.matches()) {
            return line;
        }
        return m.group(1) + " ".repeat(Math.max(2, COMMENT_COLUMN - m.group(1).length())) + m.group(2);
    }

    private int refuse(String file, String message, String hint) {
        Reporter.print(List.of(new Problem(file, 0, 0, "", message, hint)), spec.commandLine().getErr(), "nothing was written");
        return Main.INVALID_INPUT;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
