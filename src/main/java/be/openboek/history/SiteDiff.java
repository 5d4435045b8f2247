package be.openboek.history;

import be.openboek.fields.Field;
import be.openboek.fields.FieldTables;
import be.openboek.fields.ValueKind;
import be.openboek.format.BelgianFormat;
import be.openboek.model.Call;
import be.openboek.model.FieldRecord;
import be.openboek.model.Identified;
import be.openboek.model.Partner;
import be.openboek.model.PriceLine;
import be.openboek.model.Project;
import be.openboek.model.Question;
import be.openboek.model.Service;
import be.openboek.model.Site;
import be.openboek.model.Source;
import be.openboek.model.Subsidy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Compares the records of two versions of a site and finds what changed, record by record and value by value,
 * without words yet ({@link Wording} writes them, in each language): a record added or removed, or a value that
 * changed, with how to show its old and new version. Records are matched by type and id, so a changed id reads as one
 * record removed and another added; items of a list of mappings by what identifies them (a price line by component
 * and first day, a partner by name), else by place.
 *
 * <p>Only values count: the same records written otherwise (fields in another order, other quotes, an amount as
 * {@code 3959000} or {@code 3959000.00}, a text wrapped or indented differently, a record moved to another file) are
 * no change, so a commit that only reformats the data has no entry in the change log.
 */
final class SiteDiff {

    /**
     * One change found.
     *
     * @param type   record type, e.g. {@code subsidy}
     * @param id     record id; empty for the organisation
     * @param name   the record's name within its type: "2017" for a subsidy, a project's title; empty for the organisation
     * @param kind   added, removed or changed
     * @param field  for a changed value: where it is, as in the YAML: {@code amount}, {@code period.start},
     *               {@code prices.amount}, or {@code prices} for a price line added or removed; else empty
     * @param top    for a changed value: the record's field it is in ({@code prices}); else null
     * @param detail for a record added: what readers look for first (a subsidy's amount), or empty
     * @param where  for a changed value: where it is, in words ("prijs “Basis” vanaf 1 januari 2021, bedrag")
     * @param before for a changed value: its old version as shown
     * @param after  for a changed value: its new version as shown
     */
    record Found(String type, String id, String name, Change.Kind kind, String field, Field top, String detail,
            Function<Wording, String> where, Function<Wording, Value> before, Function<Wording, Value> after) {
    }

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
            new Values("organisation", "", "", found).record(before.organisation(), after.organisation());
        }
        compare(before.sources(), after.sources(), Source::title, found);
        compare(before.calls(), after.calls(), Call::title, found);
        compare(before.subsidies(), after.subsidies(), r -> subsidyName(r, before, after), found);
        compare(before.projects(), after.projects(), Project::title, found);
        compare(before.services(), after.services(), Service::name, found);
        compare(before.questions(), after.questions(), r -> String.valueOf(r.number()), found);
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
                found.add(new Found(type(b), id, name.apply(b), Change.Kind.ADDED, "", null, addedDetail(b), null, null, null));
            } else if (b == null) {
                found.add(new Found(type(a), id, name.apply(a), Change.Kind.REMOVED, "", null, "", null, null, null));
            } else {
                new Values(type(b), id, name.apply(b), found).record(a, b);
            }
        }
    }

    /** A new subsidy says its amount, the figure readers look for. */
    private static String addedDetail(Identified record) {
        return record instanceof Subsidy s && s.amount() != null ? BelgianFormat.money(s.amount()) : "";
    }

    /** "2017", with the purpose when the year has more than one line. */
    private static String subsidyName(Subsidy s, Site before, Site after) {
        long sameYear = Stream.concat(before.subsidies().stream(), after.subsidies().stream())
                .filter(o -> o.year() == s.year()).map(Subsidy::id).distinct().count();
        return s.year() + (sameYear > 1 ? " (" + s.purpose() + ")" : "");
    }

    /** Finds the values that differ between two versions of one record. */
    private static final class Values {

        private final String type;
        private final String id;
        private final String name;
        private final List<Found> found;

        Values(String type, String id, String name, List<Found> found) {
            this.type = type;
            this.id = id;
            this.name = name;
            this.found = found;
        }

        void record(FieldRecord before, FieldRecord after) {
            fields(before, after, "", null, null);
        }

        /**
         * One change per value that differs, in the order of the field table.
         *
         * @param path  the YAML path of the mapping the fields are in, ending in a dot; empty for the record itself
         * @param top   the record's field the mapping is in; null for the record itself
         * @param where the mapping in words; null for the record itself
         */
        private void fields(FieldRecord before, FieldRecord after, String path, Field top, Function<Wording, String> where) {
            for (Field field : FieldTables.of(before.getClass()).fields()) {
                if (field.kind() == ValueKind.ID || !field.stored()) {
                    continue;
                }
                Object a = emptyToNull(before.fields().get(field.name()));
                Object b = emptyToNull(after.fields().get(field.name()));
                Field outer = top == null ? field : top;
                Function<Wording, String> here = where == null ? w -> w.label(field) : w -> w.within(where.apply(w), w.label(field));
                if (field.kind() == ValueKind.MAPPING && field.isList()) {
                    items(field, list(a), list(b), path + field.name(), outer, where);
                } else if (field.kind() == ValueKind.MAPPING && a != null && b != null) {
                    fields((FieldRecord) a, (FieldRecord) b, path + field.name() + ".", outer, here);
                } else if (field.kind() == ValueKind.MAPPING) {
                    if (a != b) {
                        add(path + field.name(), outer, here, w -> summary(w, field.mapping().fields(), a),
                                w -> summary(w, field.mapping().fields(), b));
                    }
                } else if (field.isList()) {
                    List<String> x = strings(field, a);
                    List<String> y = strings(field, b);
                    if (!x.equals(y)) {
                        String language = field.kind() == ValueKind.TEXT ? Wording.languageOf(field) : "";
                        add(path + field.name(), outer, here, w -> w.items(x, y, language), w -> w.items(y, x, language));
                    }
                } else if (field.kind() == ValueKind.TEXT || field.kind() == ValueKind.MARKDOWN) {
                    TextDiff.Result diff = TextDiff.compare((String) a, (String) b);
                    if (diff != null) {
                        add(path + field.name(), outer, here, w -> w.passages(field, diff.before(), 0),
                                w -> w.passages(field, diff.after(), diff.hidden()));
                    }
                } else if (!same(a, b)) {
                    add(path + field.name(), outer, here, w -> w.value(field, a), w -> w.value(field, b));
                }
            }
        }

        /**
         * The items of a list of mappings, matched by what identifies them: an item added or removed is one change
         * (shown as a summary of it), an item in both is compared value by value; a new order is a change of the list.
         */
        private void items(Field field, List<FieldRecord> before, List<FieldRecord> after, String path, Field top,
                Function<Wording, String> where) {
            Map<String, FieldRecord> old = keyed(before);
            Map<String, FieldRecord> now = keyed(after);
            for (Map.Entry<String, FieldRecord> e : old.entrySet()) {
                FieldRecord a = e.getValue();
                FieldRecord b = now.get(e.getKey());
                Function<Wording, String> item = w -> itemName(w, field, a, before.indexOf(a));
                Function<Wording, String> here = where == null ? item : w -> w.within(where.apply(w), item.apply(w));
                if (b == null) {
                    add(path, top, here, w -> summary(w, field.mapping().fields(), a), Wording::none);
                } else {
                    fields(a, b, path + ".", top, here);
                }
            }
            for (Map.Entry<String, FieldRecord> e : now.entrySet()) {
                if (!old.containsKey(e.getKey())) {
                    FieldRecord b = e.getValue();
                    Function<Wording, String> item = w -> itemName(w, field, b, after.indexOf(b));
                    Function<Wording, String> here = where == null ? item : w -> w.within(where.apply(w), item.apply(w));
                    add(path, top, here, Wording::none, w -> summary(w, field.mapping().fields(), b));
                }
            }
            List<String> kept = old.keySet().stream().filter(now::containsKey).toList();
            List<String> keptNow = now.keySet().stream().filter(old::containsKey).toList();
            if (!kept.equals(keptNow)) {
                List<String> x = kept.stream().map(k -> plainName(old.get(k))).toList();
                List<String> y = keptNow.stream().map(k -> plainName(now.get(k))).toList();
                Function<Wording, String> here = where == null ? w -> w.label(field) : w -> w.within(where.apply(w), w.label(field));
                add(path, top, here, w -> w.items(x, List.of(), "nl"), w -> w.items(y, List.of(), "nl"));
            }
        }

        private void add(String field, Field top, Function<Wording, String> where, Function<Wording, Value> before,
                Function<Wording, Value> after) {
            found.add(new Found(type, id, name, Change.Kind.CHANGED, field, top, "", where, before, after));
        }
    }

    /** What identifies an item of a list of mappings: a price line its component and first day, a partner its name. */
    private static String itemKey(FieldRecord item) {
        if (item instanceof PriceLine p) {
            return p.component() + "|" + p.validFrom();
        }
        if (item instanceof Partner p) {
            return p.name();
        }
        return null;
    }

    /** The items by key; an item without one (or with one used before) is known by its place. */
    private static Map<String, FieldRecord> keyed(List<FieldRecord> items) {
        Map<String, FieldRecord> keyed = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String key = itemKey(items.get(i));
            keyed.put(key == null || keyed.containsKey("k" + key) ? "#" + i : "k" + key, items.get(i));
        }
        return keyed;
    }

    /** "prijs “Basis” vanaf 1 januari 2021", "partner “Bibliotheek Noord”", else the list's label and the place. */
    private static String itemName(Wording w, Field list, FieldRecord item, int index) {
        if (item instanceof PriceLine p) {
            return w.text("changes.item.price", p.component(), w.date(p.validFrom()));
        }
        if (item instanceof Partner p) {
            return w.text("changes.item.partner", p.name());
        }
        return w.label(list) + " " + (index + 1);
    }

    /** An item named without words of a language, for a list's order. */
    private static String plainName(FieldRecord item) {
        String key = itemKey(item);
        return key == null ? String.valueOf(item.fields().values().iterator().next()) : key.replace("|", " ");
    }

    /**
     * A mapping added or removed as a whole, in short: a price line's amount and unit (and last day), a partner's
     * place and role, else its filled values.
     */
    private static Value summary(Wording w, List<Field> fields, Object mapping) {
        if (mapping == null) {
            return w.none();
        }
        List<String> parts = new ArrayList<>();
        if (mapping instanceof PriceLine p) {
            parts.add(p.amount() == null ? w.text("changes.no.amount")
                    : BelgianFormat.money(p.amount()) + " " + w.label(p.unit()));
            if (p.validTo() != null) {
                parts.add(w.until(p.validTo()));
            }
        } else {
            FieldRecord record = (FieldRecord) mapping;
            for (Field field : fields) {
                Object value = record.fields().get(field.name());
                if (value != null && !(value instanceof List<?>) && !(value instanceof FieldRecord)) {
                    parts.add(w.value(field, value).plain());
                }
            }
        }
        return Value.whole(String.join(", ", parts), mapping instanceof Partner ? "nl" : "");
    }

    /** A list of short values as text, a text's white space as a reader sees it (one space). */
    private static List<String> strings(Field field, Object list) {
        if (!(list instanceof List<?> items)) {
            return List.of();
        }
        return items.stream().map(v -> field.kind() == ValueKind.TEXT ? String.join(" ", TextDiff.words((String) v))
                : String.valueOf(v)).toList();
    }

    /** A mapping without any value (an empty {@code period:}) is no mapping. */
    private static Object emptyToNull(Object value) {
        return value instanceof FieldRecord r && r.fields().values().stream().allMatch(Objects::isNull) ? null : value;
    }

    @SuppressWarnings("unchecked")
    private static List<FieldRecord> list(Object items) {
        return items == null ? List.of() : (List<FieldRecord>) items;
    }

    /** Amounts are equal when their value is ({@code 3959000} and {@code 3959000.00}); everything else by equals. */
    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    private static <T extends Identified> Map<String, T> byId(List<T> records) {
        Map<String, T> map = new LinkedHashMap<>();
        records.forEach(r -> map.put(r.id(), r));
        return map;
    }
}
