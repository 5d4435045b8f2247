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
        List<Identified> all = new ArrayList<>();
        for (List<? extends Identified> records : List.of(site.subsidies(), site.projects(), site.services(), site.calls(),
                site.questions())) {
            all.addAll(records);
        }
        // The ids each record names, on all cores.
        List<Set<String>> named = all.parallelStream().map(record -> {
            Set<String> ids = new LinkedHashSet<>();
            sourceIds((FieldRecord) record, FieldTables.of(record.getClass()), ids);
            return ids;
        }).toList();
        Map<String, List<Identified>> citing = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            Identified record = all.get(i);
            // In the site's order; each record once, however often it cites the source: its ids are a set.
            named.get(i).forEach(id -> citing.computeIfAbsent(id, k -> new ArrayList<>()).add(record));
        }
        Map<String, CitedBy> bySource = new HashMap<>();
        citing.forEach((id, records) -> bySource.put(id, byType(records)));
        return bySource;
    }

    /** The ids of the sources {@code record} names, in the fields of {@code table} and in its mappings. */
    private static void sourceIds(FieldRecord record, FieldTable<?> table, Set<String> ids) {
        for (Field field : FieldTables.linking(table)) {
            Object value = record.fields().get(field.name());
            List<?> values = value == null ? List.of() : field.isList() ? (List<?>) value : Collections.singletonList(value);
            for (Object item : values) {
                if (field.kind() == ValueKind.REF && "source".equals(field.refersTo()) && item instanceof String id) {
                    ids.add(id);
                } else if (field.kind() == ValueKind.MAPPING && item instanceof FieldRecord inner) {
                    sourceIds(inner, field.mapping(), ids);
                }
            }
        }
    }

    /** What names a source, by type, each in the order of {@code records}. */
    private static CitedBy byType(List<Identified> records) {
        List<Subsidy> subsidies = new ArrayList<>();
        List<Project> projects = new ArrayList<>();
        List<Service> services = new ArrayList<>();
        List<Call> calls = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        for (Identified r : records) {
            if (r instanceof Subsidy s) {
                subsidies.add(s);
            } else if (r instanceof Project p) {
                projects.add(p);
            } else if (r instanceof Service s) {
                services.add(s);
            } else if (r instanceof Call c) {
                calls.add(c);
            } else if (r instanceof Question q) {
                questions.add(q);
            }
        }
        return new CitedBy(List.copyOf(subsidies), List.copyOf(projects), List.copyOf(services), List.copyOf(calls),
                List.copyOf(questions));
    }
}
