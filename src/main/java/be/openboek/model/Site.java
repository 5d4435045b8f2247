package be.openboek.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything the site is made of: records sorted by id, except subsidies (by year, then id),
 * questions (by number) and sources (in the order of their file, which numbers the footnotes).
 * Every stage after loading reads it; none changes it.
 */
public record Site(Organisation organisation, List<Source> sources, List<Call> calls, List<Subsidy> subsidies,
        List<Project> projects, List<Service> services, List<Question> questions, List<ContentPage> pages) {

    public Optional<Source> source(String id) {
        return find(sources, id);
    }

    public Optional<Project> project(String id) {
        return find(projects, id);
    }

    public Optional<Service> service(String id) {
        return find(services, id);
    }

    public Optional<Call> call(String id) {
        return find(calls, id);
    }

    /** The services that name {@code projectId} among their origin projects. */
    public List<Service> servicesFrom(String projectId) {
        return services.stream().filter(s -> s.originProjectIds().contains(projectId)).toList();
    }

    private static <T extends Identified> Optional<T> find(List<T> records, String id) {
        return records.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
