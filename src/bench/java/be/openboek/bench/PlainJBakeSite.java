package be.openboek.bench;

import static be.openboek.bench.OpenboekProject.writeFile;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the same records as a plain JBake 2.7.0 site, baked by its own Oven with its stock FreeMarker
 * engine and embedded database: a Markdown file per project (facts and partners as Markdown, then the
 * description) and per service (price table as Markdown), and a home page (JBake's masterindex) listing all
 * projects and services. Tags, archive, feed and sitemap are off (our site has none).
 */
final class PlainJBakeSite {

    private PlainJBakeSite() {
    }

    static void write(SyntheticRecords records, Path root) throws IOException {
        writeFile(root.resolve("jbake.properties"), """
                site.host=https://openboek.example.org/
                db.store=memory
                markdown.extensions=TABLES,AUTOLINKS,FENCED_CODE_BLOCKS,DEFINITIONS,STRIKETHROUGH,SMARTS
                render.tags=false
                render.archive=false
                render.feed=false
                render.sitemap=false
                render.index=true
                template.masterindex.file=index.ftl
                template.page.file=page.ftl
                template.post.file=page.ftl
                template.project.file=page.ftl
                template.service.file=page.ftl
                """);
        writeFile(root.resolve("templates/page.ftl"), """
                <!DOCTYPE html>
                <html lang="nl-BE"><head><meta charset="utf-8"><title>${content.title}</title></head>
                <body><main><h1>${content.title}</h1>${content.body}</main></body></html>
                """);
        writeFile(root.resolve("templates/index.ftl"), """
                <!DOCTYPE html>
                <html lang="nl-BE"><head><meta charset="utf-8"><title>Benchmarkorganisatie</title></head>
                <body><h1>Projecten</h1><ul><#list published_projects as p><li><a href="${p.uri}">${p.title}</a></li></#list></ul>
                <h1>Diensten</h1><ul><#list published_services as s><li><a href="${s.uri}">${s.title}</a></li></#list></ul></body></html>
                """);
        writeFile(root.resolve("content/about.md"), "title=Over deze site\ntype=page\nstatus=published\n~~~~~~\nEen synthetische organisatie.\n");
        for (SyntheticRecords.Project p : records.projects) {
            StringBuilder md = header(p.title(), "project");
            md.append("- Status: ").append(p.status()).append("\n- Periode: ").append(p.start()).append("\n- Projectoproep: ").append(p.call())
                    .append("\n\n## Doel\n\n").append(p.objective()).append("\n\n## Beschrijving\n\n").append(p.description())
                    .append("\n## Partners\n\n| Naam | Plaats | Rol |\n|---|---|---|\n");
            for (String[] partner : p.partners()) {
                md.append("| ").append(partner[0]).append(" | ").append(partner[1]).append(" | ").append(partner[2]).append(" |\n");
            }
            writeFile(root.resolve("content/projects/" + p.id() + ".md"), md.toString());
        }
        for (SyntheticRecords.Service s : records.services) {
            StringBuilder md = header(s.name(), "service");
            md.append(s.description()).append("\n\n## Prijzen\n\n| Onderdeel | Bedrag | Vanaf | Tot |\n|---|---|---|---|\n");
            for (SyntheticRecords.PriceLine l : s.prices()) {
                md.append("| ").append(l.component()).append(" | € ").append(l.amount().replace('.', ',')).append(" | ").append(l.validFrom())
                        .append(" | ").append(l.validTo() == null ? "" : l.validTo()).append(" |\n");
            }
            writeFile(root.resolve("content/services/" + s.id() + ".md"), md.toString());
        }
    }

    private static StringBuilder header(String title, String type) {
        return new StringBuilder("title=").append(title).append("\ntype=").append(type).append("\nstatus=published\ndate=2020-01-01\n~~~~~~\n");
    }
}
