package be.openboek.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The list of all records of a type is written element by element; its bytes must be those of the whole list at once. */
class JsonTest {

    @Test
    void aListWrittenOneElementAtATimeIsTheWholeListsBytes() throws Exception {
        List<List<Object>> lists = List.of(List.of(), List.of(Json.obj()),
                List.of(Json.obj("id", "a", "amount", new BigDecimal("3916000.00"), "themes", List.of("lezen", "games"),
                        "partners", List.of(Json.obj("name", "Bits of Love", "place", null)), "empty", List.of())),
                List.of("tekst met \"aanhalingstekens\" en é", 3, true, Arrays.asList(null, List.of(List.of()))));
        for (List<Object> list : lists) {
            List<Object> twice = new ArrayList<>(list);
            twice.addAll(list);
            for (List<Object> values : List.of(list, twice)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try (Json.ListWriter writer = new Json.ListWriter(out)) {
                    for (Object value : values) {
                        writer.add(Json.inList(value));
                    }
                }
                assertArrayEquals(Json.bytes(values), out.toByteArray(), new String(Json.bytes(values), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }
}
