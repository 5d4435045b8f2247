package be.openboek.cli;

import be.openboek.fields.FieldTable;
import be.openboek.fields.FieldTables;
import be.openboek.fields.JsonSchemas;
import be.openboek.fields.Scaffolds;
import be.openboek.fields.Slug;
import be.openboek.files.SourceFiles;
import be.openboek.problem.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code openboek new TYPE ID}: writes a new record with every field present, empty where staff must fill it in,
 * and a short Dutch comment on each, made from the record type's field table ({@link Scaffolds}). Until the required
 * fields are filled in, {@code validate} names them. A record of a file that lists records (a subsidy, a source, ...)
 * is appended to that file as text, so the file keeps its comments; when the file has a shape that appending could
 * break, nothing is written and the item is printed to paste by hand.
 */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Writes a new record with every field and a comment on each: data/projects/ID.yaml, "
                + "data/services/ID.yaml, or an item at the end of data/subsidies.yaml, data/sources.yaml, data/calls.yaml or "
                + "data/questions.yaml. Fill in the empty fields, then run validate.")
final class NewCommand implements Callable<Integer> {

    /** Where the JSON Schemas of the records are kept in the project, for editors. */
    static final String SCHEMAS = "docs/schemas/";

    @Parameters(index = "0", paramLabel = "TYPE", description = "subsidy, project, service, source, call or question")
    String type;

    @Parameters(index = "1", paramLabel = "ID", description = "The new record's id: lowercase letters, digits and hyphens, e.g. 2019-werking.")
    String id;

    @Mixin
    SourceOption source;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<FieldTable<?>> types = FieldTables.all().stream().filter(t -> t.field("id").isPresent()).toList();
        FieldTable<?> table = types.stream().filter(t -> t.name().equals(type)).findFirst()
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "unknown record type \"" + type + "\": expected "
                        + String.join(", ", types.stream().map(FieldTable::name).toList())));
        Path root = source.folder();
        String display = table.file().replace("<id>", id);
        if (!Slug.isValid(id)) {
            String suggestion = Slug.simplified(id);
            return refuse(display, "\"" + id + "\" is not a valid id: use lowercase letters a-z, digits and single hyphens",
                    Slug.isValid(suggestion) ? "for example: " + suggestion : "for example: 2019-werking");
        }
        // It reads and appends to a list file: never through a link out of the project, never a pipe.
        SourceFiles files = SourceFiles.scan(root, "data");
        Optional<Problem> unsafe = files.refusal(display);
        if (unsafe.isPresent()) {
            Reporter.print(List.of(unsafe.get()), spec.commandLine().getErr(), "nothing was written");
            return OpenboekCommand.INVALID_INPUT;
        }
        if (!files.isFolder("data")) {
            return refuse("data", "the folder data/ is missing in " + root, "run the command in the project folder, or pass --source DIR");
        }
        String schema = "../".repeat((int) display.chars().filter(c -> c == '/').count()) + SCHEMAS + JsonSchemas.fileName(table);
        String text = Scaffolds.of(table, schema, id);
        return JsonSchemas.isList(table) ? newItem(root, display, JsonSchemas.listKey(table), text) : newFile(root, display, text);
    }

    private int newFile(Path root, String display, String text) throws IOException {
        Path file = root.resolve(display);
        if (Files.exists(file)) {
            return refuse(display, "a " + type + " with the id \"" + id + "\" already exists", "choose another id, or edit that file");
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        out().println("Created " + display + ": fill in the empty fields, then run validate.");
        return 0;
    }

    private int newItem(Path root, String display, String key, String item) throws IOException {
        Path file = root.resolve(display);
        if (!Files.exists(file)) {
            Files.writeString(file, key + ":\n" + item, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            out().println("Created " + display + " with the " + type + " " + id + ": fill in the empty fields, then run validate.");
            return 0;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (Pattern.compile("(?m)^\\s*(?:-\\s+)?id:\\s*[\"']?" + Pattern.quote(id) + "[\"']?\\s*(?:#.*)?$").matcher(text).find()) {
            return refuse(display, "a " + type + " with the id \"" + id + "\" already exists", "choose another id, or edit that line");
        }
        String indent = appendableIndent(text, key);
        if (indent == null) {
            out().print(item);
            out().flush();
            return refuse(display, "cannot add the " + type + " safely: the file does not end with the block list under \"" + key + ":\"",
                    "paste the item printed above at the end of the " + key + ": list");
        }
        String reindented = item.lines().map(l -> l.startsWith("  ") ? indent + l.substring(2) : l)
                .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
        Files.writeString(file, (text.endsWith("\n") || text.isEmpty() ? "" : "\n") + reindented, StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        out().println("Added the " + type + " " + id + " at the end of " + display + ": fill in the empty fields, then run validate.");
        return 0;
    }

    /**
     * The indentation of the list items when {@code key:} (e.g. {@code subsidies:}) is the file's last top-level key,
     * holding a block list (or nothing yet), so that text appended at the end becomes its last item; else null.
     */
    static String appendableIndent(String text, String key) {
        List<String> lines = text.lines().toList();
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("---") && i > 0 || line.startsWith("...")) {
                return null;
            }
            if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("#") && !line.startsWith("---")) {
                at = line.matches(Pattern.quote(key) + ":\\s*(#.*)?") ? i : -2;
            }
        }
        if (at < 0) {
            return null;
        }
        for (String line : lines.subList(at + 1, lines.size())) {
            Matcher item = Pattern.compile("(\\s*)- .*").matcher(line);
            if (item.matches()) {
                return item.group(1).isEmpty() ? null : item.group(1);
            }
        }
        return "  ";
    }

    private int refuse(String file, String message, String hint) {
        Reporter.print(List.of(new Problem(file, 0, 0, "", message, hint)), spec.commandLine().getErr(), "nothing was written");
        return OpenboekCommand.INVALID_INPUT;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
