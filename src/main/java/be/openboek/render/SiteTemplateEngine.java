package be.openboek.render;

import be.openboek.format.Messages;
import be.openboek.format.Language;
import be.openboek.model.FieldRecord;
import be.openboek.model.Identified;
import be.openboek.model.Organisation;
import be.openboek.problem.Problems;
import be.openboek.text.XmlSafeWriter;
import freemarker.cache.FileTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleHash;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNotFoundException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.io.output.StringBuilderWriter;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * The template engine JBake's {@code Renderer} calls for every page. It replaces JBake's FreeMarker
 * set-up, whose defaults are unsafe for us: here output is HTML-escaped by default (XML for
 * {@code .ftlx}) and characters XML forbids become U+FFFD, templates cannot create or reach Java classes,
 * errors are rethrown (never written into the page) and reported as problems naming the template, line and column.
 *
 * <p>Templates see {@code site} ({@link SiteView}), {@code fmt} ({@link Formats}), {@code md(text)}
 * (Markdown to safe HTML), {@code jsonLd(text)} (JSON text made safe inside a script element), {@code content}
 * (JBake's document: title, body, type, uri) and {@code record} (the record of a record page). For the page's
 * language ({@link Language}, from its path: under {@code en/} English, else Dutch) they see {@code lang}
 * ({@code nl}, {@code en}), {@code ogLocale}, {@code t(key, args...)} (interface text from {@link Messages}),
 * {@code tn(key, n, args...)} (the same with {@code key.one} or {@code key.other} by count {@code n}, which is
 * {@code {0}}), {@code root} (relative path to the home of the page's language: links to other pages),
 * {@code siteRoot} (relative path to the site root: assets and downloads) and {@code path} (the page's address
 * within its language, e.g. {@code projects/bieblo/}, for canonical and alternate links). {@code site} and
 * {@code fmt} give labels and dates in the page's language; {@code charts} ({@link ChartsView}) its SVG charts.
 */
public final class SiteTemplateEngine extends DelegatingTemplateEngine {

    private final Configuration freemarker;
    private final Map<Language, SiteView> views = new EnumMap<>(Language.class);
    private final Map<Language, Formats> formats = new EnumMap<>(Language.class);
    private final Map<Language, Messages> messages = new EnumMap<>(Language.class);
    private final Map<Language, ChartsView> charts = new EnumMap<>(Language.class);
    private final MarkdownRenderer markdown;
    private final JBakeConfiguration jbakeConfig;
    private final PageChecksums checksums = new PageChecksums();
    private final HtmlSanitizer sanitizer;
    private final String templatesDisplay;
    private final Problems problems;
    /** The causes of pages that could not be written, each reported once (see {@link #renderDocument}). */
    private final Set<String> writeFailures = ConcurrentHashMap.newKeySet();

    /**
     * @param templatesDisplay how to name the template folder in problems, e.g. {@code templates}
     */
    public SiteTemplateEngine(ContentStore db, JBakeConfiguration config, SiteView site, HtmlSanitizer sanitizer,
            String templatesDisplay, Problems problems) {
        this(db, config, site, sanitizer, templatesDisplay, problems, null);
    }

    /**
     * Parsed templates, shared by the check of their syntax and the bake of one build (each template is parsed once), and
     * kept between the bakes of one process ({@code serve}) for as long as the template files stay the same: the holder
     * must be dropped when they change. Thread-safe.
     */
    public static final class ParsedTemplates {

        private Configuration configuration;
        private Path folder;

        synchronized Configuration of(Path templates) {
            Path normalized = templates.toAbsolutePath().normalize();
            if (configuration == null || !normalized.equals(folder)) {
                configuration = configure(normalized);
                folder = normalized;
            }
            return configuration;
        }
    }

    /** Like the other constructor, taking parsed templates from {@code parsed} when not null. */
    SiteTemplateEngine(ContentStore db, JBakeConfiguration config, SiteView site, HtmlSanitizer sanitizer,
            String templatesDisplay, Problems problems, ParsedTemplates parsed) {
        super(db, config);
        for (Language language : Language.values()) {
            views.put(language, site.in(language));
            formats.put(language, new Formats(language));
            messages.put(language, Messages.of(language));
            charts.put(language, new ChartsView(views.get(language), messages.get(language)));
        }
        this.sanitizer = sanitizer;
        this.markdown = new MarkdownRenderer();
        this.jbakeConfig = config;
        this.templatesDisplay = templatesDisplay;
        this.problems = problems;
        Path folder = config.getTemplateFolder().toPath();
        this.freemarker = parsed != null ? parsed.of(folder) : configure(folder);
    }

    /** The checksums of the pages this engine wrote, taken while writing them. */
    PageChecksums checksums() {
        return checksums;
    }

    /**
     * The file JBake's {@code Renderer} writes {@code content} to, relative to the site root: its address with the
     * extension its type's pages get ({@code template.<type>.extension}, {@code .html} by default).
     */
    private String outputPath(DocumentModel content) {
        String uri = content == null || content.getUri() == null ? "" : content.getUri();
        int dot = uri.lastIndexOf('.');
        String stem = dot > uri.lastIndexOf('/') ? uri.substring(0, dot) : uri;
        return stem + jbakeConfig.getOutputExtensionByDocType(content == null ? null : content.getType());
    }

    static Configuration configure(Path templates) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        try {
            // Without FreeMarker's own check that a template's real path lies in templates/: SiteBaker's walk of the
            // folder (SourceFiles) has refused links out of the project and special files before any template is read,
            // and links elsewhere inside the project work here as in the other folders.
            cfg.setTemplateLoader(new FileTemplateLoader(templates.toFile(), true));
        } catch (IOException e) {
            throw new IllegalStateException("template folder " + templates + " cannot be read", e);
        }
        // A template is read once per build, when the check of its syntax parses it, and not looked at again: the whole
        // build renders one version of it. Serve drops its parsed templates when a template file changes.
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setLocale(Locale.forLanguageTag("nl-BE"));
        cfg.setTimeZone(TimeZone.getTimeZone("Europe/Brussels"));
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        ObjectWrapper wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build();
        cfg.setObjectWrapper(wrapper);
        return cfg;
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        DocumentModel content = model.getContent();
        Language language = Language.ofUri(content == null || content.getUri() == null ? "" : content.getUri());
        // The text being converted, to name its file when it goes beyond the bounds of Markdown (MarkdownException).
        String[] converting = new String[1];
        try {
            Template template = freemarker.getTemplate(templateName);
            // Escaping keeps markup out, but not the characters XML forbids (a commit message or an old value
            // from the history can hold one): these become U+FFFD, so every page and the feed stay well-formed.
            PageChecksums.Recording recording = checksums.recording(outputPath(content), writer);
            XmlSafeWriter safe = new XmlSafeWriter(recording);
            // The template writes thousands of short pieces: into memory first, then the whole page once through the
            // filter, the checksum and the file's encoder, each of which has a cost per call.
            StringBuilderWriter page = new StringBuilderWriter(32 * 1024);
            template.process(root(content, language, converting), page);
            safe.write(page.getBuilder().toString());
            safe.finish();
            if (content != null && content.getUri() != null && !content.getUri().isEmpty()) {
                // JBake's home and 404 pages come without an address; the manifest reads those two back.
                recording.record();
            }
        } catch (TemplateNotFoundException e) {
            report(templateName, 0, 0, "the template is missing", "create " + templatesDisplay + "/" + templateName);
            throw new RenderingException(e);
        } catch (ParseException e) {
            report(e.getTemplateName() == null ? templateName : e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(),
                    "template syntax error: " + firstLine(e.getEditorMessage()), "");
            throw new RenderingException(e);
        } catch (TemplateException e) {
            if (causeOf(e) instanceof MarkdownException markdownProblem) {
                reportMarkdown(content, language, templateName, converting[0], markdownProblem);
                throw new RenderingException(e);
            }
            String name = e.getTemplateSourceName() == null ? templateName : e.getTemplateSourceName();
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            int column = e.getColumnNumber() == null ? 0 : e.getColumnNumber();
            String blamed = e.getBlamedExpressionString();
            if (e instanceof InvalidReferenceException && blamed != null) {
                report(name, line, column, "template error while rendering " + describe(content) + ": " + blamed
                        + " is missing or null", "check the name, or give a default: ${" + blamed + "!\"\"} or <#if " + blamed + "??>");
            } else {
                report(name, line, column, "template error while rendering " + describe(content) + ": "
                        + firstLine(e.getMessageWithoutStackTop()) + (blamed == null ? "" : " (in " + blamed + ")"), "");
            }
            throw new RenderingException(e);
        } catch (IOException e) {
            if (e.getCause() instanceof ParseException) {
                // FreeMarker remembers a template that failed to parse; the first attempt reported it.
                throw new RenderingException(e);
            }
            // A full disk stops every page after it alike: one problem says so, not one per page (this engine
            // renders one bake). Causes that name their file (a read-only folder) still come once per page.
            if (writeFailures.add(String.valueOf(e.getMessage()))) {
                report(templateName, 0, 0, "cannot write the page " + describe(content) + ": " + e.getMessage(),
                        "check that the folder is writable and the disk is not full");
            }
            throw new RenderingException(e);
        } catch (MarkdownException e) {
            // A content page's HTML, sanitised again (see root).
            reportMarkdown(content, language, templateName, "", e);
            throw new RenderingException(e);
        } catch (RuntimeException | Error e) {
            // Whatever else stops a page (a template recursing without end, a bug) is named with the page and the
            // template here: further up nobody knows which page it was.
            report(templateName, 0, 0, "cannot render " + describe(content) + ": " + e, e instanceof StackOverflowError
                    ? "a macro or function of the template calls itself without end, or the page nests too deeply" : "");
            throw new RenderingException(e);
        }
    }

    /** What the templates see for {@code content} (see the class comment); {@code md} notes its text in {@code converting}. */
    private SimpleHash root(DocumentModel content, Language language, String[] converting) {
        String uri = content == null || content.getUri() == null ? "" : content.getUri();
        SimpleHash root = new SimpleHash(freemarker.getObjectWrapper());
        root.put("site", views.get(language));
        root.put("fmt", formats.get(language));
        root.put("charts", charts.get(language));
        root.put("lang", language.code());
        root.put("ogLocale", language.ogLocale());
        Messages text = messages.get(language);
        root.put("t", (TemplateMethodModelEx) args -> message(text, key(args), arguments(args, 1)));
        root.put("tn", (TemplateMethodModelEx) args -> {
            long n = args.size() < 2 ? 0 : ((TemplateNumberModel) args.get(1)).getAsNumber().longValue();
            Object[] rest = arguments(args, 1);
            rest[0] = formats.get(language).count(n);
            return message(text, key(args) + (n == 1 ? ".one" : ".other"), rest);
        });
        // JSON for a <script type="application/ld+json">: "<" becomes \u003c (same JSON value), so no "</script>"
        // or "<!--" in the data can end the script element.
        root.put("jsonLd", (TemplateMethodModelEx) args -> markup(args.isEmpty() || args.get(0) == null ? ""
                : args.get(0).toString().replace("<", "\\u003c")));
        root.put("md", (TemplateMethodModelEx) args -> {
            converting[0] = args.isEmpty() || args.get(0) == null ? "" : args.get(0).toString();
            return markup(markdown.toHtml(converting[0]));
        });
        String rootPath = content == null || content.getRootPath() == null ? "" : content.getRootPath();
        // root: the home of the page's language (links between pages); siteRoot: where assets/ and data/ are.
        root.put("siteRoot", rootPath);
        root.put("root", language == Language.NL ? rootPath : rootPath.substring(Math.min(rootPath.length(), "../".length())));
        String neutral = Language.neutralUri(uri);
        root.put("path", neutral.endsWith("index.html") ? neutral.substring(0, neutral.length() - "index.html".length()) : neutral);
        if (content != null) {
            SimpleHash doc = new SimpleHash(freemarker.getObjectWrapper());
            doc.put("title", content.getTitle() == null ? "" : content.getTitle());
            doc.put("type", content.getType());
            doc.put("uri", content.getUri() == null ? "" : content.getUri());
            // Set by ContentStager: whether a page of content/ is in the page's language (false: Dutch text on an
            // English page, which the template marks as such).
            doc.put("translated", !"false".equals(String.valueOf(content.get("translated"))));
            if (content.getBody() != null) {
                // A page of content/, converted by ContentStager; cleaned once more, as it is printed as markup.
                doc.put("body", markup(sanitizer.clean(content.getBody())));
            }
            root.put("content", doc);
            root.put("record", content.get(PageKeys.RECORD));
        }
        return root;
    }

    /** The innermost cause of {@code e}: the exception a template function threw. */
    private static Throwable causeOf(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /**
     * Reports Markdown beyond the bounds at the record it came from: the page's record when the text is its own,
     * else the organisation (whose introduction is on the home page), else the template. Load checked the text
     * already ({@code MarkdownLimits}); what is left is the conversion's own bounds, so the line is that of the text.
     */
    private void reportMarkdown(DocumentModel content, Language language, String templateName, String text, MarkdownException e) {
        Object record = content == null ? null : content.get(PageKeys.RECORD);
        Organisation organisation = views.get(language).getOrganisation();
        String file;
        String field;
        if (record instanceof Identified identified && text != null && !text.isEmpty()) {
            file = identified.origin().file();
            field = identified.origin().field(record instanceof FieldRecord r ? fieldHolding(r, text, "description") : "description");
        } else if (organisation != null && text != null && !fieldHolding(organisation, text, "").isEmpty()) {
            file = "data/organisation.yaml";
            field = fieldHolding(organisation, text, "");
        } else {
            file = templatesDisplay + "/" + templateName;
            field = "";
        }
        String where = e.excess().line() > 0 ? " (line " + e.excess().line() + " of the text, on " + describe(content) + ")"
                : " (on " + describe(content) + ")";
        problems.add(file, 0, 0, field, e.excess().message() + where, e.excess().hint());
    }

    /** The name of the field of {@code record} whose value is {@code text} (its description or the English one), or {@code otherwise}. */
    private static String fieldHolding(FieldRecord record, String text, String otherwise) {
        return record.fields().entrySet().stream().filter(e -> text.equals(e.getValue())).map(Map.Entry::getKey).findFirst()
                .orElse(otherwise);
    }

    /**
     * Parses every template in the folder before anything is rendered, so a syntax error is reported
     * once, with its line, and no page is baked with a broken template.
     *
     * @return whether all templates parsed
     */
    public boolean checkTemplates(Path templates) {
        try (var files = java.nio.file.Files.list(templates)) {
            List<String> names = files.map(file -> file.getFileName().toString()).sorted().toList();
            return TemplateSyntax.check(freemarker, names, templatesDisplay, problems);
        } catch (IOException e) {
            report("", 0, 0, "cannot list the templates: " + e.getMessage(), "");
            return false;
        }
    }

    private static Object message(Messages text, String key, Object[] args) throws TemplateModelException {
        try {
            return text.text(key, args);
        } catch (IllegalArgumentException e) {
            throw new TemplateModelException(e.getMessage());
        }
    }

    private static String key(List<?> args) throws TemplateModelException {
        if (args.isEmpty() || !(args.get(0) instanceof TemplateScalarModel key)) {
            throw new TemplateModelException("t(key, ...) needs a message key as its first argument");
        }
        return key.getAsString();
    }

    /** The arguments after the key, as strings, numbers in computer form, or markup (kept as markup). */
    private static Object[] arguments(List<?> args, int from) throws TemplateModelException {
        Object[] values = new Object[Math.max(args.size() - from, 0)];
        for (int i = from; i < args.size(); i++) {
            Object arg = args.get(i);
            if (arg instanceof TemplateHTMLOutputModel markup) {
                values[i - from] = markup;
            } else if (arg instanceof TemplateNumberModel number) {
                Number n = number.getAsNumber();
                values[i - from] = n instanceof BigDecimal d ? d.toPlainString() : n.toString();
            } else if (arg instanceof TemplateScalarModel scalar) {
                values[i - from] = scalar.getAsString();
            } else {
                throw new TemplateModelException("message argument " + (i - from) + " is not text, a number or markup");
            }
        }
        return values;
    }

    private static freemarker.template.TemplateModel markup(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (TemplateModelException e) {
            throw new IllegalStateException("HTML output format refused markup", e);
        }
    }

    private void report(String template, int line, int column, String message, String hint) {
        problems.add(templatesDisplay + "/" + template, line, column, "", message, hint);
    }

    private static String describe(DocumentModel content) {
        return content == null || content.getUri() == null ? "a page" : content.getUri();
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        return text.strip().lines().findFirst().orElse("").strip();
    }
}
