package be.openboek.model;

/** The part a partner plays in a project. */
public enum PartnerRole implements Coded {
    SUBMITTER("submitter"),
    PARTNER("partner"),
    SUPPLIER("supplier");

    private final String code;

    PartnerRole(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
