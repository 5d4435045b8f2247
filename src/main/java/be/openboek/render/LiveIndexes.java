package be.openboek.render;

import be.openboek.format.Language;
import be.openboek.model.Site;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The sitemap, robots.txt, search index and paged lists' filter files of {@code serve}, kept between its rebuilds so
 * that each works out again only what a change touched, as the record pages are: the sitemap is written only when the
 * addresses of the pages or the site's base address changed; a record's search entry is made again only when the record
 * changed ({@link SearchIndexWriter#remembering()}); a list page is read again for the filter files only when its file
 * changed. What is written is byte for byte what {@link SiteBaker#writeIndexes} writes in a full build.
 */
public final class LiveIndexes {

    /** The search index's files in a language's {@code search/} folder: the whole index, dictionary, shards, results. */
    private static final Pattern SEARCH_FILE = Pattern.compile("search/(index|terms|terms-[0-9]+|docs-[0-9]+)\\.json");

    private final SearchIndexWriter search = SearchIndexWriter.remembering();
    private final ListFilterWriter filters = new ListFilterWriter();
    private List<String> sitemapPaths;
    private String sitemapBase;
    private List<String> sitemapFiles = List.of();

    /** Forgets what the published sitemap holds: a full build wrote the folder anew. */
    public void publishedWhole() {
        sitemapPaths = null;
    }

    /**
     * Writes into {@code staging} the index files of {@code site} that may have changed since the last call.
     *
     * @param plan      the site's pages
     * @param pages     the published folder, with the list pages in place (the filter files are read from them)
     * @param checksums the checksum of each published file by its path, null for none
     * @return every index file the site has now, written or left as published, relative to the site root: a published
     *         index file not among them ({@link #isIndexFile}) is one the site no longer has
     */
    public Set<String> write(Site site, PagePlan plan, Path pages, Path staging, Function<String, String> checksums)
            throws IOException {
        List<String> paths = SitemapWriter.paths(site, plan);
        String base = site.organisation().baseUrl();
        if (!paths.equals(sitemapPaths) || !base.equals(sitemapBase)) {
            sitemapFiles = new SitemapWriter(base).write(paths, staging);
            sitemapPaths = paths;
            sitemapBase = base;
        }
        Set<String> files = new HashSet<>(sitemapFiles);
        files.addAll(search.write(site, staging, checksums));
        files.addAll(filters.write(plan, pages, staging, checksums));
        return files;
    }

    /** Whether {@code path}, relative to the site root, is a file of the sitemap, search index or filter files. */
    public static boolean isIndexFile(String path) {
        if (SitemapWriter.writes(path)) {
            return true;
        }
        for (Language language : Language.values()) {
            if (path.startsWith(language.prefix())) {
                String inLanguage = path.substring(language.prefix().length());
                if (SEARCH_FILE.matcher(inLanguage).matches() || ListFilterWriter.writes(inLanguage)) {
                    return true;
                }
            }
        }
        return false;
    }
}
