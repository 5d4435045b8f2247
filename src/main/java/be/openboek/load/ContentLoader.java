package be.openboek.load;

import be.openboek.files.SourceFiles;
import be.openboek.markdown.MarkdownLimits;
import be.openboek.model.ContentPage;
import be.openboek.model.Origin;
import be.openboek.problem.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loads the Markdown pages in {@code content/} (top level only; other subfolders hold descriptions that
 * records point to) and their English versions in {@code content/en/}, each under the same file name as the Dutch
 * page. Each page starts with a front matter block holding at least its title.
 */
final class ContentLoader {

    private static final String FENCE = "---";
    /** The folder in content/ that holds the English versions of the pages. */
    static final String ENGLISH = "en";
    private final YamlTreeReader yaml;

    ContentLoader(YamlTreeReader yaml) {
        this.yaml = yaml;
    }

    /**
     * The pages of content/.
     *
     * @param whole      the pages that read well, with their English versions
     * @param incomplete the pages that had problems but whose name is right (their title may be null), so that the
     *                   checks across pages, such as a name the site uses itself, are made in the same run
     */
    record Pages(List<ContentPage> whole, List<ContentPage> incomplete) {
    }

    /** The pages among {@code files}: those the walk refused are not read. */
    Pages load(SourceFiles files, Problems problems) {
        List<ContentPage> pages = new ArrayList<>();
        List<ContentPage> incomplete = new ArrayList<>();
        for (Path file : files.list("content")) {
            String name = file.getFileName().toString();
            if (files.isFile("content/" + name) && name.endsWith(".md")) {
                read(file, "content/" + name, problems).ifPresent(page -> (page.complete() ? pages : incomplete).add(page.record()));
            }
        }
        String english = "content/" + ENGLISH;
        if (files.isFolder(english)) {
            for (Path file : files.list(english)) {
                String name = file.getFileName().toString();
                String display = english + "/" + name;
                if (!files.isFile(display) || !name.endsWith(".md")) {
                    continue;
                }
                Optional<FieldReader.Read<ContentPage>> translation = read(file, display, problems);
                if (!files.isFile("content/" + name)) {
                    problems.add(display, 0, 0, "", "expected the English version of a page in content/, but there is no"
                            + " content/" + name, "give it the file name of the Dutch page it translates, or write that page first");
                    continue;
                }
                int dutch = indexOf(pages, baseName(name));
                if (dutch >= 0 && translation.isPresent() && translation.get().complete()) {
                    pages.set(dutch, pages.get(dutch).withEnglish(translation.get().record()));
                }
                // Otherwise the Dutch page or its translation had a problem, which was reported.
            }
        }
        return new Pages(pages, incomplete);
    }

    private static String baseName(String name) {
        return name.substring(0, name.length() - ".md".length());
    }

    private static int indexOf(List<ContentPage> pages, String id) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The page in {@code file}: complete when it read well, incomplete (title possibly null) when its name is right but
     * something else is wrong, empty when it could not be read or its name is wrong; every problem is reported.
     */
    private Optional<FieldReader.Read<ContentPage>> read(Path file, String display, Problems problems) {
        String text;
        try {
            SourceFiles.requireRegularFile(file);
            long size = Files.size(file);
            if (size > YamlTreeReader.MAX_FILE_BYTES) {
                problems.add(display, 0, 0, "", "expected a page of at most " + YamlTreeReader.MAX_FILE_BYTES / 1000
                        + " kB, found " + (size + 999) / 1000 + " kB", "check it is the right file; a page is never that big");
                return Optional.empty();
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(display, 0, 0, "", "cannot read the page as UTF-8 text", "save it with the UTF-8 encoding");
            return Optional.empty();
        }
        String name = file.getFileName().toString();
        String id = baseName(name);
        Conversion<String> slug = ValueTypes.ID.convert(new YamlNode.Scalar(id, YamlNode.ScalarKind.STRING, 0, 0));
        if (slug.failed()) {
            // Reported, and the page is read on: its other problems come out in the same run.
            String meant = ValueTypes.suggestSlug(id);
            problems.add(display, 0, 0, "", "the file name becomes the page's address: " + slug.message(),
                    meant.isEmpty() ? slug.hint() : "rename the file to " + meant + ".md");
        }
        List<String> lines = text.lines().toList();
        Origin origin = new Origin(display, "");
        Optional<FieldReader.Read<ContentPage>> incomplete = slug.failed() ? Optional.empty()
                : Optional.of(new FieldReader.Read<>(new ContentPage(id, null, "", origin), false));
        if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
            problems.add(display, 1, 1, "", "expected a front matter block starting with --- on the first line",
                    "start the page with three lines: ---, title: ..., ---");
            return incomplete;
        }
        int end = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(FENCE)) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            problems.add(display, 1, 1, "", "the front matter block is not closed", "add a line --- after the title");
            return incomplete;
        }
        // The front matter is YAML, checked as it is read; the Markdown after it is checked here.
        ControlCharacterCheck.markdown(text, end + 2, display, problems);
        checkMarkdown(String.join("\n", lines.subList(end + 1, lines.size())), display, end + 2, problems);
        // A leading newline keeps the YAML parser's line numbers equal to the file's.
        String frontMatter = "\n" + String.join("\n", lines.subList(1, end));
        Problems local = new Problems();
        Optional<YamlNode> node = yaml.readText(frontMatter, display, local);
        problems.addAll(local);
        if (node.isEmpty()) {
            if (local.isEmpty()) {
                problems.add(display, 2, 1, "title", "missing required field \"title\"", "add a line \"title: ...\"");
            }
            return incomplete;
        }
        RecordReader r = RecordReader.of(display, "", node.get(), problems, new SourceMap(), "the front matter");
        if (r == null) {
            return incomplete;
        }
        String title = r.required("title", ValueTypes.TEXT);
        r.rejectUnknownFields();
        if (r.hasFailed() || slug.failed()) {
            return incomplete;
        }
        String body = String.join("\n", lines.subList(end + 1, lines.size())).strip() + "\n";
        return Optional.of(new FieldReader.Read<>(new ContentPage(id, title, body, origin), true));
    }

    /**
     * Reports where the Markdown {@code text}, which starts on line {@code firstLine} of {@code file}, goes beyond
     * {@link MarkdownLimits}.
     */
    static void checkMarkdown(String text, String file, int firstLine, Problems problems) {
        MarkdownLimits.check(text).ifPresent(excess -> problems.add(file, firstLine - 1 + excess.line(), excess.column(), "",
                excess.message(), excess.hint()));
    }
}
