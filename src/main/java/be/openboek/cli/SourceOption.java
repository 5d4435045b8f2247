package be.openboek.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --source DIR} option shared by all commands. */
final class SourceOption {

    @Option(names = "--source", paramLabel = "DIR", defaultValue = ".",
            description = "Project folder with data/, content/, templates/ and assets/ (default: the current folder).")
    Path source;

    Path folder() {
        return source.toAbsolutePath().normalize();
    }
}
