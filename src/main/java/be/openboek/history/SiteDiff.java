package be.openboek.history;

import be.openboek.fields.Field;
import be.openboek.fields.FieldTable;
import be.openboek.fields.FieldTables;
import be.openboek.fields.ValueKind;
import be.openboek.format.BelgianFormat;
import be.openboek.model.FieldRecord;
import be.openboek.model.Call;
import be.openboek.model.Coded;
import be.openboek.model.Identified;
import be.openboek.format.Labels;
import be.openboek.model.PartialDate;
import be.openboek.model.Period;
import be.openboek.model.PriceLine;
import be.openboek.model.Project;
import be.openboek.model.Question;
import be.openboek.model.Service;
import be.openboek.model.Site;
import be.openboek.model.Source;
import be.openboek.model.Subsidy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Compares the records of two versions of a site and says in Dutch what changed, record by record
 * and field by field: "Subsidie 2017: bedrag gewijzigd van € 3.959.000 naar € 3.960.000". Records are
 * matched by type and id, so a changed id reads as one record removed and another added.
 */
final class SiteDiff {

    /**
     * One change found.
     *
     * @param type record type, e.g. {@code subsidy}
     * @param id   record id
     * @param kind added, removed or changed
     * @param text the change in Dutch
     */
    record Found(String type, String id, Change.Kind kind, String text) {
    }

    /** Values longer than this are not quoted in a phrase; the phrase only says the field changed. */
    private static final int SHORT = 80;

    private SiteDiff() {
    }

    /** The key of a record in {@link History#lastChanged()}: {@code project/bieblo}. */
    static String key(Identified record) {
        return type(record) + "/" + record.id();
    }

    static String type(Object record) {
        if (record instanceof Subsidy) {
            return "subsidy";
        } else if (record instanceof Project) {
            return "project";
        } else if (record instanceof Service) {
            return "service";
        } else if (record instanceof Source) {
            return "source";
        } else if (record instanceof Call) {
            return "call";
        } else if (record instanceof Question) {
            return "question";
        }
        return "organisation";
    }

    /** What changed from {@code before} to {@code after}; an empty site stands for "no records yet". */
    static List<Found> compare(Site before, Site after) {
        List<Found> found = new ArrayList<>();
        if (before.organisation() != null && after.organisation() != null) {
            fields(before.organisation(), after.organisation()).forEach(p -> found.add(new Found("organisation", "",
                    Change.Kind.CHANGED, "Organisatie: " + p)));
        }
        compare(before.sources(), after.sources(), r -> "Bron " + quote(r.title()), found);
        compare(before.calls(), after.calls(), r -> "Projectoproep " + quote(r.title()), found);
        compare(before.subsidies(), after.subsidies(), r -> subsidyName(r, before, after), found);
        compare(before.projects(), after.projects(), r -> "Project " + r.title(), found);
        compare(before.services(), after.services(), r -> "Dienst " + r.name(), found);
        compare(before.questions(), after.questions(), r -> "Vraag " + r.number(), found);
        return found;
    }

    private static <T extends Identified & FieldRecord> void compare(List<T> before, List<T> after, Function<T, String> name,
            List<Found> found) {
        Map<String, T> old = byId(before);
        Map<String, T> now = byId(after);
        List<String> ids = new ArrayList<>(old.keySet());
        now.keySet().stream().filter(id -> !old.containsKey(id)).forEach(ids::add);
        ids.sort(null);
        for (String id : ids) {
            T a = old.get(id);
            T b = now.get(id);
            if (a == null) {
                found.add(new Found(type(b), id, Change.Kind.ADDED, name.apply(b) + " toegevoegd" + addedDetail(b)));
            } else if (b == null) {
                found.add(new Found(type(a), id, Change.Kind.REMOVED, name.apply(a) + " verwijderd"));
            } else {
                for (String phrase : fields(a, b)) {
                    found.add(new Found(type(b), id, Change.Kind.CHANGED, name.apply(b) + ": " + phrase));
                }
            }
        }
    }

    /** A new subsidy says its amount, the figure readers look for. */
    private static String addedDetail(Identified record) {
        return record instanceof Subsidy s && s.amount() != null ? " (" + BelgianFormat.money(s.amount()) + ")" : "";
    }

    /** "Subsidie 2017", with the purpose when the year has more than one line. */
    private static String subsidyName(Subsidy s, Site before, Site after) {
        long sameYear = java.util.stream.Stream.concat(before.subsidies().stream(), after.subsidies().stream())
                .filter(o -> o.year() == s.year()).map(Subsidy::id).distinct().count();
        return "Subsidie " + s.year() + (sameYear > 1 ? " (" + s.purpose() + ")" : "");
    }

    /** One phrase per field that differs, in the order of the record's field table. */
    private static List<String> fields(FieldRecord before, FieldRecord after) {
        List<String> phrases = new ArrayList<>();
        FieldTable<?> table = FieldTables.of(before.getClass());
        for (Field field : table.fields()) {
            if (field.kind() == ValueKind.ID || !field.stored()) {
                continue;
            }
            Object a = before.fields().get(field.name());
            Object b = after.fields().get(field.name());
            if (same(a, b)) {
                continue;
            }
            if (field.name().equals("prices")) {
                phrases.addAll(prices(cast(a), cast(b)));
            } else {
                phrases.add(phrase(field.labelNl(), a, b));
            }
        }
        return phrases;
    }

    private static String phrase(String label, Object a, Object b) {
        if (a instanceof List<?> x && b instanceof List<?> y && isText(x) && isText(y)) {
            List<String> added = y.stream().filter(v -> !x.contains(v)).map(String::valueOf).toList();
            List<String> removed = x.stream().filter(v -> !y.contains(v)).map(String::valueOf).toList();
            if (added.isEmpty() && removed.isEmpty()) {
                return label + ": volgorde gewijzigd";
            }
            List<String> parts = new ArrayList<>();
            if (!added.isEmpty()) {
                parts.add(String.join(", ", added) + " toegevoegd");
            }
            if (!removed.isEmpty()) {
                parts.add(String.join(", ", removed) + " verwijderd");
            }
            return label + ": " + String.join("; ", parts);
        }
        String from = shortText(a);
        String to = shortText(b);
        if (isEmpty(a)) {
            return label + " ingevuld" + (to == null ? "" : ": " + to);
        }
        if (isEmpty(b)) {
            return label + " weggelaten" + (from == null ? "" : " (was " + from + ")");
        }
        return from != null && to != null ? label + " gewijzigd van " + from + " naar " + to : label + " gewijzigd";
    }

    /** Price lines are matched by component and first day, so a new year's price reads as added. */
    private static List<String> prices(List<PriceLine> before, List<PriceLine> after) {
        Map<String, PriceLine> old = new LinkedHashMap<>();
        before.forEach(p -> old.put(priceKey(p), p));
        Map<String, PriceLine> now = new LinkedHashMap<>();
        after.forEach(p -> now.put(priceKey(p), p));
        List<String> phrases = new ArrayList<>();
        for (Map.Entry<String, PriceLine> e : old.entrySet()) {
            PriceLine a = e.getValue();
            PriceLine b = now.get(e.getKey());
            if (b == null) {
                phrases.add(e.getKey() + " verwijderd");
            } else if (!a.equals(b)) {
                phrases.add(a.amount() != null && b.amount() != null && a.amount().compareTo(b.amount()) != 0
                        ? e.getKey() + " gewijzigd van " + BelgianFormat.money(a.amount()) + " naar " + priceText(b)
                        : e.getKey() + " gewijzigd");
            }
        }
        now.forEach((key, b) -> {
            if (!old.containsKey(key)) {
                phrases.add(key + " toegevoegd" + (b.amount() == null ? "" : ": " + priceText(b)));
            }
        });
        return phrases;
    }

    private static String priceKey(PriceLine p) {
        return "prijs " + quote(p.component()) + " vanaf " + BelgianFormat.date(p.validFrom());
    }

    private static String priceText(PriceLine p) {
        return BelgianFormat.money(p.amount()) + " " + Labels.of(p.unit());
    }

    /** The value as a reader would write it, or null when it is too long or has no short form. */
    private static String shortText(Object value) {
        String text;
        if (value instanceof BigDecimal amount) {
            text = BelgianFormat.money(amount);
        } else if (value instanceof Coded code) {
            text = Labels.of(code);
        } else if (value instanceof Boolean yes) {
            text = yes ? "ja" : "nee";
        } else if (value instanceof PartialDate date) {
            text = BelgianFormat.date(date);
        } else if (value instanceof LocalDate date) {
            text = BelgianFormat.date(date);
        } else if (value instanceof Period period) {
            text = period(period);
        } else if (value instanceof Integer n) {
            text = n.toString();
        } else if (value instanceof String s) {
            text = quote(s);
        } else if (value instanceof List<?> list && isText(list)) {
            text = String.join(", ", list.stream().map(String::valueOf).toList());
        } else {
            return null;
        }
        return text.length() > SHORT || text.contains("\n") ? null : text;
    }

    private static String period(Period p) {
        if (p.start() != null && p.end() != null) {
            return "van " + BelgianFormat.date(p.start()) + " tot " + BelgianFormat.date(p.end());
        }
        return p.start() != null ? "vanaf " + BelgianFormat.date(p.start()) : "tot " + BelgianFormat.date(p.end());
    }

    private static String quote(String text) {
        return "“" + text + "”";
    }

    /** Amounts are equal when their value is ({@code 3959000} and {@code 3959000.00}); everything else by equals. */
    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    private static boolean isEmpty(Object value) {
        return value == null || value instanceof List<?> list && list.isEmpty()
                || value instanceof Period p && p.start() == null && p.end() == null;
    }

    private static boolean isText(List<?> list) {
        return list.stream().allMatch(v -> v instanceof String);
    }

    @SuppressWarnings("unchecked")
    private static List<PriceLine> cast(Object prices) {
        return prices == null ? List.of() : (List<PriceLine>) prices;
    }

    private static <T extends Identified> Map<String, T> byId(List<T> records) {
        Map<String, T> map = new LinkedHashMap<>();
        records.forEach(r -> map.put(r.id(), r));
        return map;
    }
}
