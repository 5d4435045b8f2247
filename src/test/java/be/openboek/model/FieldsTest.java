package be.openboek.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A record's fields read, compare and hash as the map of names and values they were made from. */
class FieldsTest {

    @Test
    void readsComparesAndHashesAsTheMapItWasMadeFrom() {
        Random random = new Random(16);
        List<String> names = List.of("id", "title", "title_en", "year", "sources", "amount", "status");
        List<Map<String, Object>> maps = new ArrayList<>();
        List<Fields> made = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            Map<String, Object> map = new LinkedHashMap<>();
            // Two shapes (all names, and all but the last two), values often equal between records.
            for (String name : names.subList(0, random.nextInt(4) == 0 ? names.size() - 2 : names.size())) {
                map.put(name, switch (random.nextInt(5)) {
                    case 0 -> null;
                    case 1 -> "t" + random.nextInt(3);
                    case 2 -> random.nextInt(3);
                    case 3 -> new ArrayList<>(List.of("s" + random.nextInt(2)));
                    default -> List.of();
                });
            }
            maps.add(map);
            made.add(new Fields(map));
        }
        for (int i = 0; i < made.size(); i++) {
            Fields fields = made.get(i);
            Map<String, Object> map = maps.get(i);
            assertEquals(map, fields);
            assertEquals(fields, map);
            assertEquals(map.hashCode(), fields.hashCode());
            assertEquals(map.toString(), fields.toString());
            assertEquals(List.copyOf(map.keySet()), List.copyOf(fields.keySet()), "the table's order");
            assertEquals(map.size(), fields.size());
            for (String name : names) {
                assertEquals(map.containsKey(name), fields.containsKey(name));
                assertEquals(map.get(name), fields.get(name));
            }
            // Against a few others: equal exactly when their maps are.
            for (int j = i; j < Math.min(made.size(), i + 40); j++) {
                assertEquals(map.equals(maps.get(j)), fields.equals(made.get(j)), i + " against " + j);
            }
        }
    }

    @Test
    void aFieldTheTableDoesNotDeclareFailsWhenAskedForByName() {
        Fields fields = Fields.of("id", "bieblo", "year", 2017, "sources", null);

        assertEquals("bieblo", fields.text("id"));
        assertEquals(List.of(), fields.list("sources", String.class));
        assertNull(fields.get("title"));
        assertFalse(fields.containsKey("title"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> fields.value("title", String.class));
        assertTrue(e.getMessage().contains("no field \"title\" among [id, year, sources]"), e.getMessage());
        assertThrows(UnsupportedOperationException.class, () -> fields.put("title", "x"));
        assertThrows(UnsupportedOperationException.class, () -> fields.entrySet().iterator().next().setValue("x"));
    }

    @Test
    void theSameValuesInAnotherOrderAreTheSameMap() {
        Fields one = Fields.of("id", "a", "year", 2017);
        Fields other = Fields.of("year", 2017, "id", "a");

        assertEquals(one, other);
        assertEquals(one.hashCode(), other.hashCode());
        assertNotEquals(one, Fields.of("id", "a", "year", 2018));
    }
}
