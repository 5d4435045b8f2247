package be.openboek.export;

import be.openboek.format.Language;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the export wrote, for the datasets page: per dataset its description, columns, files and a few rows, in the
 * language of the page ({@link #in(Language)}; the words come from the message bundles, see {@link DataDictionary}).
 *
 * @param described  the tables, in publishing order, described in each language
 * @param files      every file written, in writing order
 * @param modified   the data date: the date the catalog gives as issued and modified
 * @param schemaOrgs schema.org JSON-LD describing the datasets in each language, for embedding in the datasets page
 * @param language   the language {@link #datasets()} and {@link #schemaOrg()} are in
 * @param giving     what the 360Giving file holds and leaves out; null when it was not written (no grant)
 */
public record WrittenDatasets(Map<Language, List<Dataset>> described, List<WrittenFile> files, LocalDate modified,
        Map<Language, String> schemaOrgs, Language language, Giving giving) {

    /**
     * What the 360Giving file holds and which subsidy lines it leaves out, so the datasets page can say it.
     *
     * @param grants        grants in the file
     * @param budgeted      budgeted lines left out (a budget is not an award)
     * @param withoutAmount granted or paid lines left out because no amount is published
     * @param payments      paid lines that are the payment of a granted line (its {@code amountDisbursed}), not grants
     */
    public record Giving(int grants, int budgeted, int withoutAmount, int payments) {
    }

    /**
     * One published table.
     *
     * @param name        machine name, e.g. {@code subsidies}
     * @param title       title
     * @param description description
     * @param columns     its columns
     * @param rowCount    number of rows
     * @param exampleRows the first rows, as plain text cells
     * @param files       the files holding it (CSV, JSON, and the workbook, ZIP and other shared files)
     */
    public record Dataset(String name, String title, String description, List<ColumnDoc> columns, int rowCount,
            List<List<String>> exampleRows, List<WrittenFile> files) {
    }

    /**
     * The documentation of one column.
     *
     * @param name        machine name
     * @param title       title
     * @param type        name of the type
     * @param description description
     * @param required    whether every row has a value
     */
    public record ColumnDoc(String name, String title, String type, String description, boolean required) {
    }

    /** The same, for the datasets page in {@code language}. */
    public WrittenDatasets in(Language language) {
        return language == this.language ? this : new WrittenDatasets(described, files, modified, schemaOrgs, language, giving);
    }

    /** The tables, in publishing order, described in {@link #language()}. */
    public List<Dataset> datasets() {
        return described.get(language);
    }

    /** The schema.org JSON-LD in {@link #language()}. */
    public String schemaOrg() {
        return schemaOrgs.get(language);
    }

    /** The file at {@code path}, or null. */
    public WrittenFile file(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst().orElse(null);
    }
}
