package be.openboek.cli;

import be.openboek.timing.Progress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * One updating line on standard error that shows a long build's stage and pages done out of the total, so that a
 * 100,000-record build is not minutes of silence. It appears only after {@link #DELAY} (a quick build shows
 * nothing), only on a terminal (never in a log or a pipe, where the carriage returns would be noise) and not with
 * {@code --quiet}; it is wiped before the build's own output follows.
 */
final class ProgressLine implements AutoCloseable {

    static final Duration DELAY = Duration.ofSeconds(2);
    static final Duration INTERVAL = Duration.ofMillis(250);

    private static final String CLEAR_LINE = "\r\u001B[K";

    private final PrintWriter err;
    private final Progress progress;
    private final Thread thread;
    private volatile boolean stopped;
    private boolean shown;

    private ProgressLine(PrintWriter err, Progress progress, Duration delay, Duration interval) {
        this.err = err;
        this.progress = progress;
        this.thread = new Thread(() -> run(delay, interval), "openboek-progress");
        thread.setDaemon(true);
    }

    /** A progress line when standard error belongs to a terminal and {@code quiet} is off; else one that shows nothing. */
    static ProgressLine start(PrintWriter err, Progress progress, boolean quiet) {
        return start(err, progress, !quiet && errorIsTerminal(System.console() != null, ProgressLine::standardErrorTarget),
                DELAY, INTERVAL);
    }

    /**
     * Whether standard error is a terminal. Java tells only whether the program has a console (standard input and
     * output on a terminal), which stays so in {@code openboek build 2>build.log}; where the system names what a file
     * descriptor is open on (Linux's {@code /proc/self/fd/2}), a file or a pipe there is no terminal either.
     *
     * @param console whether the program has a console
     * @param target  what standard error is open on ({@code /dev/pts/1}, {@code /tmp/build.log}, {@code pipe:[123]}),
     *                or null when the system does not say
     */
    static boolean errorIsTerminal(boolean console, Supplier<String> target) {
        if (!console) {
            return false;
        }
        String open = target.get();
        return open == null || open.startsWith("/dev/pts/") || open.startsWith("/dev/tty") || open.equals("/dev/console");
    }

    private static String standardErrorTarget() {
        try {
            return Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return null;
        }
    }

    /** As {@link #start(PrintWriter, Progress, boolean)}, with the decision and the timing given (for tests). */
    static ProgressLine start(PrintWriter err, Progress progress, boolean show, Duration delay, Duration interval) {
        ProgressLine line = new ProgressLine(err, progress, delay, interval);
        if (show) {
            line.thread.start();
        }
        return line;
    }

    /** The line for one moment: {@code record pages 1.234/10.000} (Belgian thousands, as the site writes counts). */
    static String text(Progress.Snapshot now) {
        if (now.stage().isEmpty()) {
            return "openboek: starting";
        }
        if (now.total() <= 0) {
            return "openboek: " + now.stage();
        }
        return String.format(Locale.ROOT, "openboek: %s %s/%s (%d%%)", now.stage(), count(now.done()), count(now.total()),
                (int) (100L * now.done() / now.total()));
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', '.');
    }

    private void run(Duration delay, Duration interval) {
        try {
            Thread.sleep(delay.toMillis());
            while (!stopped) {
                synchronized (this) {
                    if (stopped) {
                        return;
                    }
                    err.print(CLEAR_LINE + text(progress.now()));
                    err.flush();
                    shown = true;
                }
                Thread.sleep(interval.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the line and wipes it, if it was ever shown. */
    @Override
    public void close() {
        synchronized (this) {
            stopped = true;
            if (shown) {
                err.print(CLEAR_LINE);
                err.flush();
            }
        }
        thread.interrupt();
    }
}
