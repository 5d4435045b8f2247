package be.openboek.model;

/**
 * A Markdown page from {@code content/}, such as the about page.
 *
 * @param id       slug, the file name without {@code .md}; the page is published at {@code <id>/}
 * @param title    title from the front matter
 * @param markdown the Markdown body
 * @param origin   where it was written
 * @param english  its English version, from {@code content/en/<id>.md}; null when there is none (the English site
 *                 then shows the Dutch text, and says so)
 */
public record ContentPage(String id, String title, String markdown, Origin origin, ContentPage english) implements Identified {

    /** A page without an English version. */
    public ContentPage(String id, String title, String markdown, Origin origin) {
        this(id, title, markdown, origin, null);
    }

    /** The version for English readers: the English one when there is one, else this (Dutch) one. */
    public ContentPage forEnglish() {
        return english != null ? english : this;
    }

    /** This page with {@code translation} as its English version. */
    public ContentPage withEnglish(ContentPage translation) {
        return new ContentPage(id, title, markdown, origin, translation);
    }
}
