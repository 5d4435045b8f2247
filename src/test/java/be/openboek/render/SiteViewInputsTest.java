package be.openboek.render;

import be.openboek.format.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;

import be.openboek.history.History;
import be.openboek.load.SiteLoader;
import be.openboek.model.Coded;
import be.openboek.model.FieldRecord;
import be.openboek.model.Identified;
import be.openboek.model.ProjectStatus;
import be.openboek.model.Question;
import be.openboek.model.Service;
import be.openboek.model.Site;
import be.openboek.testing.TestProject;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * serve renders a page again when something it read changed, and knows what it read because every {@link SiteView}
 * method a template can call names its input ({@link PageInputs#read}). A method that forgets gives a stale page that
 * nothing else would catch: every public method must record at least one input, unless it reads only its arguments.
 */
class SiteViewInputsTest {

    /** Methods that read nothing but their arguments (the page already depends on what it passes in). */
    private static final Set<String> ONLY_THEIR_ARGUMENTS = Set.of("in", "label", "currentPrices", "text", "texts",
            // A build setting, the same for every page of every build of a run: no input of a page.
            "getListRows");

    @Test
    void everyMethodATemplateCanCallNamesWhatItReads() throws Exception {
        Site site = new SiteLoader().load(TestProject.FIXTURE).site();
        SiteView view = new SiteView(site, History.unavailable("in a test", ""));
        List<String> silent = new ArrayList<>();
        List<Method> methods = Arrays.stream(SiteView.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())).toList();
        for (Method method : methods) {
            if (ONLY_THEIR_ARGUMENTS.contains(method.getName())) {
                continue;
            }
            Object[] args = Arrays.stream(method.getParameterTypes()).map(type -> argument(type, site)).toArray();
            Set<String> inputs = PageInputs.recording(() -> method.invoke(view, args));
            if (inputs.isEmpty() && !ONLY_THEIR_ARGUMENTS.contains(method.getName())) {
                silent.add(method.getName());
            }
        }
        assertEquals(List.of(), silent, "these SiteView methods record no input (call PageInputs.read)");
        assertEquals(true, methods.size() > 20, "the methods were found: " + methods.size());
    }

    private static Object argument(Class<?> type, Site site) {
        if (type == String.class) {
            return site.projects().get(0).id();
        }
        if (type == Service.class) {
            return site.services().get(0);
        }
        if (type == be.openboek.model.Subsidy.class) {
            return site.subsidies().get(0);
        }
        if (type == int.class) {
            // A year (yearListAddress).
            return site.subsidies().get(0).year();
        }
        if (type == Question.class) {
            // One that names a record, which answers() then looks up.
            return site.questions().stream().filter(q -> q.answeredBy().stream().anyMatch(a -> a.target().contains("/"))).findFirst()
                    .orElseThrow();
        }
        if (Identified.class.isAssignableFrom(type) || type == FieldRecord.class) {
            return site.projects().get(0);
        }
        if (Coded.class.isAssignableFrom(type)) {
            return ProjectStatus.EXPERIMENT;
        }
        if (type == Language.class) {
            return Language.EN;
        }
        throw new IllegalArgumentException("no sample argument of " + type + ": add one here");
    }
}
