package be.openboek.render;

import java.io.File;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.model.ModelAttributes;

/**
 * JBake's content store, kept in a list instead of its OrientDB database. A bake holds a few dozen documents (the pages
 * of content/, once per language) for the length of one build; starting a database for them cost a third to half a
 * second of every build and loaded some 1,800 classes and a native library (see {@link JBakePages}).
 *
 * <p>Each method answers what the store's query of the same name selects, in the same order ({@code order by date
 * desc}, earlier additions first among equal dates), and returns copies, as the database did: a caller that changes a
 * document it was given (JBake's renderer sets the previous and next document) does not change the stored one.
 */
final class MemoryContentStore extends ContentStore {

    private static final Comparator<DocumentModel> NEWEST_FIRST = Comparator.comparing(DocumentModel::getDate,
            Comparator.nullsLast(Comparator.<Date>reverseOrder()));

    private final List<DocumentModel> documents = new ArrayList<>();
    private long start = -1;
    private long limit = -1;

    MemoryContentStore() {
        super("memory", "openboek");
    }

    @Override
    public void startup() {
        // Nothing to start: the documents live in this object.
    }

    @Override
    public void close() {
        // Nothing to close.
    }

    @Override
    public void shutdown() {
        // Nothing to shut down.
    }

    @Override
    public void drop() {
        documents.clear();
    }

    @Override
    public boolean isActive() {
        return true;
    }

    @Override
    public void updateAndClearCacheIfNeeded(boolean needed, File templateFolder) {
        // Nothing outlives a bake, so there is no cache to clear.
    }

    @Override
    public long getStart() {
        return start;
    }

    @Override
    public void setStart(int start) {
        this.start = start;
    }

    @Override
    public long getLimit() {
        return limit;
    }

    @Override
    public void setLimit(int limit) {
        this.limit = limit;
    }

    @Override
    public void resetPagination() {
        start = -1;
        limit = -1;
    }

    @Override
    public void addDocument(DocumentModel document) {
        documents.add(copy(document));
    }

    @Override
    public long getDocumentCount(String docType) {
        return documents.stream().filter(ofType(docType)).count();
    }

    @Override
    public long getPublishedCount(String docType) {
        return documents.stream().filter(ofType(docType).and(MemoryContentStore::published)).count();
    }

    @Override
    public DocumentList<DocumentModel> getDocumentByUri(String uri) {
        return select(d -> uri.equals(d.getSourceuri()), false, false);
    }

    @Override
    public DocumentList<DocumentModel> getDocumentStatus(String uri) {
        return getDocumentByUri(uri);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts() {
        return getPublishedPosts(false);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts(boolean applyPaging) {
        return select(ofType("post").and(MemoryContentStore::published), true, applyPaging);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPostsByTag(String tag) {
        return select(ofType("post").and(MemoryContentStore::published).and(tagged(tag)), true, false);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedDocumentsByTag(String tag) {
        DocumentList<DocumentModel> found = new DocumentList<>();
        for (String docType : DocumentTypes.getDocumentTypes()) {
            found.addAll(select(ofType(docType).and(MemoryContentStore::published).and(tagged(tag)), true, false));
        }
        return found;
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPages() {
        return getPublishedContent("page");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedContent(String docType) {
        return select(ofType(docType).and(MemoryContentStore::published), true, false);
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType) {
        return getAllContent(docType, false);
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType, boolean applyPaging) {
        return select(ofType(docType), true, applyPaging);
    }

    @Override
    public DocumentList<DocumentModel> getUnrenderedContent() {
        return select(d -> !Boolean.TRUE.equals(d.getRendered()), true, false);
    }

    @Override
    public void deleteContent(String uri) {
        documents.removeIf(d -> uri.equals(d.getSourceuri()));
    }

    @Override
    public void markContentAsRendered(DocumentModel document) {
        for (DocumentModel stored : documents) {
            if (!Boolean.TRUE.equals(stored.getRendered()) && Boolean.TRUE.equals(stored.getCached())
                    && stored.getType().equals(document.getType()) && stored.getSourceuri().equals(document.getSourceuri())) {
                stored.setRendered(true);
            }
        }
    }

    @Override
    public void deleteAllByDocType(String docType) {
        documents.removeIf(ofType(docType));
    }

    @Override
    public Set<String> getTags() {
        return tagsOf(ofType("post").and(MemoryContentStore::published));
    }

    @Override
    public Set<String> getAllTags() {
        Set<String> tags = new LinkedHashSet<>();
        for (String docType : DocumentTypes.getDocumentTypes()) {
            tags.addAll(tagsOf(ofType(docType).and(MemoryContentStore::published)));
        }
        return tags;
    }

    private Set<String> tagsOf(Predicate<DocumentModel> which) {
        Set<String> tags = new LinkedHashSet<>();
        documents.stream().filter(which).forEach(d -> tags.addAll(List.of(d.getTags())));
        return tags;
    }

    private DocumentList<DocumentModel> select(Predicate<DocumentModel> which, boolean newestFirst, boolean applyPaging) {
        List<DocumentModel> found = new ArrayList<>(documents.stream().filter(which).toList());
        if (newestFirst) {
            found.sort(NEWEST_FIRST);
        }
        if (applyPaging && start >= 0 && limit > -1) {
            found = found.subList((int) Math.min(start, found.size()), (int) Math.min(start + limit, found.size()));
        }
        DocumentList<DocumentModel> copies = new DocumentList<>();
        found.forEach(d -> copies.add(copy(d)));
        return copies;
    }

    private static Predicate<DocumentModel> ofType(String docType) {
        return d -> docType.equals(d.getType());
    }

    private static boolean published(DocumentModel document) {
        return ModelAttributes.Status.PUBLISHED.equals(document.getStatus());
    }

    private static Predicate<DocumentModel> tagged(String tag) {
        return d -> d.get(ModelAttributes.TAGS) != null && List.of(d.getTags()).contains(tag);
    }

    private static DocumentModel copy(DocumentModel document) {
        DocumentModel copy = new DocumentModel();
        copy.putAll(document);
        return copy;
    }
}
