package be.openboek.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.openboek.model.Call;
import be.openboek.model.Organisation;
import be.openboek.model.Project;
import be.openboek.model.Question;
import be.openboek.model.Service;
import be.openboek.model.Source;
import be.openboek.model.Subsidy;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The change log names every field in Dutch (price lines are described by their own phrases). */
class SiteDiffTest {

    @Test
    void everyFieldTheChangeLogComparesHasADutchName() throws Exception {
        Properties names = new Properties();
        try (InputStream in = SiteDiff.class.getResourceAsStream("fields_nl.properties")) {
            names.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> missing = new ArrayList<>();
        for (Class<?> type : List.of(Organisation.class, Source.class, Call.class, Subsidy.class, Project.class, Service.class,
                Question.class)) {
            for (RecordComponent c : type.getRecordComponents()) {
                String name = c.getName();
                if (!name.equals("id") && !name.equals("origin") && !names.containsKey(name)) {
                    missing.add(type.getSimpleName() + "." + name);
                }
            }
        }
        assertEquals(List.of(), missing, "add them to be/openboek/history/fields_nl.properties");
    }
}
