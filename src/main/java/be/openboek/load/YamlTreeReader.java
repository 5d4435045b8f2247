package be.openboek.load;

import be.openboek.files.SourceFiles;
import be.openboek.problem.Problems;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads one YAML file into a {@link YamlNode} tree that remembers where every value is, using
 * Jackson's streaming YAML parser. Rejects what staff never mean and Jackson would silently accept:
 * duplicate keys, anchors and aliases, tags, a second document, a byte-order mark, bad UTF-8.
 */
public final class YamlTreeReader {

    /** Records are small; anything bigger is a mistake (or an attack) and is refused before parsing. */
    public static final long MAX_FILE_BYTES = 1_000_000;
    private static final int MAX_NESTING = 40;

    private final YAMLFactory factory;

    public YamlTreeReader() {
        LoaderOptions loader = new LoaderOptions();
        loader.setCodePointLimit((int) MAX_FILE_BYTES);
        loader.setMaxAliasesForCollections(0);
        loader.setNestingDepthLimit(MAX_NESTING);
        factory = YAMLFactory.builder()
                .loaderOptions(loader)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
                .build();
    }

    /**
     * Reads {@code file}; problems are reported under {@code displayPath}.
     *
     * @return the root node, or empty when the file could not be read (the problems say why)
     */
    public Optional<YamlNode> read(Path file, String displayPath, Problems problems) {
        byte[] bytes;
        try {
            SourceFiles.requireRegularFile(file);
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                problems.add(displayPath, 0, 0, "", "expected a record file of at most " + MAX_FILE_BYTES / 1000
                        + " kB, found " + (size + 999) / 1000 + " kB", "check it is the right file; a record file is never that big");
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(displayPath, 0, 0, "", "cannot read the file: " + e.getMessage(), "");
            return Optional.empty();
        }
        return decode(bytes, displayPath, problems).flatMap(text -> parse(text, displayPath, problems));
    }

    private static Optional<String> decode(byte[] bytes, String displayPath, Problems problems) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            problems.add(displayPath, 1, 1, "", "the file starts with a byte-order mark (BOM)",
                    "save the file as UTF-8 without BOM");
            return Optional.empty();
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            int line = firstBadUtf8Line(bytes);
            problems.add(displayPath, line, 0, "", "the file is not valid UTF-8 text",
                    "save the file with the UTF-8 encoding");
            return Optional.empty();
        }
    }

    private static int firstBadUtf8Line(byte[] bytes) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return 0;
    }

    /** Reads YAML already in memory, such as the front matter of a Markdown page. */
    public Optional<YamlNode> readText(String text, String displayPath, Problems problems) {
        return parse(text, displayPath, problems);
    }

    private Optional<YamlNode> parse(String text, String displayPath, Problems problems) {
        if (text.isBlank()) {
            problems.add(displayPath, 0, 0, "", "the file is empty", "add the records, or delete the file");
            return Optional.empty();
        }
        ControlCharacterCheck controls = new ControlCharacterCheck(text, displayPath);
        YAMLParser parser;
        try {
            parser = (YAMLParser) factory.createParser(controls.parsable(text));
        } catch (IOException e) {
            problems.add(displayPath, 0, 0, "", "cannot read the YAML: " + e.getMessage(), "");
            return Optional.empty();
        }
        try (parser) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(displayPath, 0, 0, "", "the file holds only comments", "add the records, or delete the file");
                return Optional.empty();
            }
            Problems local = new Problems();
            // A key written twice is reported, but the tree stays readable (the record holding it is then incomplete,
            // see RecordReader), so that the other problems of the file are found in the same run.
            Problems repeats = new Problems();
            Refusals refusals = new Refusals();
            YamlNode root = readValue(parser, "", displayPath, repeats, refusals, controls);
            refusals.reportTo(local, displayPath);
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                local.add(displayPath, at.getLineNr(), at.getColumnNr(), "",
                        "a second YAML document (after ---) is not allowed", "keep one document per file");
            }
            problems.addAll(local);
            problems.addAll(repeats);
            return local.isEmpty() ? Optional.of(root) : Optional.empty();
        } catch (StreamReadException e) {
            problems.add(syntaxProblem(e, text, displayPath));
            return Optional.empty();
        } catch (StreamConstraintsException e) {
            // The exception carries no location; the parser knows where it stopped.
            JsonLocation at = parser.currentLocation();
            problems.add(displayPath, Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0), "",
                    "expected lists and mappings nested at most " + MAX_NESTING + " levels deep, found deeper nesting",
                    "check the brackets [ ] and { } and the indentation");
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            problems.add(displayPath, 0, 0, "", "cannot read the YAML: " + e.getMessage(), "");
            return Optional.empty();
        } finally {
            // Reported apart from the other problems: a file whose only fault is a control character stays readable,
            // so its other problems are found too.
            controls.reportTo(problems);
        }
    }

    /**
     * Reads the value at the parser's current token; {@code path} is its field path, e.g. {@code subsidies[0].purpose}.
     * Keys written twice go to {@code repeats}.
     */
    private YamlNode readValue(YAMLParser parser, String path, String displayPath, Problems repeats, Refusals refusals,
            ControlCharacterCheck controls) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        if (parser.isCurrentAlias()) {
            refusals.add("aliases", line, column, "aliases (*" + parser.getText() + ") are not allowed",
                    "write the value out in full");
        } else if (parser.getCurrentAnchor() != null) {
            refusals.add("anchors", line, column, "anchors (&" + parser.getCurrentAnchor() + ") are not allowed",
                    "write each value out in full");
        }
        if (parser.getTypeId() != null) {
            refusals.add("tags", line, column, "YAML tags (!" + parser.getTypeId() + ") are not allowed", "remove the tag");
        }
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            controls.collection(path, line, column);
        } else {
            controls.value(path, parser.getText() == null ? "" : parser.getText(), line, column);
        }
        switch (token) {
            case START_OBJECT: {
                Map<String, YamlNode> entries = new LinkedHashMap<>();
                Map<String, int[]> keys = new LinkedHashMap<>();
                Map<String, List<YamlNode>> repeated = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonLocation keyAt = parser.currentTokenLocation();
                    if ("<<".equals(name)) {
                        refusals.add("merge keys", keyAt.getLineNr(), keyAt.getColumnNr(), "merge keys (<<) are not allowed",
                                "write the fields out in full");
                    }
                    String field = ControlCharacterCheck.field(path, name);
                    controls.key(field, name, keyAt.getLineNr(), keyAt.getColumnNr());
                    parser.nextToken();
                    YamlNode value = readValue(parser, field, displayPath, repeats, refusals, controls);
                    if (entries.containsKey(name)) {
                        int[] firstAt = keys.get(name);
                        repeated.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                        repeats.add(displayPath, keyAt.getLineNr(), keyAt.getColumnNr(), "",
                                "duplicate key \"" + name + "\" (first on line " + firstAt[0] + ")",
                                "keep one \"" + name + "\" line and delete the other");
                    } else {
                        entries.put(name, value);
                        keys.put(name, new int[] {keyAt.getLineNr(), keyAt.getColumnNr()});
                    }
                }
                return new YamlNode.Mapping(entries, keys, repeated, line, column);
            }
            case START_ARRAY: {
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(parser, path + "[" + items.size() + "]", displayPath, repeats, refusals, controls));
                }
                return new YamlNode.Sequence(items, line, column);
            }
            case VALUE_NUMBER_INT:
                return new YamlNode.Scalar(parser.getText(), YamlNode.ScalarKind.INTEGER, line, column);
            case VALUE_NUMBER_FLOAT:
                return new YamlNode.Scalar(parser.getText(), YamlNode.ScalarKind.DECIMAL, line, column);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new YamlNode.Scalar(parser.getText(), YamlNode.ScalarKind.BOOLEAN, line, column);
            case VALUE_NULL:
                return new YamlNode.Scalar(parser.getText() == null ? "" : parser.getText(),
                        YamlNode.ScalarKind.NULL, line, column);
            default:
                return new YamlNode.Scalar(parser.getText(), YamlNode.ScalarKind.STRING, line, column);
        }
    }

    /**
     * Anchors, aliases, tags and merge keys of one file: only the first of each kind is reported, with how
     * many there are, so that an alias bomb gives two lines instead of thousands.
     */
    private static final class Refusals {
        private final Map<String, be.openboek.problem.Problem> first = new LinkedHashMap<>();
        private final Map<String, Integer> counts = new LinkedHashMap<>();

        void add(String kind, int line, int column, String message, String hint) {
            first.putIfAbsent(kind, new be.openboek.problem.Problem("", line, column, "", message, hint));
            counts.merge(kind, 1, Integer::sum);
        }

        void reportTo(Problems problems, String displayPath) {
            first.forEach((kind, p) -> {
                int n = counts.get(kind);
                problems.add(displayPath, p.line(), p.column(), "", p.message() + (n > 1 ? " (" + n + " in this file)" : ""), p.hint());
            });
        }
    }

    private static be.openboek.problem.Problem syntaxProblem(StreamReadException e, String text, String displayPath) {
        JsonLocation at = e.getLocation();
        int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
        int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
        String detail = e.getOriginalMessage();
        detail = detail == null ? "invalid YAML" : detail.lines().findFirst().orElse(detail).trim();
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblem() != null) {
            // SnakeYAML says what is wrong ("problem") and where, beside where it was looking ("context").
            detail = marked.getProblem().contains("(TAB)") ? "a tab character where YAML allows only spaces"
                    : marked.getProblem().strip();
            // An unclosed quote is only noticed at the end of the file; point at where it was opened.
            boolean unclosed = String.valueOf(marked.getContext()).contains("quoted scalar");
            var mark = unclosed && marked.getContextMark() != null ? marked.getContextMark() : marked.getProblemMark();
            if (unclosed) {
                detail = "a quoted text is never closed";
            }
            if (mark != null) {
                line = mark.getLine() + 1;
                column = mark.getColumn() + 1;
            }
        }
        if (e.getCause() instanceof ReaderException bad) {
            // A control character: SnakeYAML gives its offset in the text, not a line.
            int offset = Math.min(Math.max(bad.getPosition(), 0), text.length());
            String before = text.substring(0, offset);
            int lineStart = before.lastIndexOf('\n') + 1;
            int cp = bad.getCodePoint();
            String name = Character.getName(cp);
            return new be.openboek.problem.Problem(displayPath, (int) before.chars().filter(c -> c == '\n').count() + 1,
                    offset - lineStart + 1, "", "YAML syntax error: expected text, found the invisible control character "
                    + String.format("U+%04X", cp) + (name == null ? "" : " (" + name + ")"),
                    "delete it; retype the line if the editor does not show it");
        }
        String hint = "";
        String lower = detail.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("cannot start any token")) {
            hint = "put the value in quotes: a text cannot start with `, @ or %";
        } else if (lower.contains("chomping")) {
            hint = "after | or > start the text on the next line, indented";
        } else if (lower.contains("could not find expected ':'")) {
            hint = "write each field as key: value; a text over several lines needs | after the colon, or quotes";
        } else if (lower.contains("<document start>")) {
            hint = "check the indentation of this line and of the line above it";
        } else if (lower.contains("tab")) {
            hint = "indent with spaces, never with tabs";
        } else if (lower.contains("mapping values are not allowed")) {
            hint = "put quotes around a text that contains \": \", or check the indentation";
        } else if (lower.contains("quoted text") || lower.contains("end of stream")) {
            hint = "close the quotes that were opened on this or an earlier line";
        } else if (lower.contains("expected <block end>") || lower.contains("indent")) {
            hint = "check the indentation: items of one list or mapping start in the same column";
        } else if (lower.contains("nesting depth")) {
            hint = "records are never nested this deep";
        } else if (lower.contains("code point") || lower.contains("exceeds")) {
            hint = "the file is too large for a record file";
        }
        return new be.openboek.problem.Problem(displayPath, line, column, "", "YAML syntax error: " + detail, hint);
    }
}
