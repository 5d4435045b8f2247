package be.openboek.render;

import org.jbake.model.DocumentModel;

/**
 * One page rendered from the model rather than from a file in content/: a list page or a record page.
 *
 * @param type   the JBake document type; the template is {@code templates/<type>.ftl}
 * @param uri    output path relative to the site root, e.g. {@code projects/bieblo/index.html}
 * @param title  page title
 * @param record the record the page shows, or null for list pages
 */
public record Page(String type, String uri, String title, Object record) {

    /** The relative path from this page back to the site root: {@code ../../} for {@code projects/x/index.html}. */
    public String rootPath() {
        int depth = (int) uri.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    /**
     * Whether this is a record's page (rendered first, see {@link RecordPagesRenderer}); a part of a paged list and a
     * page of a table's rows list many records, like a list page, and are rendered with the list pages.
     */
    boolean showsRecord() {
        return record != null && !(record instanceof TablePage) && !(record instanceof ListPart);
    }

    /** The document JBake's {@code Renderer} writes. */
    DocumentModel toDocument() {
        DocumentModel doc = new DocumentModel();
        doc.setType(type);
        doc.setUri(uri);
        doc.setStatus("published");
        doc.setRootPath(rootPath());
        doc.setTitle(title);
        if (record != null) {
            doc.put(PageKeys.RECORD, record);
        }
        return doc;
    }
}
