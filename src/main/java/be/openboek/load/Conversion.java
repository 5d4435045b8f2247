package be.openboek.load;

/**
 * The outcome of reading one YAML value as a typed value: the value, or what was wrong with it.
 *
 * @param value   the value, or null on failure
 * @param message what was expected and found, or null on success
 * @param hint    a concrete fix, or empty
 */
record Conversion<T>(T value, String message, String hint) {

    static <T> Conversion<T> ok(T value) {
        return new Conversion<>(value, null, "");
    }

    static <T> Conversion<T> fail(String message, String hint) {
        return new Conversion<>(null, message, hint);
    }

    boolean failed() {
        return message != null;
    }
}
