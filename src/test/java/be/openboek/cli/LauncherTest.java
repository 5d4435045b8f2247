package be.openboek.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The options {@code bin/openboek} gives the JVM: the quick compiler only and the serial collector for a build of any
 * size, both compilers for serve; the Java runtime it picks and the AOT cache of Java 25 and newer. Run with a stand-in {@code java} that writes down its arguments, so no JVM starts.
 */
class LauncherTest {

    /** The quick compiler only and the serial collector. */
    private static final List<String> QUICK = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    @Test
    void aBuildOfAnySizeCompilesQuicklyServeAlsoOptimises(@TempDir Path tmp) throws Exception {
        Path small = project(tmp.resolve("small"), 20);
        Path large = project(tmp.resolve("large"), 5_001);

        assertTrue(launch(tmp, "build", "--source", small.toString()).containsAll(QUICK));
        assertTrue(launch(tmp, "build", "--source=" + small).containsAll(QUICK));
        assertTrue(launch(tmp, "build", "--source", large.toString()).containsAll(QUICK));
        assertTrue(launch(tmp, "build", "--quiet", "--source=" + large).containsAll(QUICK));
        List<String> serve = launch(tmp, "serve", "--source", small.toString());
        assertFalse(serve.contains("-XX:TieredStopAtLevel=1") || serve.contains("-XX:+UseSerialGC"), serve.toString());
        List<String> args = launch(tmp, "build", "--source", large.toString());
        assertEquals(List.of("build", "--source", large.toString()), args.subList(args.size() - 3, args.size()),
                "the command's own arguments go to the jar unchanged");
    }

    /**
     * On Java 25 and newer, the first build records what it loads and the cache is assembled from that; the build's
     * output is all the user sees (the JVM's words about recording and assembling are kept out), and later builds read
     * the cache. With a stand-in {@code java} that writes what a real one writes in each mode.
     */
    @Test
    void onJava25TheFirstBuildWritesTheAotCacheWithoutAWordOfItsOwn(@TempDir Path tmp) throws Exception {
        Path small = project(tmp.resolve("small"), 20);
        Path calls = tmp.resolve("calls.txt");
        Path home = fakeJava(tmp.resolve("jdk25"), "25.0.1", calls);
        Path jar = tmp.resolve("openboek.jar");
        Files.writeString(jar, "not a jar");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() - 60_000));

        assertEquals("Site built\n", run(home, jar, tmp, "build", "--source", small.toString()));
        assertTrue(Files.isRegularFile(tmp.resolve("openboek.aot")), "the cache is written");
        try (var left = Files.list(tmp)) {
            assertEquals(List.of(), left.map(f -> f.getFileName().toString()).filter(f -> f.matches("openboek\\.aot\\..*[0-9].*")).toList(),
                    "no part of the cache's making is left behind");
        }
        List<String> first = Files.readAllLines(calls, StandardCharsets.UTF_8);
        assertEquals(2, first.size(), "the build, then the cache's assembly: " + first);
        assertTrue(first.get(0).contains("-XX:AOTMode=record") && first.get(1).contains("-XX:AOTMode=create"), first.toString());

        assertEquals("Site built\n", run(home, jar, tmp, "build", "--source", small.toString()));
        List<String> second = Files.readAllLines(calls, StandardCharsets.UTF_8);
        assertEquals(3, second.size(), second.toString());
        assertTrue(second.get(2).contains("-XX:AOTCache=" + tmp.resolve("openboek.aot")) && !second.get(2).contains("AOTMode"),
                second.get(2));
    }

    /**
     * Without JAVA_HOME, a Java runtime of version 25 or newer installed beside the {@code java} on the PATH is taken
     * (the newest), as it builds the same site sooner; with JAVA_HOME, the runtime it names, whatever its version.
     */
    @Test
    void withoutJavaHomeTheNewestInstalledJava25OrLaterIsTaken(@TempDir Path tmp) throws Exception {
        Path small = project(tmp.resolve("small"), 20);
        Path calls = tmp.resolve("calls.txt");
        Path java17 = fakeJava(tmp.resolve("jdk17"), "17.0.15", calls);
        Path java21 = fakeJava(tmp.resolve("jdk21"), "21.0.4", calls);
        Path java25 = fakeJava(tmp.resolve("jdk25"), "25.0.1", calls);
        Path java26 = fakeJava(tmp.resolve("jdk26"), "26", calls);
        Path jar = tmp.resolve("openboek.jar");
        Files.writeString(jar, "not a jar");

        ProcessBuilder launcher = new ProcessBuilder(command("build", "--source", small.toString())).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("run.log").toFile());
        launcher.environment().remove("JAVA_HOME");
        launcher.environment().put("PATH", java17.resolve("bin") + ":/usr/bin:/bin");
        launcher.environment().put("OPENBOEK_JAVA_DIRS", java21 + " " + java26 + " " + java25);
        launcher.environment().put("OPENBOEK_JAR", jar.toString());
        Process process = launcher.start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the launcher ends");
        assertEquals(0, process.exitValue(), Files.readString(tmp.resolve("run.log")));
        List<String> ran = Files.readAllLines(calls, StandardCharsets.UTF_8);
        assertTrue(ran.get(0).startsWith("26 "), ran.toString());

        Files.delete(calls);
        launcher.environment().put("OPENBOEK_JAVA_DIRS", java21.toString());
        assertEquals(0, launcher.start().waitFor(), Files.readString(tmp.resolve("run.log")));
        assertTrue(Files.readAllLines(calls, StandardCharsets.UTF_8).get(0).startsWith("17 "), "none newer: the one on the PATH");

        Files.delete(calls);
        run(java17, jar, tmp, "build", "--source", small.toString());
        assertTrue(Files.readAllLines(calls, StandardCharsets.UTF_8).get(0).startsWith("17 "), "JAVA_HOME decides");
    }

    /**
     * A stand-in Java runtime of {@code version} in {@code home}, whose {@code java} writes its feature version and
     * arguments as a line of {@code calls} and what a real one writes in each AOT mode.
     */
    private static Path fakeJava(Path home, String version, Path calls) throws IOException {
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
        Files.writeString(java, String.join("\n", "#!/bin/sh",
                "echo \"" + version.split("\\.")[0] + " $*\" >> '" + calls + "'",
                "mode=; conf=; cache=; shown=yes",
                "for a in \"$@\"; do case \"$a\" in",
                "  -XX:AOTMode=*) mode=${a#-XX:AOTMode=} ;;",
                "  -XX:AOTConfiguration=*) conf=${a#-XX:AOTConfiguration=} ;;",
                "  -XX:AOTCache=*) cache=${a#-XX:AOTCache=} ;;",
                "  -XX:-DisplayVMOutput) shown=no ;;",
                "esac; done",
                "case \"$mode\" in",
                "  record) echo 'Site built'; echo recorded > \"$conf\"; [ $shown = yes ] && echo \" AOTConfiguration recorded: $conf\" ;;",
                "  create) echo \"Reading AOTConfiguration $conf and writing AOTCache $cache\"; echo cache > \"$cache\" ;;",
                "  *) echo 'Site built' ;;",
                "esac",
                "exit 0", ""));
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }

    /** What the launcher printed, standard output and error together. */
    private static String run(Path home, Path jar, Path tmp, String... args) throws Exception {
        Path log = tmp.resolve("run.log");
        ProcessBuilder launcher = new ProcessBuilder(command(args)).redirectErrorStream(true).redirectOutput(log.toFile());
        launcher.environment().put("JAVA_HOME", home.toString());
        launcher.environment().put("OPENBOEK_JAR", jar.toString());
        launcher.environment().remove("JAVA_OPTS");
        Process process = launcher.start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the launcher ends");
        assertEquals(0, process.exitValue(), Files.readString(log));
        return Files.readString(log);
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
