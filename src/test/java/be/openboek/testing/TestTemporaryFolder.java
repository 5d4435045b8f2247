package be.openboek.testing;

import be.openboek.publish.OutputPublisher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Leaves nothing of a test run in the machine's temporary folder. Maven names a folder of the run's own in
 * {@code test.tmpdir} (Chromium's {@code TMPDIR} points there) and gives each test JVM (the suite runs in two, each
 * taking the next test class when it is free) a folder inside it, {@code fork-<n>}, as its {@code java.io.tmpdir}. This
 * listener makes that folder before the JVM's first test and removes it, with all in it, when the JVM ends; the JVM
 * that finds no other JVM's folder left removes the run's folder too. JUnit removes its {@code @TempDir} folders
 * itself, but the agents Jazzer and Mockito unpack, Chromium's scraps and the shared sites would otherwise stay behind
 * after every run.
 *
 * <p>Removal waits for the JVM's end, not for the end of a test plan: with more than one test JVM, Maven's test runner
 * starts a plan per test class, and the shared sites must outlive the class that built them.
 */
public final class TestTemporaryFolder implements TestExecutionListener {

    private static final String FORK_PREFIX = "fork-";
    private static boolean hooked;
    /** This JVM's folder, once its removal is planned. */
    private static Path removing;
    private static final List<Runnable> AT_EXIT = new ArrayList<>();

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        Path folder = ownFolder();
        if (folder == null) {
            return;
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the tests' temporary folder " + folder, e);
        }
        planRemoval(folder);
    }

    private static synchronized void planRemoval(Path folder) {
        if (removing == null) {
            removing = folder;
            ensureHook();
        }
    }

    /**
     * Runs {@code action} as this JVM ends, before its temporary folder is removed: for what works in that folder until
     * then (the shared browser). Without a folder of the run's own (from an IDE) it runs as the JVM ends all the same.
     */
    public static synchronized void atExit(Runnable action) {
        AT_EXIT.add(action);
        ensureHook();
    }

    /** One shutdown hook, so that the actions surely end before the folder goes (JVM hooks run side by side). */
    private static synchronized void ensureHook() {
        if (!hooked) {
            hooked = true;
            Runtime.getRuntime().addShutdownHook(new Thread(TestTemporaryFolder::atJvmEnd, "remove-test-temporary-folder"));
        }
    }

    private static void atJvmEnd() {
        List<Runnable> actions;
        Path folder;
        synchronized (TestTemporaryFolder.class) {
            actions = List.copyOf(AT_EXIT);
            folder = removing;
        }
        for (Runnable action : actions) {
            try {
                action.run();
            } catch (RuntimeException e) {
                System.err.println("a test's action at the end of its JVM failed: " + e);
            }
        }
        if (folder != null) {
            remove(folder);
        }
    }

    private static void remove(Path folder) {
        Path run = Path.of(System.getProperty("test.tmpdir"));
        try {
            deleteTree(folder);
            if (run.equals(folder.getParent()) && !otherJvmsLeft(run)) {
                deleteTree(run);
            }
        } catch (IOException e) {
            System.err.println("could not remove the tests' temporary folder " + folder + ": " + e);
        }
    }

    /** Deletes a tree that another test JVM, ending at the same moment, may be deleting too. */
    private static void deleteTree(Path tree) throws IOException {
        for (int attempt = 1; Files.exists(tree); attempt++) {
            try {
                OutputPublisher.deleteTree(tree);
            } catch (NoSuchFileException removedMeanwhile) {
                if (attempt == 3) {
                    throw removedMeanwhile;
                }
            }
        }
    }

    private static boolean otherJvmsLeft(Path run) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(run, FORK_PREFIX + "*")) {
            return entries.iterator().hasNext();
        } catch (NoSuchFileException removedMeanwhile) {
            return false;
        }
    }

    /**
     * This JVM's own temporary folder, or null when the tests run without one (from an IDE: the usual folder, not
     * ours): {@code java.io.tmpdir} when it is the run's folder or a folder in it.
     */
    private static Path ownFolder() {
        String owned = System.getProperty("test.tmpdir");
        if (owned == null || owned.isBlank()) {
            return null;
        }
        Path run = Path.of(owned);
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        return tmp.equals(run) || run.equals(tmp.getParent()) ? tmp : null;
    }
}
