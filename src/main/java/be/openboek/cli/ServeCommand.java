package be.openboek.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code openboek serve}: build, serve on localhost and rebuild whenever a source file changes. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the site, serves it on http://localhost:PORT/ and rebuilds on every change in data/, "
                + "content/, templates/ and assets/. Problems are printed; the last good site stays browsable.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    SourceOption source;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8820", description = "Port on localhost (default: 8820; 0 picks a free one).")
    int port;

    @Option(names = "--output", paramLabel = "DIR", description = "Where to write the site (default: target/site in the source folder).")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path root = source.folder();
        Path out = output != null ? output.toAbsolutePath().normalize() : root.resolve("target/site");
        PrintWriter stdout = spec.commandLine().getOut();
        try (Preview preview = Preview.start(root, out, port, stdout, spec.commandLine().getErr())) {
            stdout.println("Serving " + out + " at http://localhost:" + preview.port() + "/ (Ctrl+C stops)");
            stdout.flush();
            preview.await();
        }
        return 0;
    }
}
