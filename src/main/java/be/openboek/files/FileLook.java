package be.openboek.files;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What one path of a project is, found out without opening it: its own attributes (links not followed) and, for a
 * symbolic link, where the whole chain of links ends (its real path) and what is there. Opening a named pipe blocks
 * until someone writes to it and a device never ends, so the type is always known before anything is opened.
 *
 * @param kind  a regular file, a folder, nothing, or something the build must not read
 * @param real  the real path (every link resolved) of a file or folder; null otherwise
 * @param found for a refused path, what it is, e.g. "a named pipe (FIFO)"
 * @param hint  for a refused path, how to fix it
 * @param stamp for a regular file, its size and modification time as the look found them; null otherwise
 */
record FileLook(Kind kind, Path real, String found, String hint, SourceFiles.Stamp stamp) {

    enum Kind { FILE, FOLDER, MISSING, REFUSED }

    private static final String ONLY_FILES = "the build reads only regular files and folders";

    /**
     * Looks at {@code path}.
     *
     * @param real     the real path of {@code path} when it is not a link (its folder's real path and its name)
     * @param realRoot the real path of the project: links must lead inside it
     */
    static FileLook at(Path path, Path real, Path realRoot) {
        BasicFileAttributes own;
        try {
            own = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return new FileLook(Kind.MISSING, null, "", "", null);
        } catch (IOException e) {
            return refused("a file that cannot be examined (" + reason(e) + ")", "check its permissions");
        }
        if (!own.isSymbolicLink()) {
            return ofType(own, path, real, "", "delete it: " + ONLY_FILES);
        }
        Path target;
        BasicFileAttributes end;
        try {
            // Resolves the whole chain of links (only their names are read) and checks what it ends in.
            target = path.toRealPath();
            end = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return refused("a symbolic link to nothing (its target does not exist)", "delete the link, or restore what it points to");
        } catch (IOException e) {
            if (reason(e).contains("levels of symbolic links")) {
                return refused("a symbolic link that cannot be followed (it leads back to itself)", "delete the link");
            }
            return refused("a symbolic link that cannot be followed (" + reason(e) + ")", "delete the link");
        }
        if (!target.startsWith(realRoot)) {
            String what = end.isRegularFile() ? "file" : end.isDirectory() ? "folder" : null;
            return refused("a symbolic link to " + (what != null ? "a " + what : special(target)) + " outside it",
                    what != null ? "copy the " + what + " into the project instead of linking to it, or delete the link"
                            : "delete the link: " + ONLY_FILES);
        }
        return ofType(end, target, target, "a symbolic link to ", "delete the link: " + ONLY_FILES);
    }

    private static FileLook ofType(BasicFileAttributes attributes, Path path, Path real, String via, String hint) {
        if (attributes.isRegularFile()) {
            return new FileLook(Kind.FILE, real, "", "", new SourceFiles.Stamp(attributes.size(), attributes.lastModifiedTime()));
        }
        if (attributes.isDirectory()) {
            return new FileLook(Kind.FOLDER, real, "", "", null);
        }
        return refused(via + special(path), hint);
    }

    static FileLook refused(String found, String hint) {
        return new FileLook(Kind.REFUSED, null, found, hint, null);
    }

    /** Names a file that is neither a regular file nor a folder, from its POSIX mode where the system gives it. */
    private static String special(Path path) {
        try {
            int mode = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            switch (mode & 0170000) {
                case 0010000:
                    return "a named pipe (FIFO)";
                case 0020000:
                    return "a character device";
                case 0060000:
                    return "a block device";
                case 0140000:
                    return "a socket";
                default:
                    break;
            }
        } catch (IOException | RuntimeException e) {
            // No unix attribute view (Windows): say it in general terms.
        }
        return "a special file (not a regular file or folder)";
    }

    private static String reason(IOException e) {
        return e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getClass().getSimpleName();
    }
}
