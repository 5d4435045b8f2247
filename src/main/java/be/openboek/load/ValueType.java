package be.openboek.load;

/** How to read one YAML value as a typed value, e.g. a euro amount or a date. */
@FunctionalInterface
interface ValueType<T> {

    Conversion<T> convert(YamlNode node);
}
