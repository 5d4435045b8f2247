package be.openboek.bench;

import static be.openboek.bench.OpenboekProject.writeFile;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the same records as a Hugo site with pages comparable to ours: a page per project (facts, the
 * Markdown description, partners table, services from it) and per service (facts, price table), list
 * pages of all projects and all services, the subsidies page, a home page and an about page. The links
 * between projects and services go into front matter (as a Hugo user would write them, so that no
 * template searches all pages). Taxonomies, RSS and the sitemap are off: our site has none of them.
 *
 * <p>Two variants: {@link #write} one language and HTML only (the column of rounds 1 to 4), and {@link #writeSameWork}
 * "Hugo same work" (issue 16): the same content under {@code nl} and {@code en}, each language with its own content
 * folder as a Hugo user configures a multilingual site, and a JSON output beside every page
 * ({@code outputs.page = ["HTML", "JSON"]}, likewise for the home page and the sections), which is what Openboek
 * writes: both languages and an API file per record.
 */
final class HugoSite {

    private HugoSite() {
    }

    /** One language, HTML only. */
    static void write(SyntheticRecords records, Path root) throws IOException {
        writeFile(root.resolve("config.toml"), """
                baseURL = "https://openboek.example.org/"
                languageCode = "nl-be"
                title = "Benchmarkorganisatie"
                disableKinds = ["taxonomy", "term", "RSS", "sitemap"]
                relativeURLs = true
                """);
        writeContent(records, root.resolve("content"));
        writeDataAndLayouts(records, root);
    }

    /** The same content in Dutch and English, and a JSON file beside every HTML page. */
    static void writeSameWork(SyntheticRecords records, Path root) throws IOException {
        writeFile(root.resolve("config.toml"), """
                baseURL = "https://openboek.example.org/"
                title = "Benchmarkorganisatie"
                disableKinds = ["taxonomy", "term", "RSS", "sitemap"]
                relativeURLs = true
                defaultContentLanguage = "nl"
                [languages.nl]
                languageCode = "nl-be"
                contentDir = "content/nl"
                weight = 1
                [languages.en]
                languageCode = "en"
                contentDir = "content/en"
                weight = 2
                [outputs]
                home = ["HTML", "JSON"]
                section = ["HTML", "JSON"]
                page = ["HTML", "JSON"]
                """);
        writeContent(records, root.resolve("content/nl"));
        writeContent(records, root.resolve("content/en"));
        writeDataAndLayouts(records, root);
        // What a record's API file holds: its front matter (the record's fields), its address and its description.
        writeFile(root.resolve("layouts/_default/single.json"),
                "{{ dict \"url\" .Permalink \"title\" .Title \"fields\" .Params \"description\" .RawContent | jsonify }}\n");
        writeFile(root.resolve("layouts/_default/list.json"),
                "{{ $rows := slice }}{{ range .Pages.ByTitle }}{{ $rows = $rows | append (dict \"url\" .Permalink \"title\" .Title"
                        + " \"fields\" .Params) }}{{ end }}{{ dict \"title\" .Title \"rows\" $rows | jsonify }}\n");
    }

    private static void writeContent(SyntheticRecords records, Path content) throws IOException {
        writeFile(content.resolve("_index.md"), "---\ntitle: Benchmarkorganisatie\n---\n");
        writeFile(content.resolve("about.md"), "---\ntitle: Over deze site\n---\nEen synthetische organisatie voor de benchmark.\n");
        writeFile(content.resolve("projects/_index.md"), "---\ntitle: Projecten\n---\n");
        writeFile(content.resolve("services/_index.md"), "---\ntitle: Diensten\n---\n");
        writeFile(content.resolve("subsidies/_index.md"), "---\ntitle: Subsidies\n---\n");
        java.util.Map<String, String> titles = new java.util.HashMap<>();
        records.projects.forEach(p -> titles.put(p.id(), p.title()));
        java.util.Map<String, String> names = new java.util.HashMap<>();
        records.services.forEach(s -> names.put(s.id(), s.name()));
        for (SyntheticRecords.Project p : records.projects) {
            StringBuilder f = new StringBuilder("---\n");
            f.append("title: \"").append(p.title()).append("\"\nstatus: ").append(p.status()).append("\ncall: ").append(p.call())
                    .append("\nstart: \"").append(p.start()).append("\"\nobjective: ").append(p.objective()).append('\n');
            if (p.results() != null) {
                f.append("results: ").append(p.results()).append('\n');
            }
            f.append("budget: ").append(p.budget()).append("\nthemes: [").append(String.join(", ", p.themes())).append("]\npartners:\n");
            for (String[] partner : p.partners()) {
                f.append("  - {name: ").append(partner[0]).append(", place: ").append(partner[1]).append(", role: ").append(partner[2]).append("}\n");
            }
            f.append("services:\n");
            for (String id : p.services()) {
                f.append("  - {id: ").append(id).append(", name: \"").append(names.get(id)).append("\"}\n");
            }
            f.append("sources: [").append(String.join(", ", p.sources())).append("]\n---\n").append(p.description());
            writeFile(content.resolve("projects/" + p.id() + ".md"), f.toString());
        }
        for (SyntheticRecords.Service s : records.services) {
            StringBuilder f = new StringBuilder("---\n");
            f.append("title: \"").append(s.name()).append("\"\ndescription: ").append(s.description()).append("\nlaunched: \"")
                    .append(s.launched()).append("\"\norigin:\n");
            for (String id : s.originProjects()) {
                f.append("  - {id: ").append(id).append(", title: \"").append(titles.get(id)).append("\"}\n");
            }
            f.append("prices:\n");
            for (SyntheticRecords.PriceLine l : s.prices()) {
                f.append("  - {component: ").append(l.component()).append(", amount: \"").append(l.amount()).append("\", from: \"")
                        .append(l.validFrom()).append("\", to: \"").append(l.validTo() == null ? "" : l.validTo()).append("\", source: ")
                        .append(l.source()).append("}\n");
            }
            f.append("sources: [").append(String.join(", ", s.sources())).append("]\n---\n");
            writeFile(content.resolve("services/" + s.id() + ".md"), f.toString());
        }
    }

    private static void writeDataAndLayouts(SyntheticRecords records, Path root) throws IOException {
        StringBuilder subsidies = new StringBuilder();
        for (SyntheticRecords.Subsidy s : records.subsidies) {
            subsidies.append("- id: ").append(s.id()).append("\n  year: ").append(s.year()).append("\n  amount: ").append(s.amount())
                    .append("\n  status: ").append(s.status()).append("\n  purpose: ").append(s.purpose()).append("\n  source: ").append(s.source()).append('\n');
        }
        writeFile(root.resolve("data/subsidies.yaml"), subsidies.toString());
        writeFile(root.resolve("layouts/_default/baseof.html"), """
                <!DOCTYPE html>
                <html lang="nl-BE">
                <head><meta charset="utf-8"><title>{{ .Title }} · {{ site.Title }}</title>
                <link rel="stylesheet" href="/assets/site.css"></head>
                <body><header><a href="/">{{ site.Title }}</a> <nav><a href="/subsidies/">Subsidies</a> <a href="/projects/">Projecten</a>
                <a href="/services/">Diensten</a> <a href="/about/">Over</a></nav></header>
                <main>{{ block "main" . }}{{ end }}</main>
                <footer>Gegevens onder de Modellicentie Gratis Hergebruik.</footer></body>
                </html>
                """);
        writeFile(root.resolve("layouts/_default/single.html"), "{{ define \"main\" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}\n");
        writeFile(root.resolve("layouts/_default/list.html"), "{{ define \"main\" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}\n");
        writeFile(root.resolve("layouts/index.html"), """
                {{ define "main" }}<h1>{{ site.Title }}</h1>
                <p>{{ len (where site.RegularPages "Section" "projects") }} projecten,
                {{ len (where site.RegularPages "Section" "services") }} diensten, {{ len site.Data.subsidies }} subsidies.</p>{{ end }}
                """);
        writeFile(root.resolve("layouts/projects/list.html"), """
                {{ define "main" }}<h1>Projecten</h1>
                <table><caption>Alle projecten ({{ len .Pages }})</caption>
                <thead><tr><th>Project</th><th>Status</th><th>Periode</th><th>Projectoproep</th></tr></thead><tbody>
                {{ range .Pages.ByTitle }}<tr><th><a href="{{ .RelPermalink }}">{{ .Title }}</a></th><td>{{ .Params.status }}</td>
                <td>{{ .Params.start }}</td><td>{{ .Params.call }}</td></tr>
                {{ end }}</tbody></table>{{ end }}
                """);
        writeFile(root.resolve("layouts/projects/single.html"), """
                {{ define "main" }}<p><a href="/projects/">Projecten</a> › {{ .Title }}</p><h1>{{ .Title }}</h1>
                <dl><dt>Status</dt><dd>{{ .Params.status }}</dd><dt>Periode</dt><dd>{{ .Params.start }}</dd>
                <dt>Projectoproep</dt><dd>{{ .Params.call }}</dd><dt>Budget</dt><dd>{{ with .Params.budget }}€ {{ lang.FormatNumber 0 . }}{{ end }}</dd>
                <dt>Thema's</dt><dd>{{ delimit .Params.themes ", " }}</dd></dl>
                <h2>Doel</h2><p>{{ .Params.objective }}</p><h2>Resultaten</h2><p>{{ .Params.results | default "De bronnen vermelden geen resultaten." }}</p>
                <h2>Beschrijving</h2><div class="prose">{{ .Content }}</div>
                <h2>Partners</h2><table><thead><tr><th>Naam</th><th>Plaats</th><th>Rol</th></tr></thead><tbody>
                {{ range .Params.partners }}<tr><th>{{ .name }}</th><td>{{ .place }}</td><td>{{ .role }}</td></tr>{{ end }}</tbody></table>
                <h2>Diensten uit dit project</h2><ul>{{ range .Params.services }}<li><a href="/services/{{ .id }}/">{{ .name }}</a></li>{{ end }}</ul>
                <h2>Bronnen</h2><ul>{{ range .Params.sources }}<li><a href="/sources/#{{ . }}">{{ . }}</a></li>{{ end }}</ul>{{ end }}
                """);
        writeFile(root.resolve("layouts/services/list.html"), """
                {{ define "main" }}<h1>Diensten</h1><ul>
                {{ range .Pages.ByTitle }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>: {{ .Params.description }}</li>
                {{ end }}</ul>{{ end }}
                """);
        writeFile(root.resolve("layouts/services/single.html"), """
                {{ define "main" }}<p><a href="/services/">Diensten</a> › {{ .Title }}</p><h1>{{ .Title }}</h1><p>{{ .Params.description }}</p>
                <dl><dt>Gestart</dt><dd>{{ .Params.launched }}</dd><dt>Uit project</dt><dd>{{ range .Params.origin }}<a href="/projects/{{ .id }}/">{{ .title }}</a> {{ end }}</dd></dl>
                <h2>Prijzen</h2><table><thead><tr><th>Onderdeel</th><th>Bedrag</th><th>Vanaf</th><th>Tot</th><th>Bron</th></tr></thead><tbody>
                {{ range .Params.prices }}<tr><th>{{ .component }}</th><td>€ {{ replace .amount "." "," }}</td><td>{{ .from }}</td><td>{{ .to }}</td><td>{{ .source }}</td></tr>{{ end }}
                </tbody></table>{{ end }}
                """);
        writeFile(root.resolve("layouts/subsidies/list.html"), """
                {{ define "main" }}<h1>Subsidies</h1><table><thead><tr><th>Jaar</th><th>Doel</th><th>Bedrag</th><th>Status</th></tr></thead><tbody>
                {{ range sort site.Data.subsidies "year" }}<tr id="{{ .id }}"><td>{{ .year }}</td><td>{{ .purpose }}</td><td>€ {{ lang.FormatNumber 0 .amount }}</td><td>{{ .status }}</td></tr>
                {{ end }}</tbody></table>{{ end }}
                """);
    }
}
