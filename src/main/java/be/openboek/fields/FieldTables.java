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
