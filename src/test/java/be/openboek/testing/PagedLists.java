package be.openboek.testing;

import java.util.function.Supplier;

/**
 * A few dozen records beside the fixture's, and build settings small enough that they page the lists and split the
 * search index: what the tests of paged lists and search shards build, instead of thousands of records.
 */
public final class PagedLists {

    /** Rows per list page in the paged site. */
    public static final int ROWS = 7;
    /** The most bytes of postings in one search shard in the paged site. */
    public static final int SHARD_BYTES = 600;
    /** Search results per file of the paged site. */
    public static final int DOCS_PER_FILE = 4;

    private static final String[] STATUSES = {"selected", "experiment", "evaluated", "scaled_up", "stopped"};
    private static final String[] THEMES = {"lezen", "games", "muziek", "erfgoed"};
    private static final String[] PURPOSES = {"Werking", "Gedeeld systeem", "Projecten"};
    private static final String[] STATUSES_OF_LINES = {"granted", "budgeted", "paid"};
    private static final String[] PRICE_MODELS = {"free", "flat", "per_inhabitant", "on_quote"};

    private PagedLists() {
    }

    /** {@code -- data/... --} sections: 24 more projects, 19 subsidy lines over four years, 17 more services. */
    public static String records() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 24; i++) {
            text.append(String.format("-- data/projects/reeks-%02d.yaml --%nid: reeks-%02d%ntitle: Reeks %02d %s%n", i, i, i,
                    i % 2 == 0 ? "voorleesuur" : "boekenclub"))
                    .append("status: ").append(STATUSES[i % STATUSES.length]).append('\n')
                    .append(String.format("period:%n  start: %d-03-01%n  end: %d-12-31%n", 2016 + i % 5, 2016 + i % 5 + i % 2))
                    .append("themes: [").append(THEMES[i % THEMES.length]).append(i % 3 == 0 ? ", " + THEMES[(i + 1) % THEMES.length] : "")
                    .append("]\nobjective: Lezers samenbrengen rond boek ").append(i).append(".\nsources: [vraag-2018]\n");
        }
        text.append("-- data/subsidies.yaml --\nsubsidies:\n");
        for (int i = 1; i <= 19; i++) {
            int year = 2016 + i % 4;
            text.append(String.format("  - id: %d-lijn-%02d%n    year: %d%n", year, i, year));
            if (i % 7 != 0) {
                text.append("    amount: ").append(100_000 + 12_345 * i).append('\n');
            }
            text.append("    status: ").append(STATUSES_OF_LINES[i % STATUSES_OF_LINES.length]).append('\n')
                    .append("    purpose: ").append(PURPOSES[i % PURPOSES.length]).append('\n')
                    .append("    funder: Vlaamse overheid\n    recipient: Bibliotheek ").append(i).append("\n    sources: [vraag-2018]\n");
        }
        for (int i = 1; i <= 17; i++) {
            text.append(String.format("-- data/services/dienst-%02d.yaml --%nid: dienst-%02d%nname: Dienst %02d%n", i, i, i))
                    .append("description: Een dienst voor bibliotheken.\nsubscribers: Openbare bibliotheken\n")
                    .append("price_model: ").append(PRICE_MODELS[i % PRICE_MODELS.length]).append('\n')
                    .append("sources: [prijzen-pagina]\n");
        }
        return text.toString();
    }

    /** Runs {@code build} with the paged site's settings, then restores the defaults. */
    public static synchronized <T> T withSmallLimits(Supplier<T> build) {
        System.setProperty("openboek.list.rows", String.valueOf(ROWS));
        System.setProperty("openboek.search.shard.bytes", String.valueOf(SHARD_BYTES));
        System.setProperty("openboek.search.docs.per.file", String.valueOf(DOCS_PER_FILE));
        // Every shard a prefix can match is read: the results are compared with the whole index's.
        System.setProperty("openboek.search.shards.per.term", "1000");
        try {
            return build.get();
        } finally {
            System.clearProperty("openboek.list.rows");
            System.clearProperty("openboek.search.shard.bytes");
            System.clearProperty("openboek.search.docs.per.file");
            System.clearProperty("openboek.search.shards.per.term");
        }
    }
}
