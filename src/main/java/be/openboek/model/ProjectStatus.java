package be.openboek.model;

/** Where a co-creation project is in its lifecycle: selected → experiment → evaluated → scaled up or stopped. */
public enum ProjectStatus implements Coded {
    SELECTED("selected"),
    EXPERIMENT("experiment"),
    EVALUATED("evaluated"),
    SCALED_UP("scaled_up"),
    STOPPED("stopped");

    private final String code;

    ProjectStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
