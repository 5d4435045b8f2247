package be.openboek.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a separate Java process that runs Openboek's own code, for tests that need a real process (one
 * they can kill, or two at once). The child gets our classes and their runtime dependencies only, as in the jar a user
 * runs, not the test class path with Selenium, POI, the Nu Html Checker and the rest: it starts sooner, and a class
 * only the tests bring cannot make it pass. Maven writes that class path to a file before the tests
 * ({@code runtime.classpath.file}, see the pom).
 */
public final class ChildJvm {

    /**
     * What makes a short run cheap, as {@code bin/openboek} does: quick compilation only (about half the CPU time of a
     * build), the serial collector, the JDK's class archive, and no {@code hsperfdata} file, which a killed JVM would
     * leave in the temporary folder.
     */
    static final List<String> FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-XX:-UsePerfData");

    private static String classpath;

    private ChildJvm() {
    }

    /**
     * {@code java [flags] -cp <runtime class path> mainClass args...}, with {@code tmp} as the child's temporary
     * folder, so that whatever a killed child leaves there is removed with the test's own temporary folder.
     */
    public static List<String> command(Path tmp, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(FLAGS);
        command.add("-Djava.io.tmpdir=" + tmp.toAbsolutePath());
        command.add("-cp");
        command.add(classpath());
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }

    /** Our compiled classes, then the runtime dependencies Maven listed. */
    static synchronized String classpath() {
        if (classpath == null) {
            String file = System.getProperty("runtime.classpath.file");
            String classes = System.getProperty("runtime.classes");
            if (file == null || classes == null || !Files.isRegularFile(Path.of(file))) {
                throw new IllegalStateException("the runtime class path is unknown (runtime.classpath.file=" + file
                        + "); run the tests through Maven, or once `mvn -o generate-test-resources` and pass -Druntime.classpath.file="
                        + "target/runtime-classpath.txt -Druntime.classes=target/classes");
            }
            try {
                classpath = classes + java.io.File.pathSeparator + Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return classpath;
    }
}
