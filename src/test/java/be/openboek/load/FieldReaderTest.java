package be.openboek.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.fields.Field;
import be.openboek.fields.FieldTable;
import be.openboek.fields.JsonSchemas;
import be.openboek.fields.ProjectFields;
import be.openboek.fields.Scaffolds;
import be.openboek.model.Project;
import be.openboek.problem.Problems;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Records are read by their field table: a field added to a table is read, checked, described and shown with no other change. */
class FieldReaderTest {

    private static final String PROJECT = """
            id: voorleesbus
            title: Voorleesbus
            status: experiment
            objective: Voorlezen op het marktplein.
            summary: Een bus die voorleest.
            sources: [bron]
            """;

    /** The project table with one more optional text field, as a developer would add it. */
    private static FieldTable<Project> withSummary() {
        List<Field> fields = new ArrayList<>(ProjectFields.TABLE.fields());
        fields.add(Field.text("summary").label("samenvatting", "summary").means("één zin over het project", "one sentence on it"));
        FieldTable<Project> table = ProjectFields.TABLE;
        return new FieldTable<>(table.name(), table.type(), table.file(), table.nl(), table.en(), fields, table.maker());
    }

    private static Project read(FieldTable<Project> table, String yaml, Problems problems) {
        YamlNode node = new YamlTreeReader().readText(yaml, "data/projects/voorleesbus.yaml", problems).orElseThrow();
        RecordReader reader = RecordReader.of("data/projects/voorleesbus.yaml", "", node, problems, new SourceMap(), "the record");
        return new FieldReader((r, field, path) -> null).read(table, reader);
    }

    @Test
    void aFieldAddedToTheTableIsReadCheckedDescribedAndShownInATemplate() throws Exception {
        FieldTable<Project> table = withSummary();
        Problems problems = new Problems();
        Project project = read(table, PROJECT, problems);
        assertEquals(List.of(), problems.all());
        assertNotNull(project);
        assertEquals("Een bus die voorleest.", project.fields().text("summary"));

        Configuration freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        StringWriter page = new StringWriter();
        new Template("project", new StringReader("${project.title}: ${project.fields.summary!}"), freemarker)
                .process(Map.of("project", project), page);
        assertEquals("Voorleesbus: Een bus die voorleest.", page.toString());

        assertTrue(JsonSchemas.of(table).at("/properties/summary").isObject(), "the schema describes it");
        assertTrue(Scaffolds.of(table, "schema.json", "x").contains("\nsummary:"), "new records have it");
        Problems wrongType = new Problems();
        read(table, PROJECT.replace("summary: Een bus die voorleest.", "summary: [een, lijst]"), wrongType);
        assertEquals("summary", wrongType.all().get(0).field(), "it is checked as text");
    }

    @Test
    void aFieldTheTableDoesNotHaveIsAnErrorWithTheNearestName() {
        Problems problems = new Problems();
        assertEquals(null, read(ProjectFields.TABLE, PROJECT, problems));
        assertEquals("unknown field \"summary\"", problems.all().get(0).message());
    }
}
