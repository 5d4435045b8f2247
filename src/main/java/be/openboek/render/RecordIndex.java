package be.openboek.render;

import be.openboek.model.Call;
import be.openboek.model.Identified;
import be.openboek.model.Project;
import be.openboek.model.Question;
import be.openboek.model.Service;
import be.openboek.model.Site;
import be.openboek.model.Source;
import be.openboek.model.Subsidy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The records of a site by id, the services of each project, the projects of each call and the records citing each
 * source, built once per build. The model's own
 * lookups search a list, which made every record page cost time in proportion to the number of records.
 */
final class RecordIndex {

    private final Map<String, Project> projects;
    private final Map<String, Service> services;
    private final Map<String, Source> sources;
    private final Map<String, Call> calls;
    private final Map<String, Subsidy> subsidies;
    private final Map<String, Question> questions;
    private final Map<String, List<Service>> servicesFrom = new HashMap<>();
    private final Map<String, List<Project>> projectsOfCall = new HashMap<>();
    private final Map<String, CitedBy> citedBy;

    RecordIndex(Site site) {
        projects = byId(site.projects());
        services = byId(site.services());
        sources = byId(site.sources());
        calls = byId(site.calls());
        subsidies = byId(site.subsidies());
        questions = byId(site.questions());
        for (Service s : site.services()) {
            // In service order, like Site.servicesFrom; a project named twice still lists the service once.
            for (String id : s.originProjectIds().stream().distinct().toList()) {
                servicesFrom.computeIfAbsent(id, k -> new ArrayList<>()).add(s);
            }
        }
        servicesFrom.replaceAll((id, list) -> List.copyOf(list));
        for (Project p : site.projects()) {
            if (p.callId() != null) {
                projectsOfCall.computeIfAbsent(p.callId(), k -> new ArrayList<>()).add(p);
            }
        }
        projectsOfCall.replaceAll((id, list) -> List.copyOf(list));
        citedBy = CitedBy.of(site);
    }

    Project project(String id) {
        return id == null ? null : projects.get(id);
    }

    Service service(String id) {
        return id == null ? null : services.get(id);
    }

    Source source(String id) {
        return id == null ? null : sources.get(id);
    }

    Call call(String id) {
        return id == null ? null : calls.get(id);
    }

    /** The services that name {@code projectId} among their origin projects, in service order. */
    List<Service> servicesFrom(String projectId) {
        return servicesFrom.getOrDefault(projectId, List.of());
    }

    /** The projects selected in a call (those naming it as their call), in project order. */
    List<Project> projectsOfCall(String callId) {
        return projectsOfCall.getOrDefault(callId, List.of());
    }

    /** The records that cite a source. */
    CitedBy citedBy(String sourceId) {
        return citedBy.getOrDefault(sourceId, CitedBy.NONE);
    }

    /** The record of a type ({@code Project}, {@code Service}, ... as {@link Class#getSimpleName()}) and id, or null. */
    Identified record(String type, String id) {
        return switch (type) {
            case "Project" -> projects.get(id);
            case "Service" -> services.get(id);
            case "Source" -> sources.get(id);
            case "Call" -> calls.get(id);
            case "Subsidy" -> subsidies.get(id);
            case "Question" -> questions.get(id);
            default -> null;
        };
    }

    private static <T extends Identified> Map<String, T> byId(List<T> records) {
        Map<String, T> map = new HashMap<>(records.size() * 4 / 3 + 1);
        for (T r : records) {
            // The first wins, like the model's lookups (validation reports duplicates).
            map.putIfAbsent(r.id(), r);
        }
        return map;
    }
}
