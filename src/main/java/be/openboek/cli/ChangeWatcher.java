package be.openboek.cli;

import be.openboek.files.SourceFiles;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;

/**
 * Watches the four source folders of a project (and their subfolders, also those reached through links inside the
 * project, as {@link SourceFiles} walks them) and runs an action once per burst of changes. Opens no file.
 */
final class ChangeWatcher {

    /** Editors save in several steps; wait this long for quiet before rebuilding. */
    private static final long QUIET_MILLIS = 150;

    private final Path project;

    ChangeWatcher(Path project) {
        this.project = project;
    }

    /** Runs {@code onChange} after each burst of changes, until the thread is interrupted. */
    void run(Runnable onChange) throws IOException, InterruptedException {
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            register(watcher);
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watcher.take();
                drain(key);
                WatchKey more;
                while ((more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                register(watcher);
                onChange.run();
            }
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    private void register(WatchService watcher) {
        SourceFiles files = SourceFiles.scan(project);
        for (String root : SourceFiles.FOLDERS) {
            for (String folder : files.foldersUnder(root)) {
                try {
                    files.path(folder).register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                            StandardWatchEventKinds.ENTRY_MODIFY);
                } catch (IOException e) {
                    // Gone since the walk: the change that removed it starts a rebuild, which registers again.
                }
            }
        }
    }
}
