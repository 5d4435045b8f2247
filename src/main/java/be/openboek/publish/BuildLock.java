package be.openboek.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Optional;

/**
 * An exclusive lock on a file beside the output folder ({@code .site.lock} for {@code site}), held by a build
 * from preparing its temporary folder to the swap, so two builds into the same folder never interleave. The
 * operating system releases it when the process ends, even when it is killed, so a stopped build never blocks
 * the next one. The lock file itself stays: deleting it would let a third build lock a different file. It is always
 * empty; an existing file of that name that is not (or is a link, a folder, a FIFO) is not Openboek's and is not used.
 */
public final class BuildLock implements AutoCloseable {

    private static final long POLL_MILLIS = 100;

    private final FileChannel channel;
    private final FileLock lock;

    private BuildLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of {@code output}: a hidden file beside it. */
    public static Path lockFile(Path output) {
        Path target = output.toAbsolutePath().normalize();
        return target.resolveSibling("." + target.getFileName() + ".lock");
    }

    /** Whether {@code file} can be Openboek's lock file: an empty regular file, not a link. */
    static boolean isLockFile(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attributes.isRegularFile() && attributes.size() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Takes the lock of {@code output}, waiting at most {@code wait} while another build holds it.
     *
     * @return the lock, or empty when another build still held it after {@code wait}
     * @throws IOException when the lock file cannot be created (an unwritable folder) or is not Openboek's
     */
    public static Optional<BuildLock> acquire(Path output, Duration wait) throws IOException {
        Path file = lockFile(output);
        Files.createDirectories(file.getParent());
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !isLockFile(file)) {
            // Opening a FIFO would block, opening a link would create or lock its target.
            throw new FileSystemException(file.toString(), null, "in the way and not written by Openboek");
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    return Optional.of(new BuildLock(channel, lock));
                }
                if (System.nanoTime() - deadline >= 0) {
                    channel.close();
                    return Optional.empty();
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            channel.close();
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // Another build in this same process (the preview server, a test) holds it.
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
