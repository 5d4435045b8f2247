package be.openboek.hardening;

import be.openboek.testing.ChildJvm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code openboek build} in a separate Java process, with the runtime class path ({@link ChildJvm}), so that it can be
 * killed like a real build (no shutdown hooks, no finally blocks) and so that two can run at once.
 */
final class ChildBuild {

    private final Process process;
    private final Path log;

    private ChildBuild(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code build --source source --output output [extra...]} without {@code SOURCE_DATE_EPOCH} unless
     * {@code env} sets it. The log goes in the test's temporary folder, and so do the child's own temporary files.
     */
    static ChildBuild start(Path source, Path output, Path log, Map<String, String> env, String... extra) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("build", "--source", source.toString(), "--output", output.toString()));
        arguments.addAll(List.of(extra));
        List<String> command = ChildJvm.command(log.toAbsolutePath().getParent(), "be.openboek.Main", arguments.toArray(String[]::new));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("SOURCE_DATE_EPOCH");
        builder.environment().putAll(env);
        return new ChildBuild(builder.start(), log);
    }

    static ChildBuild start(Path source, Path output, Path log) throws IOException {
        return start(source, output, log, Map.of());
    }

    /** Waits for the end (at most two minutes) and returns the exit code. */
    int exitCode() throws InterruptedException {
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the build did not end within two minutes: " + output());
        }
        return process.exitValue();
    }

    /** Kills the process as {@code kill -9} would and waits until it is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(1, TimeUnit.MINUTES);
    }

    /** What the process printed, standard output and error together. */
    String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }
}
