package be.openboek.fields;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every field is described in both languages and declared completely, so what is made from the tables is whole. */
class FieldTablesTest {

    /** Every table, with the tables of the mappings inside records. */
    static List<FieldTable<?>> everyTable() {
        List<FieldTable<?>> tables = new ArrayList<>(FieldTables.all());
        for (int i = 0; i < tables.size(); i++) {
            tables.get(i).fields().stream().filter(f -> f.mapping() != null && !tables.contains(f.mapping()))
                    .forEach(f -> tables.add(f.mapping()));
        }
        return tables;
    }

    @Test
    void theLinkingFieldsOfATableAreItsReferencesPagesAndMappingsInItsOrder() {
        for (FieldTable<?> table : everyTable()) {
            assertEquals(FieldTables.of(table.type()), table, "one table per type: " + table.name());
            List<String> expected = table.fields().stream()
                    .filter(f -> f.kind() == ValueKind.REF || f.kind() == ValueKind.PAGE || f.kind() == ValueKind.MAPPING)
                    .map(Field::name).toList();
            assertEquals(expected, FieldTables.linking(table).stream().map(Field::name).toList(), table.name());
        }
        List<String> project = FieldTables.linking(FieldTables.of(be.openboek.model.Project.class)).stream().map(Field::name).toList();
        assertTrue(project.containsAll(List.of("call", "sources")), project::toString);
        assertTrue(!project.contains("title") && !project.contains("budget"), project::toString);
    }

    @Test
    void everyFieldHasItsLabelsAndMeaningInDutchAndEnglish() {
        List<String> missing = new ArrayList<>();
        for (FieldTable<?> table : everyTable()) {
            for (Field field : table.fields()) {
                String where = table.name() + "." + field.name();
                if (field.labelNl() == null || field.labelNl().isBlank() || field.labelEn() == null || field.labelEn().isBlank()) {
                    missing.add(where + ": label");
                }
                if (field.nl().isBlank() || field.en().isBlank()) {
                    missing.add(where + ": meaning");
                }
            }
            if (table.nl().isBlank() || table.en().isBlank()) {
                missing.add(table.name() + ": description");
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyFieldIsDeclaredCompletely() {
        Set<String> types = new HashSet<>(FieldTables.all().stream().map(FieldTable::name).toList());
        List<String> wrong = new ArrayList<>();
        for (FieldTable<?> table : everyTable()) {
            Set<String> names = new HashSet<>();
            for (Field field : table.fields()) {
                String where = table.name() + "." + field.name();
                if (!field.name().matches("[a-z]+(_[a-z]+)*") || !names.add(field.name())) {
                    wrong.add(where + ": a unique snake_case name");
                }
                switch (field.kind()) {
                    case CODE -> check(field.codes() != null && field.codes().isEnum(), where + ": its codes", wrong);
                    case REF -> check(types.contains(field.refersTo()), where + ": the type it refers to", wrong);
                    case MAPPING -> check(field.mapping() != null, where + ": its mapping's fields", wrong);
                    case MARKDOWN_FILE -> check(table.field(field.into()).filter(Field::stored).isPresent()
                            && field.into() != null, where + ": the field that takes the file's text", wrong);
                    default -> {
                    }
                }
            }
            boolean hasId = table.field("id").isPresent();
            check(!hasId || table.fields().get(0).kind() == ValueKind.ID, table.name() + ": the id first", wrong);
            check(hasId == !table.file().isEmpty() || table.name().equals("organisation"), table.name() + ": a file when it has an id", wrong);
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyRecordTypeCanBeFoundByItsModelClass() {
        for (FieldTable<?> table : everyTable()) {
            assertTrue(FieldTables.of(table.type()) == table, table.name());
        }
    }

    private static void check(boolean ok, String what, List<String> wrong) {
        if (!ok) {
            wrong.add(what);
        }
    }
}
