package be.openboek.model;

/** How far a subsidy amount has come: granted, budgeted or paid. */
public enum SubsidyStatus implements Coded {
    GRANTED("granted"),
    BUDGETED("budgeted"),
    PAID("paid");

    private final String code;

    SubsidyStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
