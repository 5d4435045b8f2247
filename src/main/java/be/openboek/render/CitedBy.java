package be.openboek.render;

import be.openboek.fields.Field;
import be.openboek.fields.FieldTable;
import be.openboek.fields.FieldTables;
import be.openboek.fields.ValueKind;
import be.openboek.model.Call;
import be.openboek.model.FieldRecord;
import be.openboek.model.Identified;
import be.openboek.model.Project;
import be.openboek.model.Question;
import be.openboek.model.Service;
import be.openboek.model.Site;
import be.openboek.model.Subsidy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The records that name one source, by type, in the order of the site: a source's lineage, shown on its page. A record
 * names a source in any field the field tables declare as a reference to a source, also inside its mappings (a price
 * line's sources, the sources of a project's link to its call), so a new field that cites sources is found too.
 *
 * @param subsidies subsidy lines that cite the source
 * @param projects  projects that cite it
 * @param services  services that cite it
 * @param calls     project calls that cite it
 * @param questions parts of the parliamentary question that cite it
 */
public record CitedBy(List<Subsidy> subsidies, List<Project> projects, List<Service> services, List<Call> calls,
        List<Question> questions) {

    static final CitedBy NONE = new CitedBy(List.of(), List.of(), List.of(), List.of(), List.of());

    /** Whether no record names the source. */
    public boolean isEmpty() {
        return subsidies.isEmpty() && projects.isEmpty() && services.isEmpty() && calls.isEmpty() && questions.isEmpty();
    }

    /** For every source id some record names, what names it. */
    static Map<String, CitedBy> of(Site site) {
        Map<String, Set<Identified>> citing = new HashMap<>();
        Map<FieldTable<?>, List<Field>> citingFields = new IdentityHashMap<>();
        for (List<? extends Identified> records : List.of(site.subsidies(), site.projects(), site.services(), site.calls(),
                site.questions())) {
            for (Identified record : records) {
                Set<String> ids = new LinkedHashSet<>();
                sourceIds((FieldRecord) record, FieldTables.of(record.getClass()), ids, citingFields);
                // A set keeps the site's order and names a record once, however often it cites the source.
                ids.forEach(id -> citing.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(record));
            }
        }
        Map<String, CitedBy> bySource = new HashMap<>();
        citing.forEach((id, records) -> bySource.put(id, new CitedBy(only(records, Subsidy.class), only(records, Project.class),
                only(records, Service.class), only(records, Call.class), only(records, Question.class))));
        return bySource;
    }

    /** The ids of the sources {@code record} names, in the fields of {@code table} and in its mappings. */
    private static void sourceIds(FieldRecord record, FieldTable<?> table, Set<String> ids, Map<FieldTable<?>, List<Field>> citingFields) {
        // Only a reference to a source, or a mapping, can name one.
        List<Field> fields = citingFields.computeIfAbsent(table, t -> t.fields().stream().filter(f -> f.kind() == ValueKind.MAPPING
                || f.kind() == ValueKind.REF && "source".equals(f.refersTo())).toList());
        for (Field field : fields) {
            Object value = record.fields().get(field.name());
            List<?> values = value == null ? List.of() : field.isList() ? (List<?>) value : Collections.singletonList(value);
            for (Object item : values) {
                if (field.kind() == ValueKind.REF && "source".equals(field.refersTo()) && item instanceof String id) {
                    ids.add(id);
                } else if (field.kind() == ValueKind.MAPPING && item instanceof FieldRecord inner) {
                    sourceIds(inner, field.mapping(), ids, citingFields);
                }
            }
        }
    }

    private static <T> List<T> only(Set<Identified> records, Class<T> type) {
        List<T> of = new ArrayList<>();
        for (Identified r : records) {
            if (type.isInstance(r)) {
                of.add(type.cast(r));
            }
        }
        return List.copyOf(of);
    }
}
