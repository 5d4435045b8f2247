package be.openboek.model;

/**
 * A Markdown page from {@code content/}, such as the about page.
 *
 * @param id       slug, the file name without {@code .md}; the page is published at {@code <id>/}
 * @param title    title from the front matter
 * @param markdown the Markdown body
 * @param origin   where it was written
 */
public record ContentPage(String id, String title, String markdown, Origin origin) implements Identified {
}
