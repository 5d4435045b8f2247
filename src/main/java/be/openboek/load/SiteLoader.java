package be.openboek.load;

import be.openboek.fields.CallFields;
import be.openboek.fields.FieldTable;
import be.openboek.fields.OrganisationFields;
import be.openboek.fields.ProjectFields;
import be.openboek.fields.QuestionFields;
import be.openboek.fields.ServiceFields;
import be.openboek.fields.SourceFields;
import be.openboek.fields.SubsidyFields;
import be.openboek.files.SourceFiles;
import be.openboek.model.Call;
import be.openboek.model.ContentPage;
import be.openboek.model.Identified;
import be.openboek.model.Organisation;
import be.openboek.model.Project;
import be.openboek.model.Question;
import be.openboek.model.Service;
import be.openboek.model.Site;
import be.openboek.model.Source;
import be.openboek.model.Subsidy;
import be.openboek.problem.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Loads {@code data/} and {@code content/} of a project folder into a {@link Site}, collecting every
 * problem of every file instead of stopping at the first. Reads only the files a {@link SourceFiles} walk accepted.
 */
public final class SiteLoader {

    /** The files and folders that may stand in {@code data/}: record files, and folders of one record per file. */
    public static final List<String> DATA_FILES = List.of("organisation.yaml", "sources.yaml", "calls.yaml", "subsidies.yaml",
            "questions.yaml", "projects", "services");

    /**
     * What loading produced.
     *
     * @param site       the records that read without problems
     * @param incomplete the records that had problems, made of the values that read well (a wrong value is left out),
     *                   so that the checks across records can report their other problems, such as a source they cite
     *                   that does not exist, in the same run; never published. Its organisation is null when the
     *                   organisation read well (it is then in {@code site}); its content pages have no English version
     * @param brokenIds  ids of records that had problems (so references to them are not reported twice)
     * @param unreadable files that could not be read at all, e.g. {@code data/sources.yaml}, or folders, e.g.
     *                   {@code data/projects/}: references into them are not checked, as every one would be reported
     * @param problems   everything wrong
     * @param sourceMap  positions of every value
     */
    public record Result(Site site, Site incomplete, Set<String> brokenIds, Set<String> unreadable, Problems problems,
            SourceMap sourceMap) {
    }

    /** The records of one kind: those that read well, and those that had problems (as far as they read well). */
    private record Records<T>(List<T> whole, List<T> incomplete) {

        Records() {
            this(new ArrayList<>(), new ArrayList<>());
        }

        void add(FieldReader.Read<T> read) {
            (read.complete() ? whole : incomplete).add(read.record());
        }
    }

    /**
     * What each record file of data/projects and data/services gave, kept between the loads of one {@code serve}
     * session: a file whose size and modification time are unchanged, in a folder holding the same file names, is
     * not read again. Files that name a {@code description_file} are always read again (the description may have
     * changed). Thread-safe.
     */
    public static final class Memo {

        private record Remembered(long size, FileTime modified, FileResult<?> result) {
        }

        /** By the file's path in the project ({@code data/projects/bieblo.yaml}). */
        private final Map<String, Remembered> files = new ConcurrentHashMap<>();
        /** The file names of each folder when its files were remembered: when they change, every file is read again. */
        private final Map<String, List<String>> folders = new ConcurrentHashMap<>();

        /** Forgets the files of {@code folder} ({@code data/projects}) when it no longer holds {@code names}. */
        void check(String folder, List<String> names) {
            if (!names.equals(folders.get(folder))) {
                files.keySet().removeIf(file -> file.startsWith(folder + "/") && file.indexOf('/', folder.length() + 1) < 0);
                folders.put(folder, names);
            }
        }

        /** The number of files remembered, for tests. */
        public int size() {
            return files.size();
        }
    }

    private final YamlTreeReader yaml = new YamlTreeReader();
    private final Memo memo;

    public SiteLoader() {
        this(null);
    }

    /** @param memo what earlier loads of the same project read, or null to read every file */
    public SiteLoader(Memo memo) {
        this.memo = memo;
    }

    /** Loads {@code root}, after walking its data/ and content/ for files that must not be read. */
    public Result load(Path root) {
        return load(root, SourceFiles.scan(root, "data", "content"));
    }

    /**
     * Loads {@code root}, reading only what {@code files} accepted; the result's problems include those of
     * {@code files} (also of folders the loader does not read, such as templates/).
     */
    public Result load(Path root, SourceFiles files) {
        Problems problems = new Problems();
        problems.addAll(files.problems());
        SourceMap sourceMap = new SourceMap();
        Set<String> broken = new HashSet<>();
        Set<String> unreadable = new HashSet<>();
        Context cx = new Context(root, files, problems, sourceMap, broken, unreadable);

        if (!files.isFolder("data")) {
            if (files.refusal("data").isEmpty()) {
                problems.add("data", 0, 0, "", "the folder data/ is missing in " + root.toAbsolutePath().normalize(),
                        "run the command in the project folder, or pass --source DIR");
            }
            return new Result(null, null, broken, unreadable, problems, sourceMap);
        }
        rejectUnexpectedDataFiles(files, problems);

        FieldReader records = new FieldReader((r, field, relative) -> descriptionFile(cx, r, field, relative));
        FieldReader.Read<Organisation> organisation = readOne(cx, "data/organisation.yaml", true,
                r -> records.readPartly(OrganisationFields.TABLE, r));
        Records<Source> sources = readList(cx, "data/sources.yaml", "sources", true, r -> records.readPartly(SourceFields.TABLE, r));
        Records<Call> calls = readList(cx, "data/calls.yaml", "calls", false, r -> records.readPartly(CallFields.TABLE, r));
        Records<Subsidy> subsidies = readList(cx, "data/subsidies.yaml", "subsidies", true,
                r -> records.readPartly(SubsidyFields.TABLE, r));
        Records<Project> projects = readFolder(cx, "data/projects", ProjectFields.TABLE);
        Records<Service> services = readFolder(cx, "data/services", ServiceFields.TABLE);
        Records<Question> questions = readList(cx, "data/questions.yaml", "questions", false,
                r -> records.readPartly(QuestionFields.TABLE, r));
        ContentLoader.Pages pages = new ContentLoader(yaml).load(files, problems);

        // Sources keep the order of their file: it gives the footnote numbers, so staff choose it.
        Site site = new Site(organisation == null ? null : organisation.whole(), sources.whole(), byId(calls.whole()),
                subsidies.whole().stream().sorted(Comparator.comparingInt(Subsidy::year).thenComparing(Subsidy::id)).toList(),
                byId(projects.whole()), byId(services.whole()),
                questions.whole().stream().sorted(Comparator.comparingInt(Question::number).thenComparing(Question::id)).toList(),
                byId(pages.whole()));
        // In the order they were read: their ids or sort keys may be the very values that are wrong.
        Site incomplete = new Site(organisation == null || organisation.complete() ? null : organisation.record(),
                sources.incomplete(), calls.incomplete(), subsidies.incomplete(), projects.incomplete(), services.incomplete(),
                questions.incomplete(), pages.incomplete());
        return new Result(site, incomplete, Set.copyOf(broken), Set.copyOf(unreadable), problems, sourceMap);
    }

    private record Context(Path root, SourceFiles files, Problems problems, SourceMap sourceMap, Set<String> broken,
            Set<String> unreadable) {
    }

    private <T> T readOne(Context cx, String file, boolean required, Function<RecordReader, T> mapper) {
        Optional<YamlNode> node = readFile(cx, file, required);
        if (node.isEmpty()) {
            return null;
        }
        RecordReader r = RecordReader.of(file, "", node.get(), cx.problems(), cx.sourceMap(), "the record");
        return r == null ? null : mapper.apply(r);
    }

    private <T extends Identified> Records<T> readList(Context cx, String file, String key, boolean required,
            Function<RecordReader, FieldReader.Read<T>> mapper) {
        Records<T> records = new Records<>();
        Optional<YamlNode> node = readFile(cx, file, required);
        if (node.isEmpty()) {
            return records;
        }
        RecordReader top = RecordReader.of(file, "", node.get(), cx.problems(), cx.sourceMap(), "\"" + key + ":\" followed by a list");
        if (top == null) {
            return records;
        }
        List<RecordReader> items = top.children(key, "a record", true);
        top.rejectUnknownFields();
        if (top.isRepeated(key)) {
            // The records of the second list are not read: references to them are not reported as well.
            cx.unreadable().add(file);
        }
        java.util.Map<String, String> taken = new java.util.HashMap<>();
        for (RecordReader item : items) {
            String id = item.rawText("id");
            if (id != null) {
                taken.putIfAbsent(id, item.path() + " on line " + item.line());
            }
        }
        items.forEach(item -> item.takenIds(taken));
        for (RecordReader item : items) {
            FieldReader.Read<T> read = mapper.apply(item);
            records.add(read);
            if (!read.complete()) {
                markBroken(cx, item);
            }
        }
        return records;
    }

    /** What reading one record file gave: the record (or null when unreadable), its problems, the ids to treat as broken. */
    private record FileResult<T>(FieldReader.Read<T> record, Problems problems, Set<String> broken, SourceMap positions,
            boolean readsOtherFiles) {
    }

    /**
     * Reads every record file of a folder. The files are independent, so they are read on several threads, each
     * with its own problems; these are then added in the order of the files, as if read one after the other.
     */
    private <T extends Identified> Records<T> readFolder(Context cx, String folder, FieldTable<T> table) {
        Records<T> records = new Records<>();
        if (!cx.files().isFolder(folder)) {
            if (cx.files().refusal(folder).isPresent()) {
                cx.unreadable().add(folder + "/");
            }
            return records;
        }
        // Names, not paths: at 10,000 records serve takes nearly every file from its memo, and a path is made only to
        // read a file.
        List<String> names = cx.files().names(folder);
        // Each file's path is made once, for the memo, the walk's stamps and the positions.
        List<String> paths = names.stream().map(name -> folder + "/" + name).toList();
        // Which file holds which id, made only when a file is read (not when the memo gives every file).
        Supplier<Map<String, String>> taken = new Supplier<>() {
            private Map<String, String> made;

            @Override
            public synchronized Map<String, String> get() {
                if (made == null) {
                    made = new java.util.HashMap<>();
                    for (int i = 0; i < names.size(); i++) {
                        String name = names.get(i);
                        if (name.endsWith(".yaml")) {
                            made.put(name.substring(0, name.length() - ".yaml".length()), paths.get(i));
                        }
                    }
                }
                return made;
            }
        };
        if (memo != null) {
            memo.check(folder, names);
            cx.sourceMap().expect(names.size());
        }
        // A refused record file was not read: references to its record are not reported as well.
        cx.files().refusedIn(folder).stream().filter(name -> name.endsWith(".yaml"))
                .forEach(name -> cx.broken().add(baseName(name)));
        List<FileResult<T>> results = java.util.stream.IntStream.range(0, names.size()).parallel()
                .mapToObj(i -> names.get(i).endsWith(".yaml") ? remembered(cx, folder, paths.get(i), taken, table) : null)
                .toList();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            FileResult<T> result = results.get(i);
            if (result == null) {
                if (!name.startsWith(".")) {
                    cx.problems().add(folder + "/" + name, 0, 0, "", "unexpected file: records are .yaml files",
                            name.endsWith(".yml") ? "rename it to " + name.replaceAll("\\.yml$", ".yaml") : "move it out of " + folder + "/");
                }
                continue;
            }
            cx.problems().addAll(result.problems());
            if (!result.broken().isEmpty()) {
                cx.broken().addAll(result.broken());
            }
            if (result.positions() != null) {
                cx.sourceMap().attach(paths.get(i), result.positions());
            }
            if (result.record() != null) {
                records.add(result.record());
            }
        }
        return records;
    }

    /** What {@code file} gives: from the memo when it holds the file unchanged, else read (and remembered). */
    @SuppressWarnings("unchecked")
    private <T extends Identified> FileResult<T> remembered(Context cx, String folder, String relative,
            Supplier<Map<String, String>> taken, FieldTable<T> table) {
        if (memo == null) {
            return readRecordFile(cx, folder, cx.files().path(relative), taken, table);
        }
        // The walk of the source folders looked at every file just before: its size and time are those it found.
        SourceFiles.Stamp stamp = cx.files().stamp(relative);
        if (stamp == null) {
            memo.files.remove(relative);
            return readRecordFile(cx, folder, cx.files().path(relative), taken, table);
        }
        Memo.Remembered known = memo.files.get(relative);
        if (known != null && known.size() == stamp.size() && known.modified().equals(stamp.modified())) {
            return (FileResult<T>) known.result();
        }
        FileResult<T> result = readRecordFile(cx, folder, cx.files().path(relative), taken, table);
        if (result.readsOtherFiles()) {
            memo.files.remove(relative);
        } else {
            memo.files.put(relative, new Memo.Remembered(stamp.size(), stamp.modified(), result));
        }
        return result;
    }

    private <T extends Identified> FileResult<T> readRecordFile(Context folderContext, String folder, Path file,
            Supplier<Map<String, String>> taken, FieldTable<T> table) {
        // With a memo, each file's positions are kept apart, so that they can be added again without reading it.
        SourceMap positions = memo != null ? new SourceMap() : null;
        Context cx = new Context(folderContext.root(), folderContext.files(), new Problems(),
                positions != null ? positions : folderContext.sourceMap(), new HashSet<>(), folderContext.unreadable());
        String name = file.getFileName().toString();
        String display = folder + "/" + name;
        String expectedId = name.substring(0, name.length() - ".yaml".length());
        Optional<YamlNode> node = yaml.read(file, display, cx.problems());
        RecordReader r = node.isEmpty() ? null
                : RecordReader.of(display, "", node.get(), cx.problems(), cx.sourceMap(), "the record");
        if (r == null) {
            // Unreadable: references to the record it holds are not reported as well.
            cx.broken().add(expectedId);
            return new FileResult<>(null, cx.problems(), cx.broken(), positions, false);
        }
        r.takenIds(new OtherIds(taken.get(), expectedId));
        FieldReader.Read<T> record = new FieldReader((rr, field, relative) -> descriptionFile(cx, rr, field, relative))
                .readPartly(table, r);
        String id = record.record().id();
        if (id != null && !id.equals(expectedId)) {
            var at = cx.sourceMap().position(display, "id");
            cx.problems().add(display, at.line(), at.column(), "id", "the id \"" + id
                    + "\" differs from the file name \"" + name + "\"", "rename the file to " + id + ".yaml, or change the id");
            record = new FieldReader.Read<>(record.record(), false);
        }
        if (!record.complete()) {
            cx.broken().add(expectedId);
            markBroken(cx, r);
        }
        return new FileResult<>(record, cx.problems(), cx.broken(), positions, FieldReader.readsOtherFiles(table, r));
    }

    private Optional<YamlNode> readFile(Context cx, String file, boolean required) {
        Path path = cx.files().path(file);
        if (cx.files().refusal(file).isPresent()) {
            cx.unreadable().add(file);
            return Optional.empty();
        }
        if (!cx.files().isFile(file)) {
            if (required) {
                cx.problems().add(file, 0, 0, "", "required file is missing", "create " + file + " (see docs/records.md)");
            }
            return Optional.empty();
        }
        Optional<YamlNode> node = yaml.read(path, file, cx.problems());
        if (node.isEmpty()) {
            cx.unreadable().add(file);
        }
        return node;
    }

    /**
     * Remembers the id of a record that failed, when it can be read, so references to it are not reported too;
     * for an id that is itself wrong (capitals, a look-alike letter), also the id it was meant to be; for an id
     * written twice, both.
     */
    private static void markBroken(Context cx, RecordReader r) {
        List<String> ids = new ArrayList<>(r.repeatedTexts("id"));
        ids.add(r.rawText("id"));
        for (String id : ids) {
            if (id != null) {
                cx.broken().add(id);
                String meant = ValueTypes.suggestSlug(id);
                if (!meant.isEmpty()) {
                    cx.broken().add(meant);
                }
            }
        }
    }

    /** The text of the Markdown file {@code relative} (to content/) that the field {@code field} of {@code r} names. */
    private String descriptionFile(Context cx, RecordReader r, String field, String relative) {
        Path content = cx.files().path("content");
        Path file = content.resolve(relative).normalize();
        var at = cx.sourceMap().position(r.file(), r.field(field));
        if (!file.startsWith(content) || !relative.endsWith(".md")) {
            cx.problems().add(r.file(), at.line(), at.column(), r.field(field),
                    "expected a Markdown file inside content/, found \"" + relative + "\"",
                    "write a path relative to content/, like projects/" + baseName(r.file()) + ".md");
            return null;
        }
        String display = "content/" + content.relativize(file).toString().replace('\\', '/');
        var refused = cx.files().refusal(display);
        if (refused.isPresent()) {
            cx.problems().add(r.file(), at.line(), at.column(), r.field(field),
                    "expected a Markdown file inside content/, found \"" + relative + "\", which the build does not read",
                    "see the problem reported for " + refused.get().file());
            return null;
        }
        if (!cx.files().isFile(display)) {
            cx.problems().add(r.file(), at.line(), at.column(), r.field(field),
                    "the file content/" + relative + " does not exist", "create it, or fix the path");
            return null;
        }
        try {
            SourceFiles.requireRegularFile(file);
            long size = Files.size(file);
            if (size > YamlTreeReader.MAX_FILE_BYTES) {
                cx.problems().add(r.file(), at.line(), at.column(), r.field(field),
                        "expected a description of at most " + YamlTreeReader.MAX_FILE_BYTES / 1000 + " kB in content/"
                        + relative + ", found " + (size + 999) / 1000 + " kB", "check it is the right file; a description is never that big");
                return null;
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            ControlCharacterCheck.markdown(text, 1, display, cx.problems());
            ContentLoader.checkMarkdown(text, display, 1, cx.problems());
            return text;
        } catch (IOException e) {
            cx.problems().add(r.file(), at.line(), at.column(), r.field(field),
                    "cannot read content/" + relative + " as UTF-8 text", "save it with the UTF-8 encoding");
            return null;
        }
    }

    private static void rejectUnexpectedDataFiles(SourceFiles files, Problems problems) {
        for (String name : files.names("data")) {
            if (name.startsWith(".") || DATA_FILES.contains(name)) {
                continue;
            }
            String near = NearMiss.closest(name.replaceAll("\\.yml$", ".yaml"), DATA_FILES);
            problems.add("data/" + name, 0, 0, "", "unexpected file in data/: it would be ignored",
                    near != null ? "did you mean data/" + near + "?" : "expected only " + String.join(", ", DATA_FILES));
        }
    }

    /** {@code data/projects/bieblo.yaml} → {@code bieblo}. */
    private static String baseName(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return name.endsWith(".yaml") ? name.substring(0, name.length() - ".yaml".length()) : name;
    }

    private static <T extends Identified> List<T> byId(List<T> records) {
        return records.stream().sorted(Comparator.comparing(Identified::id)).toList();
    }
}
