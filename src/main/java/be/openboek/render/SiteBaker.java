package be.openboek.render;

import be.openboek.format.Language;
import be.openboek.timing.Timings;
import be.openboek.export.SharedTables;
import be.openboek.export.WrittenDatasets;
import be.openboek.files.SourceFiles;
import be.openboek.history.History;
import be.openboek.model.Site;
import be.openboek.problem.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jbake.app.Asset;
import org.jbake.app.Crawler;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.app.configuration.JBakeConfigurationInspector;
import org.jbake.template.RenderingException;

/**
 * Bakes the site with JBake: stages content/ and assets/ for its crawler and asset copier, configures it (our
 * template engine, our rendering tool for record pages, only the renderers we use), bakes with its tools as its Oven
 * does but without its database ({@link JBakePages}) and reports every failure
 * as a problem. Writes only into the folder it is given. JBake reads only what was staged: the pages from the loaded
 * model and the assets a {@link SourceFiles} walk accepted; templates are read only after the same walk of templates/.
 */
public final class SiteBaker {

    private final Path projectRoot;
    private final Supplier<WrittenDatasets> datasets;
    private final boolean hasDatasets;
    private ChangedPages pages = ChangedPages.all();
    private boolean pagesOnly;
    private SiteTemplateEngine.ParsedTemplates parsed;
    private SharedTables tables;
    private boolean planOnly;
    private Runnable recordPagesDone = () -> { };
    private Timings timings = new Timings();
    private PageChecksums checksums = new PageChecksums();

    public SiteBaker(Path projectRoot) {
        this(projectRoot, (WrittenDatasets) null);
    }

    /**
     * @param projectRoot the project folder holding templates/ and assets/
     * @param datasets    what the export wrote, for the datasets page; null when nothing was exported
     */
    public SiteBaker(Path projectRoot, WrittenDatasets datasets) {
        this.projectRoot = projectRoot;
        this.datasets = () -> datasets;
        this.hasDatasets = datasets != null;
    }

    /**
     * @param projectRoot the project folder holding templates/ and assets/
     * @param datasets    what the export is writing beside the bake, for the datasets page (which waits for it)
     */
    public SiteBaker(Path projectRoot, Supplier<WrittenDatasets> datasets) {
        this.projectRoot = projectRoot;
        this.datasets = datasets;
        this.hasDatasets = true;
    }

    /** Renders every page of the plan, and tells {@code pages} what each read (for a later serve update). */
    public SiteBaker recording(ChangedPages pages) {
        this.pages = pages;
        return this;
    }

    /** Takes the tables' rows from {@code tables}, shared with the export of the same build, instead of making them again. */
    public SiteBaker withTables(SharedTables tables) {
        this.tables = tables;
        return this;
    }

    /** Renders with the templates {@code parsed} holds (parsed by the check of the same build), parsing what it lacks. */
    public SiteBaker withTemplates(SiteTemplateEngine.ParsedTemplates parsed) {
        this.parsed = parsed;
        return this;
    }

    /**
     * Renders only the pages {@code live} says changed (besides JBake's own home, 404 and content pages), for
     * {@code serve}'s update in place; the sitemap and search index are left to {@link #writeIndexes}.
     */
    public SiteBaker withLivePages(ChangedPages live, SiteTemplateEngine.ParsedTemplates parsed) {
        this.pages = live;
        this.pagesOnly = true;
        this.parsed = parsed;
        return this;
    }

    /**
     * Renders only the pages of the {@link PagePlan} (through JBake's {@code Renderer}), without
     * JBake's crawler, database and own pages (home, 404, content/), and without the sitemap and search index: the
     * quick first pass of {@code serve}'s update, whose second pass bakes the rest.
     */
    public SiteBaker planPagesOnly() {
        this.planOnly = true;
        this.pagesOnly = true;
        return this;
    }

    /**
     * Runs {@code done} once the pages of the new and edited records are written (every record page, for a full
     * build), before the other pages are rendered.
     */
    public SiteBaker whenRecordPagesDone(Runnable done) {
        this.recordPagesDone = done;
        return this;
    }

    /** Records how long the parts of the bake take in {@code timings}. */
    public SiteBaker withTimings(Timings timings) {
        this.timings = timings;
        return this;
    }

    /**
     * Bakes {@code site} into {@code output}, using {@code work} for JBake's staging folders.
     *
     * @return the problems; empty when every page was written
     */
    public Problems bake(Site site, Path output, Path work) {
        return bake(site, History.unavailable("de geschiedenis werd niet gelezen", ""), output, work);
    }

    /**
     * Bakes {@code site}, with the change log of {@code history}, into {@code output}, using {@code work}
     * for JBake's staging folders.
     *
     * @return the problems; empty when every page was written
     */
    public Problems bake(Site site, History history, Path output, Path work) {
        Problems problems = new Problems();
        Path templates = projectRoot.resolve("templates");
        SourceFiles files = SourceFiles.scan(projectRoot, "templates", "assets");
        if (!files.problems().isEmpty()) {
            problems.addAll(files.problems());
            return problems;
        }
        if (!files.isFolder("templates")) {
            problems.add("templates", 0, 0, "", "the folder templates/ is missing", "restore it from git");
            return problems;
        }
        // One count of the tables' rows, and one making of their cells, for the plan and every table page.
        ModelLookups lookups = pages.lookups(site, history);
        if (tables != null) {
            lookups.share(tables);
        }
        PagePlan plan = pages.plan(lookups, hasDatasets);
        long step = System.nanoTime();
        HtmlSanitizer sanitizer = new HtmlSanitizer();
        try {
            Path content = work.resolve("content");
            Path assets = work.resolve("static");
            Files.createDirectories(work.resolve("data"));
            if (planOnly) {
                // JBake's configuration wants its folders to exist, though this pass reads none of them.
                Files.createDirectories(content);
                Files.createDirectories(assets);
            } else {
                new ContentStager(new MarkdownRenderer()).stage(site.pages(), content, problems);
                if (!problems.isEmpty()) {
                    return problems;
                }
                copyAssets(files, assets);
            }
            Files.createDirectories(output);

            DefaultJBakeConfiguration config = (DefaultJBakeConfiguration) new JBakeConfigurationFactory()
                    .createDefaultJbakeConfiguration(work.toFile(), output.toFile(), true);
            configure(config, site, templates, content, work.resolve("data"), assets);
            // JBake's tools, as its UtensilsFactory puts them together, but around a content store kept in memory.
            new JBakeConfigurationInspector(config).inspect();
            MemoryContentStore store = new MemoryContentStore();
            Utensils utensils = new Utensils();
            utensils.setConfiguration(config);
            utensils.setContentStore(store);
            utensils.setCrawler(new Crawler(store, config));
            utensils.setAsset(new Asset(config));
            SiteTemplateEngine engine = new SiteTemplateEngine(store, config, new SiteView(site, history, datasets, lookups),
                    sanitizer, "templates", problems, parsed);
            checksums = engine.checksums();
            if (!engine.checkTemplates(templates)) {
                return problems;
            }
            utensils.setRenderer(new Renderer(store, config, engine));
            // Our pages first, through JBake's Renderer, then JBake's own (home, 404, content/) as its Oven bakes them.
            try {
                RecordPagesRenderer.render(utensils.getRenderer(), new RecordPagesRenderer.RecordPages(plan, pages, timings,
                        recordPagesDone));
            } catch (RenderingException e) {
                if (problems.isEmpty()) {
                    problems.add("templates", 0, 0, "", "JBake could not render the pages: " + firstLine(e.getMessage()), "");
                }
                return problems;
            }
            if (planOnly) {
                lap("render changed pages", step);
                return problems;
            }
            step = lap("bake: JBake start", step);
            timings.progress().begin("home, content pages");
            List<Throwable> errors = JBakePages.bake(utensils);
            step = lap("bake: JBake's pages", step);
            if (!errors.isEmpty() && problems.isEmpty()) {
                errors.forEach(e -> problems.add("templates", 0, 0, "", "JBake could not bake the site: "
                        + firstLine(e.getMessage()), ""));
            }
            if (pagesOnly) {
                return problems;
            }
            timings.progress().begin("sitemap, search index");
            writeIndexes(site, plan, output, output);
            lap("bake: sitemap, search index", step);
        } catch (IOException | RuntimeException e) {
            problems.add(output.toString(), 0, 0, "", "cannot write the site: " + firstLine(String.valueOf(e.getMessage())),
                    "check that the folder is writable and the disk is not full");
            return problems;
        } catch (Error e) {
            // Pages name themselves (SiteTemplateEngine); this is JBake's own work around them (crawler, database).
            if (problems.isEmpty()) {
                problems.add("templates", 0, 0, "", "JBake could not bake the site: " + e, "");
            }
            return problems;
        }
        if (problems.isEmpty()) {
            for (String expected : expectedFiles(site, plan)) {
                if (!Files.isRegularFile(output.resolve(expected))) {
                    problems.add("templates", 0, 0, "", "JBake did not write " + expected, "");
                }
            }
        }
        return problems;
    }

    /**
     * The checksums of the pages the last {@link #bake} wrote through the templates, taken while writing them, by path
     * under the output folder; not those of the assets, the sitemap and the search index.
     */
    public Map<String, PageChecksums.Checksum> pageChecksums() {
        return checksums.byPath();
    }

    /**
     * Writes the sitemap, robots.txt, the search index and the paged lists' filter files of {@code site} into
     * {@code output}, the filter files read back from the list pages in {@code pages} (serve keeps them between its
     * rebuilds instead: {@link LiveIndexes}).
     */
    private static void writeIndexes(Site site, PagePlan plan, Path pages, Path output) throws IOException {
        new SitemapWriter(site.organisation().baseUrl()).write(SitemapWriter.paths(site, plan), output);
        new SearchIndexWriter().write(site, output);
        new ListFilterWriter().write(plan, pages, output);
    }

    private long lap(String name, long since) {
        long now = System.nanoTime();
        timings.add(name, (now - since) / 1_000_000);
        return now;
    }

    private static void configure(DefaultJBakeConfiguration config, Site site, Path templates, Path content, Path data,
            Path assets) {
        config.setContentFolder(content.toFile());
        config.setTemplateFolder(templates.toFile());
        // JBake copies the asset folder's contents to the site root; staging keeps them under assets/.
        config.setAssetFolder(assets.toFile());
        config.setDataFolder(data.toFile());
        config.setProperty("db.store", "memory");
        config.setProperty("site.host", site.organisation().baseUrl());
        // JBake's own renderers: only the home page (masterindex) and the 404 page.
        config.setProperty("render.index", true);
        config.setProperty("template.masterindex.file", "index.ftl");
        config.setProperty("render.error404", true);
        config.setProperty("template.error404.file", "404.ftl");
        config.setProperty("error404.file", "404.html");
        config.setProperty("render.feed", false);
        config.setProperty("render.archive", false);
        config.setProperty("render.tags", false);
        config.setProperty("render.tagsindex", false);
        config.setProperty("render.sitemap", false);
        config.setProperty("template.page.file", "page.ftl");
        config.setProperty("template.post.file", "page.ftl");
        for (String type : PagePlan.TYPES) {
            config.setProperty("template." + type + ".file", type + ".ftl");
        }
        config.setProperty("template." + PagePlan.DATASETS + ".file", PagePlan.DATASETS + ".ftl");
        config.setProperty("template." + PagePlan.TABLE + ".file", PagePlan.TABLE + ".ftl");
        config.setProperty("template." + PagePlan.FEED + ".file", PagePlan.FEED + ".ftlx");
        config.setProperty("template." + PagePlan.FEED + ".extension", ".xml");
        config.setProperty("template." + PagePlan.CHART_SVG + ".file", PagePlan.CHART_SVG + ".ftlx");
        config.setProperty("template." + PagePlan.CHART_SVG + ".extension", ".svg");
        config.setProperty("template." + PagePlan.CHART_EMBED + ".file", PagePlan.CHART_EMBED + ".ftl");
    }

    /** Copies what the walk accepted under assets/ to {@code staging}/assets/, following links inside the project. */
    private static void copyAssets(SourceFiles files, Path staging) throws IOException {
        Files.createDirectories(staging.resolve("assets"));
        for (String folder : files.foldersUnder("assets")) {
            Files.createDirectories(staging.resolve(folder));
        }
        for (String file : files.filesUnder("assets")) {
            SourceFiles.requireRegularFile(files.path(file));
            Files.copy(files.path(file), staging.resolve(file));
        }
    }

    private static List<String> expectedFiles(Site site, PagePlan plan) {
        List<String> files = new ArrayList<>(List.of("index.html", "404.html", SitemapWriter.SITEMAP, SitemapWriter.ROBOTS));
        plan.pages().forEach(p -> files.add(p.uri()));
        for (Language language : Language.values()) {
            site.pages().forEach(p -> files.add(language.prefix() + p.id() + "/index.html"));
        }
        return files;
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.strip().lines().findFirst().orElse("");
    }
}
