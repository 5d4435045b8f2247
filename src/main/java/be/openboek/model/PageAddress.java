package be.openboek.model;

/**
 * Where a record is shown on the site, as a path from the root of a language's pages (the Dutch pages are at the site
 * root, the English ones under {@code en/}). Every record has a page of its own: {@code subsidies/<id>/},
 * {@code projects/<id>/}, {@code services/<id>/}, {@code sources/<id>/}, {@code calls/<id>/}, {@code questions/<id>/}.
 * (The lists that showed sources, calls and questions before they had pages keep their anchors: {@code sources/#<id>},
 * {@code projects/#<id>}, {@code #<id>} on the home page.) The pages, the datasets' {@code url} columns, the API and the
 * search index all take the address from here, so they agree.
 */
public final class PageAddress {

    private PageAddress() {
    }

    /** The path of the page that shows {@code record}, e.g. {@code subsidies/2016-werking/}. */
    public static String of(Identified record) {
        String id = record.id();
        if (record instanceof Subsidy) {
            return "subsidies/" + id + "/";
        }
        if (record instanceof Project) {
            return "projects/" + id + "/";
        }
        if (record instanceof Service) {
            return "services/" + id + "/";
        }
        if (record instanceof Source) {
            return "sources/" + id + "/";
        }
        if (record instanceof Call) {
            return "calls/" + id + "/";
        }
        if (record instanceof Question) {
            return "questions/" + id + "/";
        }
        throw new IllegalArgumentException("No page for " + record.getClass().getSimpleName());
    }

    /**
     * The path for a record named by its type as the change log names it ({@code subsidy}, {@code project},
     * {@code service}, {@code source}, {@code call}, {@code question}) and its id; null for an unknown type.
     */
    public static String of(String recordType, String id) {
        return switch (recordType) {
            case "subsidy" -> "subsidies/" + id + "/";
            case "project" -> "projects/" + id + "/";
            case "service" -> "services/" + id + "/";
            case "source" -> "sources/" + id + "/";
            case "call" -> "calls/" + id + "/";
            case "question" -> "questions/" + id + "/";
            default -> null;
        };
    }

    /** The absolute address of a path, from the organisation's {@code base_url}. */
    public static String absolute(Organisation organisation, String path) {
        String base = organisation.baseUrl();
        return (base.endsWith("/") ? base : base + "/") + path;
    }
}
