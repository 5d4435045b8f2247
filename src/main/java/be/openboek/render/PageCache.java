package be.openboek.render;

import be.openboek.files.SourceFiles;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * What the previous build rendered, for incremental builds: per page of the {@link PagePlan}, the hash of the page
 * itself and the {@link PageInputs} it read with their hashes, under the hash of the templates and of the
 * generator. A page whose entries all match is taken over from the previous site instead of being rendered;
 * since everything else is made afresh, the result is the same as a full build. The cache is one text file:
 * <pre>
 * openboek-page-cache 1 &lt;templates and generator hash&gt;
 * input &lt;name&gt; &lt;hash&gt;
 * page &lt;uri&gt; &lt;page hash&gt; &lt;input name&gt; ...
 * </pre>
 */
public final class PageCache implements PageReuse {

    /** How every cache file of Openboek's starts, whatever its version: the mark a build may replace it by. */
    private static final String MARK = "openboek-page-cache ";

    private static final String HEADER = MARK + "1 ";

    /** The cache's name in its folder. */
    private static final String FILE = "pages.txt";

    /** A page as recorded: its own hash and the inputs it read. */
    private record Entry(String self, List<String> inputs) {
    }

    private final Path previousSite;
    private final String generation;
    private final Map<String, String> oldInputs;
    private final Map<String, Entry> oldPages;
    private final Map<String, Entry> pages = new ConcurrentHashMap<>();
    private final Set<String> reused = ConcurrentHashMap.newKeySet();
    private PageInputs inputs;

    private PageCache(Path previousSite, String generation, Map<String, String> oldInputs, Map<String, Entry> oldPages) {
        this.previousSite = previousSite;
        this.generation = generation;
        this.oldInputs = oldInputs;
        this.oldPages = oldPages;
    }

    /** Where the page cache of {@code output} is kept: beside it, e.g. {@code target/.site.cache/pages.txt}. */
    public static Path besideOutput(Path output) {
        Path target = output.toAbsolutePath().normalize();
        return target.resolveSibling("." + target.getFileName() + ".cache").resolve(FILE);
    }

    /**
     * Whether {@code folder} can be a cache folder of Openboek's, which a build may write into: a folder (not a link)
     * that is empty or holds only a cache file starting as this class writes it. Reads no more than that start.
     */
    public static boolean isCacheFolder(Path folder) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.allMatch(entry -> entry.getFileName().toString().equals(FILE) && isCacheFile(entry));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean isCacheFile(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return new String(in.readNBytes(MARK.length()), StandardCharsets.UTF_8).equals(MARK);
        } catch (IOException e) {
            return false;
        }
    }

    /** A cache that reuses nothing (a full build) but records what this build renders. */
    public static PageCache empty(Path templates) throws IOException {
        return new PageCache(null, generation(templates), Map.of(), Map.of());
    }

    /**
     * The cache of the build that wrote {@code previousSite}, read from {@code file}; empty when there is none, it
     * cannot be read, or the templates or the generator changed since.
     */
    public static PageCache read(Path file, Path previousSite, Path templates) throws IOException {
        String generation = generation(templates);
        if (!Files.isRegularFile(file) || !Files.isDirectory(previousSite)) {
            return empty(templates);
        }
        Map<String, String> inputs = new HashMap<>();
        Map<String, Entry> pages = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!(HEADER + generation).equals(in.readLine())) {
                return empty(templates);
            }
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(" ");
                if (f[0].equals("input") && f.length == 3) {
                    inputs.put(f[1], f[2]);
                } else if (f[0].equals("page") && f.length >= 3) {
                    pages.put(f[1], new Entry(f[2], List.of(f).subList(3, f.length)));
                } else {
                    return empty(templates);
                }
            }
        } catch (IOException | RuntimeException e) {
            // A damaged cache only costs a full build.
            return empty(templates);
        }
        return new PageCache(previousSite, generation, inputs, pages);
    }

    /** Binds the cache to the inputs of this build; called once before rendering. */
    void use(PageInputs current) {
        this.inputs = current;
    }

    /**
     * When {@code page} is unchanged since the previous build, copies its file from the previous site into
     * {@code destination} and returns true; else returns false and the page must be rendered.
     */
    @Override
    public boolean reuse(Page page, Path destination) throws IOException {
        Entry old = oldPages.get(page.uri());
        if (old == null || previousSite == null || !old.self().equals(inputs.hashOf(page))) {
            return false;
        }
        for (String input : old.inputs()) {
            if (!inputs.hash(input).equals(oldInputs.get(input))) {
                return false;
            }
        }
        Path from = previousSite.resolve(page.uri());
        if (!Files.isRegularFile(from)) {
            return false;
        }
        Path to = destination.resolve(page.uri());
        Files.createDirectories(to.getParent());
        try {
            // A hard link costs no copying; safe because no build writes into a published file, it replaces the
            // whole folder (and a page that is rendered again is a new file).
            Files.createLink(to, from);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(from, to);
        }
        pages.put(page.uri(), old);
        reused.add(page.uri());
        return true;
    }

    /** The addresses of the pages taken over from the previous site, so far. */
    public Set<String> reused() {
        return Set.copyOf(reused);
    }

    /** Records that {@code page} was rendered and read {@code read}. */
    @Override
    public void rendered(Page page, Set<String> read) {
        pages.put(page.uri(), new Entry(inputs.hashOf(page), List.copyOf(read)));
    }

    /** What each page of this build read, by address: the rendered pages' inputs and those of the pages taken over. */
    public Map<String, List<String>> inputsByPage() {
        Map<String, List<String>> read = new HashMap<>();
        pages.forEach((uri, entry) -> read.put(uri, entry.inputs()));
        return read;
    }

    /** Writes what this build rendered to {@code file}, for the next build. */
    public void write(Path file) throws IOException {
        // Hashing the inputs (every record's text form, the lists of all of them) is most of the work: on all cores.
        List<String> read = pages.values().stream().flatMap(e -> e.inputs().stream()).distinct().toList();
        read.parallelStream().forEach(inputs::hash);
        Map<String, String> hashes = new TreeMap<>();
        read.forEach(i -> hashes.put(i, inputs.hash(i)));
        Files.createDirectories(file.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER + generation + "\n");
            for (Map.Entry<String, String> input : hashes.entrySet()) {
                out.write("input " + input.getKey() + " " + input.getValue() + "\n");
            }
            for (Map.Entry<String, Entry> page : new TreeMap<>(pages).entrySet()) {
                out.write("page " + page.getKey() + " " + page.getValue().self()
                        + (page.getValue().inputs().isEmpty() ? "" : " " + String.join(" ", page.getValue().inputs())) + "\n");
            }
        }
    }

    /**
     * The hash of every file under templates/ (any layout, any language) and of the generator's own code. Reads only
     * what a {@link SourceFiles} walk accepts: the bake refuses the rest.
     */
    public static String generation(Path templates) throws IOException {
        MessageDigest sha = PageInputs.sha256();
        Path folder = templates.toAbsolutePath().normalize();
        String name = folder.getFileName().toString();
        SourceFiles files = SourceFiles.scan(folder.getParent(), name);
        for (String file : files.filesUnder(name)) {
            sha.update(file.substring(name.length() + 1).getBytes(StandardCharsets.UTF_8));
            SourceFiles.requireRegularFile(files.path(file));
            sha.update(Files.readAllBytes(files.path(file)));
        }
        sha.update(codeVersion().getBytes(StandardCharsets.UTF_8));
        return java.util.HexFormat.of().formatHex(sha.digest());
    }

    /** The jar's size and time: a new generator (other labels, other Java code) starts with a full build. */
    private static String codeVersion() {
        try {
            Path code = Path.of(PageCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return code + " " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis();
            }
            return code.toString();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }
}
