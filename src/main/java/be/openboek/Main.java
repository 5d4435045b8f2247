package be.openboek;

import be.openboek.cli.OpenboekCommand;

/**
 * Where the program starts ({@code java -jar openboek.jar ...}): runs the {@code openboek} command line and exits
 * with its code (0 all went well, 1 the input has problems, 2 wrong usage). The stages live in the packages below:
 * {@code load} → {@code validate} → {@code history} → {@code export} and {@code render} → {@code publish}, put in order
 * by {@code build} and started from {@code cli}.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(OpenboekCommand.run(args));
    }
}
