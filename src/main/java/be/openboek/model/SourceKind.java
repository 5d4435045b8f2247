package be.openboek.model;

/** What kind of document a source is. */
public enum SourceKind implements Coded {
    PARLIAMENTARY_QUESTION("parliamentary-question"),
    ANNUAL_REPORT("annual-report"),
    BUDGET("budget"),
    DECISION("decision"),
    AGREEMENT("agreement"),
    WEB_PAGE("web-page"),
    NEWS_ARTICLE("news-article"),
    MAGAZINE("magazine"),
    SURVEY("survey");

    private final String code;

    SourceKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
