package be.openboek.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * Puts a freshly built site in place of the old one by renaming folders, so the output folder holds
 * either the previous complete site or the new complete site, never a half-written one. Beside the output it deletes
 * only what is Openboek's: a previous site known by its manifest, work folders known by their mark.
 */
public final class OutputPublisher {

    private static final String PREVIOUS = ".previous";

    /** The file that marks a work folder as Openboek's, so that a later build may delete it. */
    public static final String WORK_MARK = ".openboek-build";

    private static final String WORK_MARK_TEXT = "A temporary folder of an Openboek build; the next build into the same "
            + "output folder deletes it.\n";

    private OutputPublisher() {
    }

    /**
     * A fresh folder beside {@code output} (same file system, so the final rename is atomic), with Openboek's mark.
     * First repairs what a stopped build left: puts the previous site back and deletes old work folders (only those
     * with the mark, or empty: one stopped right after creating it). Call it only while holding the {@link BuildLock},
     * or it could delete the folder another build is writing.
     */
    public static Path workFolder(Path output) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        restoreIfInterrupted(target);
        String prefix = workPrefix(target);
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path leftover : siblings.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList()) {
                if (isWorkFolder(leftover)) {
                    deleteTree(leftover, WORK_MARK);
                }
            }
        }
        Path work = Files.createTempDirectory(parent, prefix);
        Files.writeString(work.resolve(WORK_MARK), WORK_MARK_TEXT, StandardCharsets.UTF_8);
        return work;
    }

    /** The name start of the temporary folders of {@code output}: {@code .site.build-} for {@code site}. */
    public static String workPrefix(Path output) {
        return "." + output.toAbsolutePath().normalize().getFileName() + ".build-";
    }

    /** Where the previous site waits while the new one is put in place: {@code site.previous} for {@code site}. */
    public static Path previousFolder(Path output) {
        Path target = output.toAbsolutePath().normalize();
        return target.resolveSibling(target.getFileName() + PREVIOUS);
    }

    /** Whether {@code folder} is a previous site Openboek set aside (or an empty folder), which a build may delete. */
    static boolean isOldSite(Path folder) {
        return Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) && (SiteManifest.marks(folder) || OutputFolder.isEmpty(folder));
    }

    /**
     * Replaces {@code output} by {@code built}; the old site is deleted once the new one is in place. A previous site
     * left beside it by a stopped build is deleted first, but only when it is Openboek's.
     */
    public static void publish(Path built, Path output) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        Path previous = previousFolder(target);
        if (Files.exists(previous, LinkOption.NOFOLLOW_LINKS)) {
            if (!isOldSite(previous)) {
                throw new FileSystemException(previous.toString(), null, "in the way and not written by Openboek");
            }
            deleteTree(previous, SiteManifest.FILE);
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            move(target, previous);
        }
        move(built, target);
        // What was set aside just now was the output folder this build was allowed to replace.
        deleteTree(previous, SiteManifest.FILE);
    }

    /** If a build was stopped between its two renames, the previous site is put back (only a site of Openboek's). */
    static void restoreIfInterrupted(Path output) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        Path previous = previousFolder(target);
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(previous, LinkOption.NOFOLLOW_LINKS)
                && SiteManifest.marks(previous)) {
            move(previous, target);
        }
    }

    /** Deletes a work folder made by {@link #workFolder}, its mark last. */
    public static void deleteWorkFolder(Path work) throws IOException {
        deleteTree(work, WORK_MARK);
    }

    private static boolean isWorkFolder(Path folder) {
        return Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                && (Files.isRegularFile(folder.resolve(WORK_MARK), LinkOption.NOFOLLOW_LINKS) || OutputFolder.isEmpty(folder));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a folder and everything in it; nothing when it does not exist. Symbolic links are deleted, not followed. */
    public static void deleteTree(Path root) throws IOException {
        deleteTree(root, null);
    }

    /**
     * Deletes a folder with everything in it, the file {@code markLast} at its root just before the folder itself: a
     * build stopped halfway leaves a folder that still carries its mark, which the next build recognises and deletes.
     */
    private static void deleteTree(Path root, String markLast) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Path mark = markLast == null ? null : root.resolve(markLast);
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!file.equals(mark)) {
                    Files.delete(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                if (dir.equals(root) && mark != null) {
                    Files.deleteIfExists(mark);
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
