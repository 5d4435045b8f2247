package be.openboek.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Date;
import java.util.List;
import java.util.Set;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.model.ModelAttributes;
import org.junit.jupiter.api.Test;

/** The content store JBake's crawler and rendering tools use in a bake answers as its database did. */
class MemoryContentStoreTest {

    @Test
    void documentsComeBackNewestFirstByTypeAndStatus() {
        MemoryContentStore store = new MemoryContentStore();
        store.addDocument(document("old.html", "page", "published", 1_000));
        store.addDocument(document("draft.html", "page", "draft", 3_000));
        store.addDocument(document("new.html", "page", "published", 2_000));
        store.addDocument(document("post.html", "post", "published", 4_000));

        assertEquals(List.of("draft.html", "new.html", "old.html"), uris(store.getAllContent("page")));
        assertEquals(List.of("new.html", "old.html"), uris(store.getPublishedPages()));
        assertEquals(List.of("post.html"), uris(store.getPublishedPosts()));
        assertEquals(3, store.getDocumentCount("page"));
        assertEquals(2, store.getPublishedCount("page"));
        assertEquals(List.of("new.html"), uris(store.getDocumentStatus("new.html")));
    }

    @Test
    void pagingAppliesOnlyWhereAsked() {
        MemoryContentStore store = new MemoryContentStore();
        for (int i = 1; i <= 5; i++) {
            store.addDocument(document("p" + i + ".html", "post", "published", i * 1_000L));
        }
        store.setStart(1);
        store.setLimit(2);
        assertEquals(List.of("p4.html", "p3.html"), uris(store.getPublishedPosts(true)));
        assertEquals(5, store.getPublishedPosts(false).size());
        store.resetPagination();
        assertEquals(5, store.getPublishedPosts(true).size());
    }

    @Test
    void whatACallerChangesStaysWithTheCaller() {
        MemoryContentStore store = new MemoryContentStore();
        store.addDocument(document("a.html", "page", "published", 1_000));
        DocumentModel given = store.getAllContent("page").get(0);
        given.setNextContent(document("b.html", "page", "published", 2_000));
        given.setTitle("changed");
        DocumentModel again = store.getAllContent("page").get(0);
        assertNull(again.get(ModelAttributes.NEXT_CONTENT));
        assertEquals("title of a.html", again.getTitle());
    }

    @Test
    void renderedDocumentsLeaveTheUnrenderedOnesOnlyWhenCachedAsInJBakesQuery() {
        MemoryContentStore store = new MemoryContentStore();
        DocumentModel cached = document("a.html", "page", "published", 1_000);
        DocumentModel uncached = document("b.html", "page", "published", 2_000);
        uncached.setCached(false);
        store.addDocument(cached);
        store.addDocument(uncached);
        assertEquals(List.of("b.html", "a.html"), uris(store.getUnrenderedContent()));

        store.markContentAsRendered(store.getDocumentByUri("a.html").get(0));
        store.markContentAsRendered(store.getDocumentByUri("b.html").get(0));
        assertEquals(List.of("b.html"), uris(store.getUnrenderedContent()));

        store.deleteContent("b.html");
        assertEquals(List.of(), uris(store.getUnrenderedContent()));
        assertEquals(1, store.getDocumentCount("page"));
        store.deleteAllByDocType("page");
        assertEquals(0, store.getDocumentCount("page"));
    }

    @Test
    void tagsAreThoseOfPublishedDocuments() {
        DocumentTypes.addDocumentType("page");
        DocumentTypes.addDocumentType("post");
        MemoryContentStore store = new MemoryContentStore();
        DocumentModel post = document("p.html", "post", "published", 1_000);
        post.setTags(new String[] {"cultuur", "bibliotheek"});
        DocumentModel draft = document("d.html", "post", "draft", 2_000);
        draft.setTags(new String[] {"geheim"});
        store.addDocument(post);
        store.addDocument(draft);
        assertEquals(Set.of("cultuur", "bibliotheek"), store.getTags());
        assertEquals(Set.of("cultuur", "bibliotheek"), store.getAllTags());
        assertEquals(List.of("p.html"), uris(store.getPublishedPostsByTag("cultuur")));
        assertEquals(List.of(), uris(store.getPublishedPostsByTag("geheim")));
    }

    private static DocumentModel document(String uri, String type, String status, long time) {
        DocumentModel document = new DocumentModel();
        document.setSourceUri(uri);
        document.setUri(uri);
        document.setType(type);
        document.setStatus(status);
        document.setDate(new Date(time));
        document.setTitle("title of " + uri);
        document.setRendered(false);
        document.setCached(true);
        return document;
    }

    private static List<String> uris(List<DocumentModel> documents) {
        return documents.stream().map(DocumentModel::getSourceuri).toList();
    }
}
