package be.openboek.model;

/** How the price of a service is set. */
public enum PriceModel implements Coded {
    FREE("free"),
    FLAT("flat"),
    PER_INHABITANT("per_inhabitant"),
    TIERED("tiered"),
    ON_QUOTE("on_quote");

    private final String code;

    PriceModel(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
