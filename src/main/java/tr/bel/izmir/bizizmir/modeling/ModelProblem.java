package tr.bel.izmir.bizizmir.modeling;

import java.io.Serializable;

/**
 * Why a deployment is refused: the resource, the element (BPMN/DMN id, empty when the whole file
 * is at fault), a code with a translated text ({@code modeling.problem.<code>}) and the detail
 * (the bean, form or decision name, or the parser's or engine's own words).
 */
public record ModelProblem(String resource, String elementId, Code code, String detail) implements Serializable {

    public enum Code {
        MALFORMED("malformed"),
        NOT_EXECUTABLE("not-executable"),
        HISTORY_TIME_TO_LIVE("history-time-to-live"),
        LINT("lint"),
        UNKNOWN_DELEGATE("unknown-delegate"),
        UNKNOWN_FORM("unknown-form"),
        UNKNOWN_DECISION("unknown-decision"),
        UNSUPPORTED_RESOURCE("unsupported-resource"),
        DUPLICATE_RESOURCE("duplicate-resource"),
        EMPTY("empty"),
        ENGINE("engine"),
        SCRIPT_NOT_ALLOWED("script-not-allowed"),
        JAVA_CLASS_NOT_ALLOWED("java-class-not-allowed"),
        CONNECTOR_NOT_ALLOWED("connector-not-allowed"),
        DELEGATE_NOT_ALLOWED("delegate-not-allowed"),
        EXPRESSION_NOT_ALLOWED("expression-not-allowed"),
        LANGUAGE_NOT_ALLOWED("language-not-allowed"),
        FORM_UNSUPPORTED_COMPONENT("form-unsupported-component"),
        FORM_UNSUPPORTED_PROPERTY("form-unsupported-property"),
        FORM_INVALID_EXPRESSION("form-invalid-expression"),
        FORM_INVALID_FIELD("form-invalid-field");

        private final String key;

        Code(String key) {
            this.key = key;
        }

        /** Message key of the translated reason. */
        public String messageKey() {
            return "modeling.problem." + key;
        }
    }

    /** One line in English for logs, tests and the API: "resource / element: code: detail". */
    @Override
    public String toString() {
        return resource + (elementId.isEmpty() ? "" : " / " + elementId) + ": " + code.key + ": " + detail;
    }
}
