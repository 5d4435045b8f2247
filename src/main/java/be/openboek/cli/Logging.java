package be.openboek.cli;

import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Silences the libraries' own logging (JBake, OrientDB), so that what staff see is our list of
 * problems and nothing else. JBake's errors reach us through its rendering tools and asset copier (see
 * {@code render.JBakePages}); nothing is lost.
 */
final class Logging {

    private Logging() {
    }

    static void quiet() {
        // FreeMarker picks whatever logging library it finds first; keep it on SLF4J (and so on logback.xml).
        System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
        LogManager.getLogManager().reset();
        Logger.getLogger("").setLevel(Level.OFF);
        System.setProperty("log4j2.level", "OFF");
    }
}
