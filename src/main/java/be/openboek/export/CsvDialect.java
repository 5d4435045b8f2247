package be.openboek.export;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;

/**
 * The two CSV files of every table. Both hold the same rows and columns, with text neutralised against formulas in
 * the same way ({@link Cells#spreadsheetText}); they differ in what a reader must be told or guess.
 * <ul>
 *   <li>{@link #STANDARD}, {@code data/<table>.csv}: RFC 4180 (comma, CRLF), UTF-8 without BOM, machine values
 *       ({@code 3916000.00}, {@code 2020-09-17}), as datapackage.json declares: for programs and tools.</li>
 *   <li>{@link #BELGIAN}, {@code data/be/<table>.csv}: what Excel and LibreOffice with Belgian settings open
 *       correctly by double-click, without an import dialog: semicolon (the list separator of Belgian Windows and of
 *       LibreOffice's nl-BE and fr-BE), decimal comma ({@code 3916000,00}), dates as {@code dd/mm/yyyy}, UTF-8 with a
 *       byte order mark (without it Excel reads the file as Windows-1252), CRLF.</li>
 * </ul>
 * The Belgian files are in a folder of their own under the same names, so that whatever reads {@code data/*.csv}
 * today keeps reading exactly the standard files, and each Belgian file is the table of the same name. No
 * {@code sep=;} line is written: Excel then ignores the byte order mark, and other readers take it for data.
 */
enum CsvDialect {

    STANDARD("data/", "CSV", ','),
    BELGIAN("data/be/", "CSV (BE)", ';');

    /** The Belgian date, as Excel and LibreOffice read it with nl-BE or fr-BE settings. */
    static final DateTimeFormatter BELGIAN_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    /** A moment in Belgian form, in the local time it was written with (Brussels time for the change log). */
    static final DateTimeFormatter BELGIAN_DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss");
    /** The same patterns in the notation of the Frictionless Table Schema (Python's strptime). */
    static final String BELGIAN_DATE_SCHEMA = "%d/%m/%Y";
    static final String BELGIAN_DATE_TIME_SCHEMA = "%d/%m/%Y %H:%M:%S";

    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final String folder;
    private final String formatName;
    private final char delimiter;

    CsvDialect(String folder, String formatName, char delimiter) {
        this.folder = folder;
        this.formatName = formatName;
        this.delimiter = delimiter;
    }

    /** Where the table's file is, relative to the site root: {@code data/subsidies.csv}, {@code data/be/subsidies.csv}. */
    String path(String table) {
        return folder + table + ".csv";
    }

    /** The folder of its files, relative to the site root: {@code data/}, {@code data/be/}. */
    String folder() {
        return folder;
    }

    /** The short format name of its files, as the datasets page and the catalog show it. */
    String formatName() {
        return formatName;
    }

    char delimiter() {
        return delimiter;
    }

    /** How cells and lines are separated and quoted (RFC 4180 with this dialect's delimiter). */
    CSVFormat csv() {
        return delimiter == ',' ? CSVFormat.RFC4180 : CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
    }

    /** Whether the file starts with a UTF-8 byte order mark. */
    boolean byteOrderMark() {
        return this == BELGIAN;
    }

    /**
     * The text of a cell in this dialect. Text is the same in both (neutralised against formulas); the Belgian file
     * writes amounts with a decimal comma and dates as {@code dd/mm/yyyy}. A partial date known to the day becomes a
     * Belgian date; one known to the month or year stays {@code 2017-05} or {@code 2017}, as a spreadsheet would
     * otherwise invent a day. Booleans stay {@code true} and {@code false} in both (a spreadsheet's own words for
     * them differ between Dutch and French).
     */
    String cell(ColumnType type, Object value) {
        String text = Cells.spreadsheetText(type, value);
        if (this == STANDARD || value == null) {
            return text;
        }
        return switch (type) {
            case EURO, UNIT_PRICE -> text.replace('.', ',');
            case DATE -> ((LocalDate) value).format(BELGIAN_DATE);
            case PARTIAL_DATE -> FULL_DATE.matcher(text).matches() ? date(text) : text;
            case DATETIME -> dateTime(text);
            default -> text;
        };
    }

    private static String date(String iso) {
        try {
            return LocalDate.parse(iso).format(BELGIAN_DATE);
        } catch (DateTimeParseException e) {
            return iso; // not a day of the calendar (never from a checked record): the text as it is
        }
    }

    private static final java.time.ZoneId BRUSSELS = java.time.ZoneId.of("Europe/Brussels");

    private static String dateTime(String iso) {
        try {
            // Brussels time, as a reader in Belgium expects it (the standard CSV gives UTC).
            return OffsetDateTime.parse(iso).atZoneSameInstant(BRUSSELS).toLocalDateTime().format(BELGIAN_DATE_TIME);
        } catch (DateTimeParseException e) {
            return iso; // not a moment (never from our writers): the text as it is, never a wrong date
        }
    }
}
