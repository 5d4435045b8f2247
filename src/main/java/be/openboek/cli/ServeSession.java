package be.openboek.cli;

import be.openboek.build.Build;
import be.openboek.build.LiveBuild;
import be.openboek.build.Outcome;
import be.openboek.publish.OutputFolder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code serve} runs: builds the site, serves it on the loopback address and rebuilds it on every
 * change in data/, content/, templates/ and assets/, until closed. Problems are printed; the last good
 * site stays served.
 */
final class ServeSession implements AutoCloseable {

    private final SiteServer server;
    private final Thread watcher;

    private ServeSession(SiteServer server, Thread watcher) {
        this.server = server;
        this.watcher = watcher;
    }

    /**
     * Builds {@code root} into {@code output}, serves it on {@code port} (0 picks a free one) and starts
     * watching for changes.
     */
    static ServeSession start(Path root, Path output, int port, PrintWriter out, PrintWriter err) throws IOException, OutputFolder.Refused {
        return start(root, output, false, port, out, err);
    }

    /**
     * Like {@link #start(Path, Path, int, PrintWriter, PrintWriter)}; {@code force} lets it replace an output folder
     * holding files that Openboek did not write.
     *
     * @throws OutputFolder.Refused when the output folder may not be written; checked before anything else, since the
     *                              folder is served even when the records have problems
     */
    static ServeSession start(Path root, Path output, boolean force, int port, PrintWriter terminalOut, PrintWriter terminalErr)
            throws IOException, OutputFolder.Refused {
        // Its messages echo file names and values: whoever started it, they reach a terminal only through a TerminalWriter.
        PrintWriter out = TerminalWriter.printer(terminalOut);
        PrintWriter err = TerminalWriter.printer(terminalErr);
        OutputFolder folder = OutputFolder.of(root, output, force);
        folder.checkNothingInTheWay();
        folder.checkReplaceable();
        java.util.concurrent.atomic.AtomicReference<ServeStatus> status =
                new java.util.concurrent.atomic.AtomicReference<>(new ServeStatus(0, List.of()));
        // The first build is a full one; later ones update the folder in place (see LiveBuild): the open page reloads
        // when the changed record's pages are in place, and again when the rest followed.
        LiveBuild live = new LiveBuild(root, output, force);
        Runnable rebuild = () -> {
            Outcome outcome = live.rebuild(() -> status.updateAndGet(s -> new ServeStatus(s.version() + 1, List.of())));
            if (outcome.ok()) {
                // Once more now that the lists, home page and datasets followed the record's own pages.
                status.updateAndGet(s -> new ServeStatus(s.version() + 1, List.of()));
                out.println("Site rebuilt.");
                out.flush();
            } else {
                status.updateAndGet(s -> new ServeStatus(s.version() + 1, outcome.problems()));
                Reporter.print(outcome.problems(), err, "the previous site is still served");
            }
        };
        rebuild.run();
        SiteServer server = SiteServer.start(output, port, status::get);
        Thread watcher = new Thread(() -> {
            try {
                new ChangeWatcher(root).run(rebuild);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException | java.nio.file.ClosedWatchServiceException e) {
                err.println("openboek: stopped watching for changes: " + e.getMessage());
                err.flush();
            }
        }, "openboek-watcher");
        watcher.setDaemon(true);
        watcher.start();
        return new ServeSession(server, watcher);
    }

    int port() {
        return server.port();
    }

    /** Waits until the watcher stops (in practice: until the process is stopped with Ctrl+C). */
    void await() throws InterruptedException {
        watcher.join();
    }

    @Override
    public void close() {
        watcher.interrupt();
        server.close();
        try {
            watcher.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
