package be.openboek.cli;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that answer the preview's requests, each request within a time limit.
 *
 * <p>The JDK's server reads a request (line and headers) on the thread its executor gives the exchange; without an
 * executor that is its one dispatcher thread, so a client that sends half a request line holds up every other
 * client. Here several workers take the exchanges, and each exchange has a deadline: the request must be read within
 * {@link Limits#request()}, the answer taken within {@link Limits#answer()} after that. A worker past its deadline is
 * interrupted; the JDK's socket channels are interruptible, so the blocked read or write ends and the connection is
 * closed. The JDK has timeouts of its own ({@code sun.net.httpserver.maxReqTime} and {@code maxRspTime}), but they
 * are system properties read once per JVM by whichever server starts first; these limits hold for this server
 * whatever else runs in the JVM.
 */
final class ServerWorkers implements Executor, AutoCloseable {

    /**
     * What one client may take.
     *
     * @param workers how many requests are answered at the same time (threads are started only when needed)
     * @param request how long a client may take to send its request line and headers
     * @param answer  how long a client may take to take the answer once its request was read
     */
    record Limits(int workers, Duration request, Duration answer) {

        /**
         * On the loopback interface a request arrives in milliseconds and the largest file of a site (a dataset zip)
         * is read in well under a second; a browser opens at most six connections to a host.
         */
        static final Limits DEFAULT = new Limits(32, Duration.ofSeconds(5), Duration.ofSeconds(30));
    }

    private final Limits limits;
    private final ThreadPoolExecutor pool;
    private final ScheduledExecutorService clock;
    private final ThreadLocal<Deadline> current = new ThreadLocal<>();

    ServerWorkers(Limits limits) {
        this.limits = limits;
        AtomicInteger count = new AtomicInteger();
        pool = new ThreadPoolExecutor(limits.workers(), limits.workers(), 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                task -> daemon(task, "openboek-serve-" + count.incrementAndGet()));
        pool.allowCoreThreadTimeOut(true);
        clock = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "openboek-serve-deadlines"));
    }

    @Override
    public void execute(Runnable exchange) {
        pool.execute(() -> {
            Deadline deadline = new Deadline(Thread.currentThread());
            current.set(deadline);
            try {
                deadline.restart(limits.request());
                exchange.run();
            } finally {
                deadline.end();
                current.remove();
            }
        });
    }

    /** Called by the handler once the JDK read the request: from now on the answer's limit applies. */
    void requestRead() {
        Deadline deadline = current.get();
        if (deadline != null) {
            deadline.restart(limits.answer());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
        clock.shutdownNow();
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    /** The alarm of one exchange: interrupts its worker when it goes off before the exchange ended. */
    private final class Deadline {

        private final Thread worker;
        private ScheduledFuture<?> alarm;
        private int generation;
        private boolean ended;

        Deadline(Thread worker) {
            this.worker = worker;
        }

        synchronized void restart(Duration limit) {
            if (alarm != null) {
                alarm.cancel(false);
            }
            // An alarm already going off waits for this lock; its old generation tells it that it was replaced.
            int current = ++generation;
            alarm = clock.schedule(() -> expire(current), limit.toMillis(), TimeUnit.MILLISECONDS);
        }

        private synchronized void expire(int of) {
            if (!ended && of == generation) {
                worker.interrupt();
            }
        }

        void end() {
            synchronized (this) {
                ended = true;
                if (alarm != null) {
                    alarm.cancel(false);
                }
            }
            // An alarm that went off just before the end must not cut off the next exchange on this worker.
            Thread.interrupted();
        }
    }
}
