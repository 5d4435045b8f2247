package be.openboek.files;

import be.openboek.problem.Problem;
import be.openboek.problem.Problems;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The files of a project's source folder that the build may read, found by walking {@code data/}, {@code content/},
 * {@code templates/} and {@code assets/} once, before anything is read, without opening any file. Regular files and
 * folders are taken, also through symbolic links (to files or folders, in chains, inside linked folders) as long as
 * the link ends inside the project: real paths are compared, so the project itself may be reached through a link.
 * Everything else is refused with a problem naming it (project-relative) and left out of every listing, so that no
 * stage opens it: a link out of the project (whose target would be published or echoed), a link to nothing or back
 * to itself, and every special file (a named pipe blocks the reader, a device never ends, a socket cannot be read).
 * Immutable once made, so several threads may ask it at once.
 */
public final class SourceFiles {

    /** The folders the build reads. */
    public static final List<String> FOLDERS = List.of("data", "content", "templates", "assets");
    /** Far more than any project holds (100,000 records); a bound on what links that repeat folders can make of a tree. */
    static final int MAX_ENTRIES = 500_000;

    private final Path root;
    private final Path realRoot;
    /** Below this many names a folder's entries are looked at one by one; from it on, on all cores. */
    static final int PARALLEL_FROM = 256;

    /**
     * A regular file's size and modification time as the walk found them (through its links), for a reader that
     * keeps what it read between builds and reads a file again only when these changed.
     */
    public record Stamp(long size, FileTime modified) {
    }

    /** Each regular file the build may read, with its stamp. */
    private final Map<String, Stamp> files = new HashMap<>();
    /** Each accepted folder with the names of the files and folders it holds that were accepted. */
    private final Map<String, SortedSet<String>> folders = new TreeMap<>();
    private final Map<String, Problem> refused = new HashMap<>();
    private final Problems problems = new Problems();
    private int entries;

    private SourceFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
        Path real;
        try {
            real = this.root.toRealPath();
        } catch (IOException e) {
            real = this.root;
        }
        this.realRoot = real;
    }

    /** Walks the four folders of {@link #FOLDERS} in {@code root}. */
    public static SourceFiles scan(Path root) {
        return scan(root, FOLDERS.toArray(String[]::new));
    }

    /** Walks the named folders of {@code root} (a missing folder is not a problem here). */
    public static SourceFiles scan(Path root, String... folders) {
        SourceFiles scan = new SourceFiles(root);
        for (String folder : folders) {
            scan.take(folder, scan.root.resolve(folder), scan.realRoot.resolve(folder), new HashSet<>(Set.of(scan.realRoot)));
        }
        return scan;
    }

    /** The refused files, each with what it is and a hint; empty when every file may be read. */
    public Problems problems() {
        return problems;
    }

    /** Whether {@code relative} (e.g. {@code data/sources.yaml}) is a regular file the build may read. */
    public boolean isFile(String relative) {
        return files.containsKey(relative);
    }

    /** The size and modification time the walk found for the file {@code relative}, or null when it is not one. */
    public Stamp stamp(String relative) {
        return files.get(relative);
    }

    /** Whether {@code relative} is a folder the build may read. */
    public boolean isFolder(String relative) {
        return folders.containsKey(relative);
    }

    /** The problem of {@code relative} or of the folder holding it, when one of them is refused. */
    public Optional<Problem> refusal(String relative) {
        for (String path = relative; !path.isEmpty(); path = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "") {
            Problem problem = refused.get(path);
            if (problem != null) {
                return Optional.of(problem);
            }
        }
        return Optional.empty();
    }

    /** The names of what {@code folder} holds, sorted, without what was refused; empty for no folder. */
    public List<String> names(String folder) {
        return List.copyOf(folders.getOrDefault(folder, new TreeSet<>()));
    }

    /** The names of what was refused in {@code folder} itself, sorted. */
    public List<String> refusedIn(String folder) {
        return refused.keySet().stream().filter(path -> path.startsWith(folder + "/") && path.indexOf('/', folder.length() + 1) < 0)
                .map(path -> path.substring(folder.length() + 1)).sorted().toList();
    }

    /** The files and folders {@code folder} holds, sorted by name, without what was refused. */
    public List<Path> list(String folder) {
        return names(folder).stream().map(name -> root.resolve(folder + "/" + name)).toList();
    }

    /** Every file the build may read under {@code folder}, at any depth, as project-relative paths in sorted order. */
    public List<String> filesUnder(String folder) {
        List<String> found = new ArrayList<>();
        collect(folder, found, true);
        return found;
    }

    /** {@code folder} and every folder under it, as project-relative paths, parents first. */
    public List<String> foldersUnder(String folder) {
        List<String> found = new ArrayList<>();
        if (isFolder(folder)) {
            found.add(folder);
            collect(folder, found, false);
        }
        return found;
    }

    /** The path of {@code relative} in the project, as the user named the project (links are not resolved). */
    public Path path(String relative) {
        return root.resolve(relative);
    }

    /**
     * Fails unless {@code file} is (or links to) a regular file. Every reader calls it just before opening a file the
     * walk accepted, in case it was replaced since by a pipe or a device; it opens nothing.
     */
    public static void requireRegularFile(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new FileSystemException(file.toString(), null, "not a regular file");
        }
    }

    private void collect(String folder, List<String> found, boolean wantFiles) {
        for (String name : folders.getOrDefault(folder, new TreeSet<>())) {
            String path = folder + "/" + name;
            if (files.containsKey(path) == wantFiles) {
                found.add(path);
            }
            if (folders.containsKey(path)) {
                collect(path, found, wantFiles);
            }
        }
    }

    /**
     * Takes {@code path} (project-relative {@code relative}) when it may be read, walking into it when it is a folder.
     *
     * @param real    its real path when it is not a link
     * @param walking the real paths of the folders being walked into, to notice a link back to one of them
     */
    private void take(String relative, Path path, Path real, Set<Path> walking) {
        take(relative, null, null, path, real, walking, null);
    }

    /**
     * As {@link #take(String, Path, Path, Set)}, for the entry {@code name} of the folder whose accepted names are
     * {@code names} (null for one of the four folders), with what {@code path} is when already looked at (then
     * {@code real} is not needed), else null.
     */
    private void take(String relative, String name, SortedSet<String> names, Path path, Path real, Set<Path> walking,
            FileLook looked) {
        if (++entries > MAX_ENTRIES) {
            if (entries == MAX_ENTRIES + 1) {
                refuse(relative, FileLook.refused("more than " + MAX_ENTRIES + " files and folders in the project",
                        "look for symbolic links that repeat folders"));
            }
            return;
        }
        FileLook look = looked != null ? looked : FileLook.at(path, real, realRoot);
        switch (look.kind()) {
            case FILE -> files.put(relative, look.stamp());
            case FOLDER -> {
                if (walking.contains(look.real())) {
                    refuse(relative, FileLook.refused("a symbolic link to a folder that holds it, which would repeat without end",
                            "delete the link"));
                    return;
                }
                folders.put(relative, new TreeSet<>());
                walking.add(look.real());
                walk(relative, path, look.real(), walking);
                walking.remove(look.real());
            }
            case REFUSED -> refuse(relative, look);
            case MISSING -> {
                return;
            }
        }
        if (names != null && !refused.containsKey(relative)) {
            names.add(name);
        }
    }

    private void walk(String relative, Path folder, Path real, Set<Path> walking) {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(children::add);
        } catch (IOException e) {
            folders.remove(relative);
            refuse(relative, FileLook.refused("a folder that cannot be read", "check its permissions"));
            return;
        }
        children.sort(null);
        // A folder of thousands of records: its entries are looked at (a system call each) on all cores first, then
        // taken in order as below. Looking opens nothing, so looking at an entry that is then not taken harms nothing.
        List<FileLook> looks = children.size() < PARALLEL_FROM ? null : children.parallelStream()
                .map(child -> FileLook.at(child, real.resolve(child.getFileName().toString()), realRoot)).toList();
        SortedSet<String> names = folders.get(relative);
        for (int i = 0; i < children.size(); i++) {
            Path child = children.get(i);
            String name = child.getFileName().toString();
            if (looks == null) {
                take(relative + "/" + name, name, names, child, real.resolve(name), walking, null);
            } else {
                take(relative + "/" + name, name, names, child, null, walking, looks.get(i));
            }
        }
    }

    private void refuse(String relative, FileLook look) {
        Problem problem = new Problem(relative, 0, 0, "", "expected a regular file or folder inside the project, found " + look.found(),
                look.hint());
        refused.put(relative, problem);
        problems.add(problem);
    }
}
