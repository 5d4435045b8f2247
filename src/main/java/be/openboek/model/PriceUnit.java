package be.openboek.model;

/** What one price amount pays for. */
public enum PriceUnit implements Coded {
    PER_INHABITANT_PER_YEAR("per_inhabitant_per_year"),
    PER_YEAR("per_year"),
    PER_MONTH("per_month"),
    ONE_OFF("one_off");

    private final String code;

    PriceUnit(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
