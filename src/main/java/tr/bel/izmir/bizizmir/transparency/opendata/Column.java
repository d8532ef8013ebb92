package tr.bel.izmir.bizizmir.transparency.opendata;

/**
 * One column of an open dataset: the CSV header and JSON property name, and its type in the
 * published table schema (Frictionless Table Schema types).
 */
public record Column(String name, Type type, boolean required) {

    public enum Type {
        STRING("string"), INTEGER("integer"), NUMBER("number"), BOOLEAN("boolean"), DATE("date"), DATETIME("datetime");

        private final String schemaName;

        Type(String schemaName) {
            this.schemaName = schemaName;
        }

        public String schemaName() {
            return schemaName;
        }
    }

    public static Column required(String name, Type type) {
        return new Column(name, type, true);
    }

    public static Column optional(String name, Type type) {
        return new Column(name, type, false);
    }
}
