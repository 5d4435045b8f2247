package be.openboek.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The W3C Nu Html Checker, in-process, set up once and then run over page after page as its own command line does
 * ({@code EmbeddedValidator} sets the schema up again for every page, which costs more than checking it). Its errors
 * and fatal errors are collected; warnings (such as its guess of the language) are not.
 */
final class HtmlChecker {

    /** The schema the checker uses by default: HTML with SVG and MathML. */
    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final List<String> errors = new ArrayList<>();
    private final SimpleDocumentValidator validator;

    HtmlChecker() throws SAXException {
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
        validator = new SimpleDocumentValidator(true, false, true);
        try {
            validator.setUpMainSchema(SCHEMA, collect);
        } catch (Exception e) {
            throw new IllegalStateException("the checker's schema " + SCHEMA + " did not load", e);
        }
        validator.setUpValidatorAndParsers(collect, false, false);
    }

    /** The errors in {@code page} (UTF-8 HTML), each as {@code line:column: error: message}; empty when it is valid. */
    synchronized List<String> check(Path page) throws IOException, SAXException {
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
    }

    private static String describe(String kind, SAXParseException e) {
        return e.getLineNumber() + ":" + e.getColumnNumber() + ": " + kind + ": " + e.getMessage();
    }
}
