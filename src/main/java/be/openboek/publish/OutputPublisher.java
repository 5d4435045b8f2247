package be.openboek.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * Puts a freshly built site in place of the old one by renaming folders, so the output folder holds
 * either the previous complete site or the new complete site, never a half-written one.
 */
public final class OutputPublisher {

    private static final String PREVIOUS = ".previous";

    private OutputPublisher() {
    }

    /**
     * A fresh folder beside {@code output} (same file system, so the final rename is atomic). First repairs what a
     * stopped build left: puts the previous site back and deletes old temporary folders. Call it only while
     * holding the {@link BuildLock}, or it could delete the folder another build is writing.
     */
    public static Path workFolder(Path output) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        restoreIfInterrupted(target);
        String prefix = workPrefix(target);
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path leftover : siblings.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList()) {
                deleteTree(leftover);
            }
        }
        return Files.createTempDirectory(parent, prefix);
    }

    /** The name start of the temporary folders of {@code output}: {@code .site.build-} for {@code site}. */
    public static String workPrefix(Path output) {
        return "." + output.toAbsolutePath().normalize().getFileName() + ".build-";
    }

    /** Replaces {@code output} by {@code built}; the old site is deleted once the new one is in place. */
    public static void publish(Path built, Path output) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        Path previous = target.resolveSibling(target.getFileName() + PREVIOUS);
        deleteTree(previous);
        if (Files.exists(target)) {
            move(target, previous);
        }
        move(built, target);
        deleteTree(previous);
    }

    /** If a build was stopped between its two renames, the previous site is put back. */
    static void restoreIfInterrupted(Path output) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        Path previous = target.resolveSibling(target.getFileName() + PREVIOUS);
        if (!Files.exists(target) && Files.isDirectory(previous)) {
            move(previous, target);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a folder and everything in it; nothing when it does not exist. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
