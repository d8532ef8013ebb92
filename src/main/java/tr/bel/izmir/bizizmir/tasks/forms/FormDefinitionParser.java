package tr.bel.izmir.bizizmir.tasks.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import tr.bel.izmir.bizizmir.tasks.forms.FormComponent.DateSubtype;
import tr.bel.izmir.bizizmir.tasks.forms.FormComponent.FieldType;
import tr.bel.izmir.bizizmir.tasks.forms.FormComponent.Option;
import tr.bel.izmir.bizizmir.tasks.forms.FormComponent.Validation;
import tr.bel.izmir.bizizmir.tasks.forms.FormComponent.ValidationType;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads form-js JSON (what Camunda Modeler saves as {@code .form}). Lenient where form-js is
 * lenient (unknown attributes, numbers written as strings, unknown component types), strict
 * where a mistake would make the form unusable or its checks wrong (no components, a field
 * without a key, a pattern that does not compile): those throw {@link FormDefinitionException}.
 * Thread-safe; one instance can serve the whole application.
 */
public class FormDefinitionParser {

    /** Layout components we know and deliberately draw (or, for buttons, leave to the inbox). */
    private static final Set<String> LAYOUT_TYPES = Set.of("separator", "spacer", "button");

    private final ObjectMapper mapper = new ObjectMapper();

    public FormDefinition parse(InputStream json) {
        try {
            return parse(new String(json.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new FormDefinitionException("form.error.unreadable");
        }
    }

    public FormDefinition parse(String json) {
        JsonNode root;
        try {
            root = json == null ? null : mapper.readTree(json);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new FormDefinitionException("form.error.malformed", line);
        }
        if (root == null || !root.isObject()) {
            throw new FormDefinitionException("form.error.malformed", 1);
        }
        JsonNode components = root.get("components");
        if (components == null || !components.isArray()) {
            throw new FormDefinitionException("form.error.no-components");
        }
        Integer schemaVersion = root.hasNonNull("schemaVersion") && root.get("schemaVersion").canConvertToInt()
                ? root.get("schemaVersion").asInt() : null;
        return new FormDefinition(text(root, "id"), schemaVersion, components(components, "components"));
    }

    private List<FormComponent> components(JsonNode array, String path) {
        List<FormComponent> result = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            result.add(component(array.get(i), path + "[" + i + "]"));
        }
        return result;
    }

    private FormComponent component(JsonNode node, String path) {
        if (!node.isObject() || text(node, "type") == null) {
            throw new FormDefinitionException("form.error.component-invalid", path);
        }
        String type = text(node, "type");
        String id = text(node, "id") != null ? text(node, "id") : path;
        Map<String, String> properties = properties(node.get("properties"));
        String hideIf = expression(node.path("conditional").get("hide"));

        if ("text".equals(type)) {
            return new FormComponent.Text(id, type, nullToEmpty(text(node, "text")), properties, hideIf);
        }
        if ("group".equals(type)) {
            JsonNode children = node.get("components");
            List<FormComponent> nested = children != null && children.isArray()
                    ? components(children, path + ".components") : List.of();
            return new FormComponent.Group(id, type, text(node, "label"), nested, properties, hideIf);
        }
        if (LAYOUT_TYPES.contains(type)) {
            return new FormComponent.Layout(id, type, properties, hideIf);
        }
        FieldType fieldType = FieldType.of(type);
        if (fieldType == null) {
            return new FormComponent.Unsupported(id, type, text(node, "key"), text(node, "label"),
                    "form.unsupported.type", properties);
        }
        String key = text(node, "key");
        if (key == null || key.isBlank()) {
            throw new FormDefinitionException("form.error.missing-key", id);
        }
        List<Option> values = options(node.get("values"));
        String valuesKey = text(node, "valuesKey");
        String valuesExpression = fieldType.hasOptions() ? expression(node.get("valuesExpression")) : null;
        Map<String, String> expressions = new LinkedHashMap<>();
        putExpression(expressions, FormComponent.READONLY, node.get("readonly"));
        putExpression(expressions, FormComponent.DISABLED, node.get("disabled"));
        JsonNode validate = node.path("validate");
        putExpression(expressions, FormComponent.MIN, validate.get("min"));
        putExpression(expressions, FormComponent.MAX, validate.get("max"));
        putExpression(expressions, FormComponent.MIN_LENGTH, validate.get("minLength"));
        putExpression(expressions, FormComponent.MAX_LENGTH, validate.get("maxLength"));
        JsonNode appearance = node.path("appearance");
        return new FormComponent.Field(id, type, fieldType, key, text(node, "label"), text(node, "description"),
                validation(node.get("validate"), id), values, valuesKey, javaValue(node.get("defaultValue")),
                flag(node.get("readonly")), flag(node.get("disabled")), properties,
                subtype(text(node, "subtype")), text(node, "dateLabel"), text(node, "timeLabel"),
                flag(node.get("disallowPassedDates")), integer(node.get("timeInterval")),
                decimal(node.get("increment")), integer(node.get("decimalDigits")), flag(node.get("searchable")),
                text(appearance, "prefixAdorner"), text(appearance, "suffixAdorner"),
                hideIf, valuesExpression, expressions);
    }

    /** A FEEL expression ({@code "=..."}) as written, or null when the value is not one. */
    private static String expression(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        String s = node.asText().strip();
        return s.startsWith("=") && s.length() > 1 ? s : null;
    }

    private static void putExpression(Map<String, String> into, String property, JsonNode node) {
        String expression = expression(node);
        if (expression != null) {
            into.put(property, expression);
        }
    }

    private Validation validation(JsonNode validate, String id) {
        if (validate == null || !validate.isObject()) {
            return Validation.NONE;
        }
        String pattern = text(validate, "pattern");
        if (pattern != null && !pattern.isEmpty()) {
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                // Refuse rather than skip: a check that silently disappears is worse than a visible error.
                throw new FormDefinitionException("form.error.invalid-pattern", id);
            }
        } else {
            pattern = null;
        }
        return new Validation(flag(validate.get("required")), decimal(validate.get("min")), decimal(validate.get("max")),
                integer(validate.get("minLength")), integer(validate.get("maxLength")), pattern,
                text(validate, "patternMessage"), validationType(text(validate, "validationType")));
    }

    private static ValidationType validationType(String value) {
        if (value == null) {
            return ValidationType.NONE;
        }
        return switch (value.toLowerCase()) {
            case "email" -> ValidationType.EMAIL;
            case "phone" -> ValidationType.PHONE;
            case "custom" -> ValidationType.CUSTOM;
            default -> ValidationType.NONE;
        };
    }

    private static DateSubtype subtype(String value) {
        if (value == null) {
            return DateSubtype.DATE; // form-js' own default for datetime
        }
        return switch (value.toLowerCase()) {
            case "time" -> DateSubtype.TIME;
            case "datetime" -> DateSubtype.DATETIME;
            default -> DateSubtype.DATE;
        };
    }

    private static List<Option> options(JsonNode values) {
        List<Option> options = new ArrayList<>();
        if (values == null || !values.isArray()) {
            return options;
        }
        for (JsonNode v : values) {
            if (v.isObject() && v.hasNonNull("value")) {
                String value = v.get("value").asText();
                String label = text(v, "label");
                options.add(new Option(label == null || label.isBlank() ? value : label, value));
            } else if (v.isValueNode() && !v.isNull()) {
                options.add(new Option(v.asText(), v.asText()));
            }
        }
        return options;
    }

    private static Map<String, String> properties(JsonNode node) {
        Map<String, String> result = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getValue().isValueNode() && !e.getValue().isNull()) {
                    result.put(e.getKey(), e.getValue().asText());
                }
            });
        }
        return result;
    }

    /** JSON default values as plain Java: String, BigDecimal, Boolean or List of those. */
    private static Object javaValue(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(n -> {
                Object v = javaValue(n);
                if (v != null) {
                    list.add(v);
                }
            });
            return list;
        }
        return node.isValueNode() ? node.asText() : null;
    }

    /**
     * form-js writes booleans, but hand-edited files put strings here. A FEEL condition
     * ({@code "=..."}) counts as false statically; the field keeps it in its expressions.
     */
    private static boolean flag(JsonNode node) {
        if (node == null) {
            return false;
        }
        return node.isBoolean() ? node.booleanValue() : "true".equalsIgnoreCase(node.asText());
    }

    private static BigDecimal decimal(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        String s = node.asText().trim();
        if (s.isEmpty() || s.startsWith("=")) {
            return null; // empty, or a FEEL expression the field keeps in its expressions
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer integer(JsonNode node) {
        BigDecimal d = decimal(node);
        return d == null ? null : d.intValue();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
