package be.openboek.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.fields.Field;
import be.openboek.fields.FieldTables;
import be.openboek.load.SiteLoader;
import be.openboek.model.FieldRecord;
import be.openboek.model.Site;
import be.openboek.testing.TestProject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shipped records are translated: every text that takes an English version ({@link Field#isTranslated()}) and has
 * Dutch text in {@code data/} has its {@code <name>_en} too, in every record and in every mapping inside one (price
 * lines), so no English page shows shipped record text as "Dutch only". A document's title as published is the one
 * text that may stay without translation (it is shown as published anyway).
 */
class ShippedRecordsInEnglishTest {

    @Test
    void everyShippedTextHasItsEnglishVersion() {
        SiteLoader.Result loaded = new SiteLoader().load(TestProject.REPO);
        assertTrue(loaded.problems().isEmpty(), () -> "the shipped data loads: " + loaded.problems());
        Site site = loaded.site();
        List<String> missing = new ArrayList<>();
        int texts = 0;
        for (FieldRecord record : Stream.of(List.of(site.organisation()), site.sources(), site.calls(), site.subsidies(),
                site.projects(), site.services(), site.questions()).flatMap(List::stream).map(FieldRecord.class::cast).toList()) {
            texts += check(record, name(record), missing);
        }
        assertTrue(texts > 120, "the texts were read: " + texts);
        assertEquals(List.of(), missing, "texts without their English version (<name>_en)");
    }

    /** Checks one record and the mappings inside it; returns how many translated texts it holds. */
    private static int check(FieldRecord record, String where, List<String> missing) {
        int texts = 0;
        for (Field field : FieldTables.of(record.getClass()).fields()) {
            Object dutch = record.fields().get(field.name());
            if (field.isTranslated() && field.stored() && present(dutch)) {
                texts++;
                if (!present(record.fields().english(field.name())) && !record.keptAsPublished(field.name())) {
                    missing.add(where + ": " + field.name());
                }
            }
            List<?> inside = dutch instanceof List<?> list ? list : dutch instanceof FieldRecord one ? List.of(one) : List.of();
            for (int i = 0; i < inside.size(); i++) {
                if (inside.get(i) instanceof FieldRecord item) {
                    texts += check(item, where + " " + field.name() + "[" + (i + 1) + "]", missing);
                }
            }
        }
        return texts;
    }

    private static boolean present(Object value) {
        return value instanceof String text ? !text.isBlank() : value instanceof List<?> list ? !list.isEmpty() : value != null;
    }

    private static String name(FieldRecord record) {
        Object id = record.fields().get("id");
        return record.getClass().getSimpleName() + (id == null ? "" : " " + id);
    }
}
