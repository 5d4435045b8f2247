package be.openboek.export;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What {@code serve} keeps of one export for the next, which follows a change of a record or two: the compressed
 * entries of the ZIP of everything and of the workbook (its sheets by table), the CSV and JSON file of each table with
 * the rows it was made from, and the API's JSON of each record. A table whose rows are the same is not written again,
 * an entry whose content is the same is not compressed again, and the JSON of an unchanged record is not made again.
 * The output is byte for byte what an export without a memo writes. A build uses {@link #none()}.
 */
public final class ExportMemo {

    private record Kept(List<Object> content, WrittenFile file) {
    }

    private record Sheet(List<Object> content, KeptSheet kept) {
    }

    /**
     * A sheet of the workbook as the last export made it.
     *
     * @param styles the cell styles its cells use, in the order they are first used (they depend on its rows only)
     * @param order  the workbook's cell styles, in the order they were first used: the sheet's cells name them by number
     * @param entry  the sheet, compressed
     */
    record KeptSheet(List<String> styles, List<String> order, ZipArchives.Entry entry) {
    }

    private final boolean keeps;
    private final ZipArchives.Memo zip;
    private final ZipArchives.Memo workbook;
    private final Generations<String, Kept> files = new Generations<>();
    private final Generations<String, Sheet> sheets = new Generations<>();
    private final Generations<Object, Object> values = new Generations<>();
    private ExportMemo(boolean keeps) {
        this.keeps = keeps;
        this.zip = keeps ? new ZipArchives.Memo() : ZipArchives.Memo.NONE;
        this.workbook = keeps ? new ZipArchives.Memo() : ZipArchives.Memo.NONE;
    }

    /** A memo for the exports of one serve session. */
    public ExportMemo() {
        this(true);
    }

    /** Keeps nothing: every file is made and every entry compressed. */
    static ExportMemo none() {
        return new ExportMemo(false);
    }

    /** Whether this memo keeps what an export made (serve), rather than nothing (a build). */
    boolean keeps() {
        return keeps;
    }

    ZipArchives.Memo zip() {
        return zip;
    }

    ZipArchives.Memo workbook() {
        return workbook;
    }

    /**
     * The file of kind {@code kind} ({@code csv}, {@code json}, ...) the last export wrote for {@code table}, when the
     * table's columns and rows are the same, the file is published with that content ({@code published}: checksums by
     * path) and the last ZIP holds it; else null, and the caller writes the file and tells {@link #made}.
     */
    WrittenFile kept(String kind, FilledTable table, Map<String, String> published) {
        if (!keeps) {
            return null;
        }
        Kept kept = files.previous(kind + "/" + table.name());
        if (kept == null || !kept.content().equals(content(table)) || !kept.file().sha256().equals(published.get(kept.file().path()))
                || !zip.has(kept.file().path(), kept.file().sha256())) {
            return null;
        }
        files.made(kind + "/" + table.name(), kept);
        return kept.file();
    }

    /** Says that {@code file} of kind {@code kind} was written for {@code table}. */
    void made(String kind, FilledTable table, WrittenFile file) {
        if (keeps) {
            files.made(kind + "/" + table.name(), new Kept(content(table), file));
        }
    }

    /**
     * The workbook's sheet of {@code table} as the last export made it, when the table's columns and rows are the
     * same; else null. Its entry fits this workbook only when the workbook's styles are in the same order.
     */
    KeptSheet sheet(FilledTable table) {
        if (!keeps) {
            return null;
        }
        Sheet kept = sheets.previous(table.name());
        return kept != null && kept.content().equals(content(table)) ? kept.kept() : null;
    }

    /** Says that the workbook's sheet of {@code table} is {@code sheet}. */
    void sheetMade(FilledTable table, KeptSheet sheet) {
        if (keeps) {
            sheets.made(table.name(), new Sheet(content(table), sheet));
        }
    }

    /**
     * What the last export made from {@code key} (a record and what else the value depends on, compared by equality),
     * else what {@code make} makes now. {@code make} must depend on nothing but {@code key}.
     */
    @SuppressWarnings("unchecked")
    <T> T value(Object key, Supplier<T> make) {
        if (!keeps) {
            return make.get();
        }
        T value = (T) values.previous(key);
        if (value == null) {
            value = make.get();
        }
        values.made(key, value);
        return value;
    }

    /** What a table's files are made from: its name, its columns' names and types, and its rows. */
    private static List<Object> content(FilledTable table) {
        return List.of(table.name(), table.columns().stream().map(c -> c.name() + " " + c.type()).toList(), table.rows());
    }

    /** The export succeeded: what it made is what the next one compares with. */
    void done() {
        files.done();
        sheets.done();
        values.done();
        zip.done();
        workbook.done();
    }

    /** The export failed: the next one compares with the last one that succeeded. */
    void failed() {
        files.failed();
        sheets.failed();
        values.failed();
        zip.failed();
        workbook.failed();
    }
}
