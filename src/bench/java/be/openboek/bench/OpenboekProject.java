package be.openboek.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** Writes the synthetic records as an Openboek project folder (data/, content/, and the repository's templates and assets). */
final class OpenboekProject {

    private OpenboekProject() {
    }

    static void write(SyntheticRecords records, Path repository, Path root) throws IOException {
        Path data = root.resolve("data");
        Files.createDirectories(data.resolve("projects"));
        Files.createDirectories(data.resolve("services"));
        writeFile(data.resolve("organisation.yaml"), """
                name: Benchmarkorganisatie
                legal_form: vzw
                founded: 2016-07-01
                website: https://www.example.org/
                licence:
                  name: "Modellicentie Gratis Hergebruik v1.0"
                  url: https://data.vlaanderen.be/id/licentie/modellicentie-gratis-hergebruik/v1.0
                base_url: https://openboek.example.org/
                """);
        StringBuilder sources = new StringBuilder("sources:\n");
        for (int i = 1; i <= SyntheticRecords.SOURCES; i++) {
            sources.append("  - id: ").append(SyntheticRecords.sourceId(i)).append("\n    title: Bron ").append(i)
                    .append("\n    kind: annual-report\n    date: \"2019\"\n    publisher: Benchmarkorganisatie\n");
        }
        writeFile(data.resolve("sources.yaml"), sources.toString());
        StringBuilder calls = new StringBuilder("calls:\n");
        for (int i = 1; i <= SyntheticRecords.CALLS; i++) {
            calls.append("  - id: oproep-").append(i).append("\n    title: Projectoproep ").append(i)
                    .append("\n    description: Een oproep voor projecten.\n    sources: [bron-001]\n");
        }
        writeFile(data.resolve("calls.yaml"), calls.toString());
        writeFile(data.resolve("questions.yaml"), """
                questions:
                  - id: vraag-1
                    number: 1
                    question: Welke subsidies kreeg de organisatie?
                    answer: Zie de subsidies.
                    answered_by:
                      - page: subsidies
                        sources: [bron-001]
                    sources: [bron-001]
                  - id: vraag-2
                    number: 2
                    question: Welke projecten en diensten?
                    answer: Zie de projecten en diensten.
                    answered_by:
                      - page: projects
                        sources: [bron-002]
                      - page: services
                        sources: [bron-002]
                    sources: [bron-002]
                """);
        StringBuilder subsidies = new StringBuilder("subsidies:\n");
        for (SyntheticRecords.Subsidy s : records.subsidies) {
            subsidies.append("  - id: ").append(s.id()).append("\n    year: ").append(s.year()).append("\n    amount: ").append(s.amount())
                    .append("\n    status: ").append(s.status()).append("\n    purpose: ").append(s.purpose())
                    .append("\n    funder: Vlaamse overheid\n    recipient: Benchmarkorganisatie\n    sources: [").append(s.source()).append("]\n");
        }
        writeFile(data.resolve("subsidies.yaml"), subsidies.toString());
        for (SyntheticRecords.Project p : records.projects) {
            writeFile(data.resolve("projects/" + p.id() + ".yaml"), project(p));
        }
        for (SyntheticRecords.Service s : records.services) {
            writeFile(data.resolve("services/" + s.id() + ".yaml"), service(s));
        }
        Files.createDirectories(root.resolve("content"));
        writeFile(root.resolve("content/about.md"), "---\ntitle: Over deze site\n---\nEen synthetische organisatie voor de benchmark.\n");
        copyTree(repository.resolve("templates"), root.resolve("templates"));
        copyTree(repository.resolve("assets"), root.resolve("assets"));
    }

    static String project(SyntheticRecords.Project p) {
        StringBuilder y = new StringBuilder();
        y.append("id: ").append(p.id()).append("\ntitle: \"").append(p.title()).append("\"\ncall:\n  call: ").append(p.call())
                .append("\n  sources: [").append(p.sources().get(0)).append("]\nperiod:\n  start: \"").append(p.start()).append("\"\nstatus: ").append(p.status())
                .append("\nobjective: ").append(p.objective()).append('\n');
        if (p.results() != null) {
            y.append("results: ").append(p.results()).append('\n');
        }
        y.append("partners:\n");
        for (String[] partner : p.partners()) {
            y.append("  - name: ").append(partner[0]).append("\n    place: ").append(partner[1]).append("\n    role: ").append(partner[2]).append('\n');
        }
        y.append("themes: [").append(String.join(", ", p.themes())).append("]\n");
        if (p.budget() > 0) {
            y.append("budget: ").append(p.budget()).append('\n');
        }
        y.append("description: |\n").append(p.description().lines().map(l -> l.isEmpty() ? "" : "  " + l).collect(Collectors.joining("\n")))
                .append("\nsources: [").append(String.join(", ", p.sources())).append("]\n");
        return y.toString();
    }

    static String service(SyntheticRecords.Service s) {
        StringBuilder y = new StringBuilder();
        y.append("id: ").append(s.id()).append("\nname: \"").append(s.name()).append("\"\ndescription: ").append(s.description())
                .append("\nlaunched: ").append(s.launched()).append("\norigin_projects:\n");
        for (String project : s.originProjects()) {
            y.append("  - project: ").append(project).append("\n    sources: [").append(s.sources().get(0)).append("]\n");
        }
        y.append("subscribers: Gemeenten en hun bibliotheken\nprice_model: per_inhabitant\nprices:\n");
        for (SyntheticRecords.PriceLine l : s.prices()) {
            y.append("  - component: ").append(l.component()).append("\n    amount: ").append(l.amount())
                    .append("\n    unit: per_inhabitant_per_year\n    vat_included: true\n    valid_from: ").append(l.validFrom()).append('\n');
            if (l.validTo() != null) {
                y.append("    valid_to: ").append(l.validTo()).append('\n');
            }
            y.append("    sources: [").append(l.source()).append("]\n");
        }
        y.append("sources: [").append(String.join(", ", s.sources())).append("]\n");
        return y.toString();
    }

    static void writeFile(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path file : files.sorted().toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
