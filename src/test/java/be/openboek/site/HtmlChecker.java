package be.openboek.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The W3C Nu Html Checker, in-process, set up once and then run over page after page as its own command line does
 * ({@code EmbeddedValidator} sets the schema up again for every page, which costs more than checking it). Its errors
 * and fatal errors are collected; warnings (such as its guess of the language) are not.
 *
 * <p>The checker runs on a thread of its own with a large stack: setting up its RELAX NG schema recurses deeper than
 * a default stack holds when the JVM only compiles quickly (as the tests' JVM does, see the pom).
 */
final class HtmlChecker {

    /** The schema the checker uses by default: HTML with SVG and MathML. */
    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private static final long STACK = 16L << 20;

    private static HtmlChecker shared;

    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread checker = new Thread(null, task, "Nu Html Checker", STACK);
        checker.setDaemon(true); // it ends with the test JVM
        return checker;
    });
    private final List<String> errors = new ArrayList<>();
    private final SimpleDocumentValidator validator;

    private HtmlChecker() throws SAXException {
        validator = call(this::setUp);
    }

    /** The test JVM's checker, set up on first use (its schema takes longer to set up than many pages to check). */
    static synchronized HtmlChecker shared() throws SAXException {
        if (shared == null) {
            shared = new HtmlChecker();
        }
        return shared;
    }

    private SimpleDocumentValidator setUp() throws SAXException {
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(describe("error", e));
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(describe("fatal", e));
            }
        };
        // As EmbeddedValidator sets it up: its own log set-up, no URLs logged, language detection on.
        SimpleDocumentValidator checker = new SimpleDocumentValidator(true, false, true);
        try {
            checker.setUpMainSchema(SCHEMA, collect);
        } catch (Exception e) {
            throw new IllegalStateException("the checker's schema " + SCHEMA + " did not load", e);
        }
        checker.setUpValidatorAndParsers(collect, false, false);
        return checker;
    }

    /** The errors in {@code page} (UTF-8 HTML), each as {@code line:column: error: message}; empty when it is valid. */
    synchronized List<String> check(Path page) throws SAXException {
        return call(() -> {
            errors.clear();
            try {
                validator.checkHtmlFile(page.toFile(), true);
            } catch (SAXParseException e) {
                // Already reported to the handler as fatal.
                if (errors.isEmpty()) {
                    errors.add(describe("fatal", e));
                }
            }
            return List.copyOf(errors);
        });
    }

    /** Runs {@code work} on the checker's thread and waits for it. */
    private <T> T call(Callable<T> work) throws SAXException {
        try {
            return thread.submit(work).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SAXException sax) {
                throw sax;
            }
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }


    private static String describe(String kind, SAXParseException e) {
        return e.getLineNumber() + ":" + e.getColumnNumber() + ": " + kind + ": " + e.getMessage();
    }
}
