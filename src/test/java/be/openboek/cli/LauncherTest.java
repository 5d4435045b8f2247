package be.openboek.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The options {@code bin/openboek} gives the JVM: the quick compiler only for a short build, both compilers for a build
 * of many records and for serve. Run with a stand-in {@code java} that writes down its arguments, so no JVM starts.
 */
class LauncherTest {

    @Test
    void aSmallBuildCompilesQuicklyALargeOneAlsoOptimises(@TempDir Path tmp) throws Exception {
        Path small = project(tmp.resolve("small"), 20);
        Path large = project(tmp.resolve("large"), 5_001);

        assertTrue(launch(tmp, "build", "--source", small.toString()).contains("-XX:TieredStopAtLevel=1"));
        assertTrue(launch(tmp, "build", "--source=" + small).contains("-XX:TieredStopAtLevel=1"));
        assertFalse(launch(tmp, "build", "--source", large.toString()).contains("-XX:TieredStopAtLevel=1"));
        assertFalse(launch(tmp, "build", "--quiet", "--source=" + large).contains("-XX:TieredStopAtLevel=1"));
        assertFalse(launch(tmp, "serve", "--source", small.toString()).contains("-XX:TieredStopAtLevel=1"));
        List<String> args = launch(tmp, "build", "--source", large.toString());
        assertEquals(List.of("build", "--source", large.toString()), args.subList(args.size() - 3, args.size()),
                "the command's own arguments go to the jar unchanged");
    }

    /** A project folder with {@code records} record files under {@code data/projects}. */
    private static Path project(Path root, int records) throws IOException {
        Path projects = Files.createDirectories(root.resolve("data/projects"));
        for (int i = 0; i < records; i++) {
            Files.writeString(projects.resolve("p" + i + ".yaml"), "id: p" + i + "\n");
        }
        return root;
    }

    /** The arguments the launcher passed to {@code java}, one per line. */
    private static List<String> launch(Path tmp, String... args) throws Exception {
        Path home = tmp.resolve("jdk");
        Path java = home.resolve("bin/java");
        Path written = tmp.resolve("args.txt");
        if (!Files.exists(java)) {
            Files.createDirectories(java.getParent());
            Files.writeString(home.resolve("release"), "JAVA_VERSION=\"17.0.15\"\n");
            Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + written + "'\n");
            Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.writeString(tmp.resolve("openboek.jar"), "not a jar");
        }
        Files.deleteIfExists(written);
        ProcessBuilder launcher = new ProcessBuilder(command(args)).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("launcher.log").toFile());
        launcher.environment().put("JAVA_HOME", home.toString());
        launcher.environment().put("OPENBOEK_JAR", tmp.resolve("openboek.jar").toString());
        launcher.environment().remove("JAVA_OPTS");
        Process process = launcher.start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the launcher ends");
        assertEquals(0, process.exitValue(), Files.readString(tmp.resolve("launcher.log")));
        return Files.readAllLines(written, StandardCharsets.UTF_8);
    }

    private static List<String> command(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("sh", Path.of("bin/openboek").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return command;
    }
}
