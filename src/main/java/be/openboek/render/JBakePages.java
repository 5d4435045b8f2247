package be.openboek.render;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.jbake.app.Asset;
import org.jbake.app.Crawler;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentTypes;
import org.jbake.render.RenderingTool;
import org.jbake.template.ModelExtractors;
import org.jbake.template.ModelExtractorsDocumentTypeListener;
import org.jbake.template.RenderingException;

/**
 * Bakes what JBake finds by itself (the pages of content/, the home page, the 404 page) and copies the assets, with
 * JBake's crawler, its rendering tools and its asset copier, as its {@code Oven} does, but with the crawled documents
 * in a {@link MemoryContentStore}. The Oven cannot do without OrientDB: its bake starts the database and calls the
 * store's schema update, which Java does not let a store override; for the few dozen documents of one bake that start
 * cost a third to half a second of every build (BENCHMARKS.md, round 8).
 */
final class JBakePages {

    private JBakePages() {
    }

    /**
     * Bakes with {@code utensils}, whose content store must be a {@link MemoryContentStore}.
     *
     * @return what failed; empty when every page was written and every asset copied
     */
    static List<Throwable> bake(Utensils utensils) {
        if (!(utensils.getContentStore() instanceof MemoryContentStore)) {
            throw new IllegalArgumentException("JBake's pages are baked with the content kept in memory");
        }
        JBakeConfiguration config = utensils.getConfiguration();
        // The document types the configuration names (a template.<type>.file each), and the model extractors JBake's
        // template models use for them, as the Oven registers them at the start of every bake.
        DocumentTypes.resetDocumentTypes();
        ModelExtractors.getInstance().reset();
        DocumentTypes.addListener(new ModelExtractorsDocumentTypeListener());
        for (String docType : config.getDocumentTypes()) {
            DocumentTypes.addDocumentType(docType);
        }
        DocumentTypes.addDocumentType(config.getDataFileDocType());

        Crawler crawler = utensils.getCrawler();
        crawler.crawl();
        crawler.crawlDataFiles();

        List<Throwable> errors = new ArrayList<>();
        for (RenderingTool tool : ServiceLoader.load(RenderingTool.class)) {
            try {
                tool.render(utensils.getRenderer(), utensils.getContentStore(), config);
            } catch (RenderingException e) {
                errors.add(e);
            }
        }
        Asset asset = utensils.getAsset();
        asset.copy();
        asset.copyAssetsFromContent(config.getContentFolder());
        errors.addAll(asset.getErrors());
        return errors;
    }
}
