package be.openboek.fields;

import java.util.List;

/** Every record type's field table, and the fields several types share. */
public final class FieldTables {

    private FieldTables() {
    }

    /** The tables of the records in data/, in the order docs/records.md describes them. */
    public static List<FieldTable<?>> all() {
        return List.of(OrganisationFields.TABLE, SourceFields.TABLE, CallFields.TABLE, SubsidyFields.TABLE,
                ProjectFields.TABLE, ServiceFields.TABLE, QuestionFields.TABLE);
    }

    /** The table of the model records of {@code type} (e.g. {@code Project.class}, {@code PriceLine.class}). */
    public static FieldTable<?> of(Class<?> type) {
        return BY_TYPE.get(type);
    }

    /**
     * The fields of {@code table} that can name another record or a page (references, pages) or hold a mapping whose
     * fields may: all that a walk over a record's references (the check, a source's lineage) needs to look at. Made once
     * per table; {@code table} is the one {@link #of} gives for its type, as every table of a record or mapping is.
     */
    public static List<Field> linking(FieldTable<?> table) {
        return LINKING.get(table.type());
    }

    private static final ClassValue<List<Field>> LINKING = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            return of(type).fields().stream()
                    .filter(f -> f.kind() == ValueKind.REF || f.kind() == ValueKind.PAGE || f.kind() == ValueKind.MAPPING).toList();
        }
    };

    private static final ClassValue<FieldTable<?>> BY_TYPE = new ClassValue<>() {
        @Override
        protected FieldTable<?> computeValue(Class<?> type) {
            List<FieldTable<?>> tables = new java.util.ArrayList<>(all());
            for (int i = 0; i < tables.size(); i++) {
                tables.get(i).fields().stream().filter(f -> f.mapping() != null).forEach(f -> tables.add(f.mapping()));
            }
            for (FieldTable<?> table : tables) {
                if (table.type() == type) {
                    return table;
                }
            }
            throw new IllegalArgumentException("no field table makes " + type.getName());
        }
    };

    /** The ids of the sources a record's figures come from: at least one. */
    static Field sources() {
        return Field.ref("sources", "source").listed().required().label("bronnen", "sources")
                .means("ids uit data/sources.yaml; minstens één", "at least one source id").example("[vraag-2018]");
    }
}
