package tr.bel.izmir.bizizmir.tasks.forms;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What of a form-js file the inbox cannot do as the form-js editor does, so a deployment can be
 * refused before staff meet a form that misbehaves: component types the inbox does not render,
 * properties it would ignore, and FEEL it cannot evaluate (a syntax error, or a call into Java,
 * which the engine refuses). Lists every property the renderer supports; anything else an owner
 * sets is reported, so a form-js feature added later is refused until the inbox learns it.
 * Layout ({@code layout}) is accepted: fields are shown one below another, which changes no value.
 */
public final class FormSupport {

    /** What is wrong with one property of one component. */
    public enum Kind {
        /** A component type the inbox does not render. */
        COMPONENT,
        /** A property the inbox does not support (or FEEL where it does not evaluate FEEL). */
        PROPERTY,
        /** FEEL that does not parse or calls Java. */
        EXPRESSION,
        /** A field the inbox refuses to show at all: no key, no type, a pattern that does not compile. */
        INVALID
    }

    /**
     * @param element  the component's key (id when it has no key), as the owner sees it in the editor
     * @param property the property's path in the file, e.g. {@code conditional.hide}, {@code validate.max}
     * @param detail   for {@link Kind#COMPONENT} the type, for {@link Kind#EXPRESSION} the engine's words
     */
    public record Issue(String element, String property, Kind kind, String detail) {
    }

    private static final Set<String> COMMON = Set.of("id", "type", "layout", "properties", "conditional");
    private static final Set<String> FIELD = union(COMMON,
            Set.of("key", "label", "description", "validate", "defaultValue", "readonly", "disabled", "appearance"));
    private static final Set<String> OPTIONS = Set.of("values", "valuesKey", "valuesExpression");
    private static final Map<String, Set<String>> TYPES = Map.ofEntries(
            Map.entry("textfield", FIELD),
            Map.entry("textarea", FIELD),
            Map.entry("number", union(FIELD, Set.of("increment", "decimalDigits", "serializeToString"))),
            Map.entry("select", union(FIELD, union(OPTIONS, Set.of("searchable")))),
            Map.entry("radio", union(FIELD, OPTIONS)),
            Map.entry("checklist", union(FIELD, OPTIONS)),
            Map.entry("checkbox", FIELD),
            Map.entry("datetime", union(FIELD, Set.of("subtype", "dateLabel", "timeLabel", "disallowPassedDates",
                    "timeInterval", "use24h", "timeSerializingFormat"))),
            Map.entry("text", union(COMMON, Set.of("text"))),
            Map.entry("group", union(COMMON, Set.of("label", "components", "showOutline"))),
            Map.entry("separator", COMMON),
            Map.entry("spacer", union(COMMON, Set.of("height"))),
            Map.entry("button", union(COMMON, Set.of("label", "action"))));
    /** Properties with parts, and the parts the inbox supports. */
    private static final Map<String, Set<String>> NESTED = Map.of(
            "validate", Set.of("required", "min", "max", "minLength", "maxLength", "pattern", "patternMessage",
                    "validationType"),
            "appearance", Set.of("prefixAdorner", "suffixAdorner"),
            "conditional", Set.of("hide"),
            "layout", Set.of("row", "columns"));
    /** Where the inbox evaluates FEEL ({@code =...}); FEEL anywhere else would be shown as text or ignored. */
    private static final Set<String> FEEL = Set.of("label", "description", "text", "defaultValue", "readonly",
            "disabled", "conditional.hide", "validate.min", "validate.max", "validate.minLength", "validate.maxLength",
            "valuesExpression", "dateLabel", "timeLabel");
    /** Where the inbox fills in {@code {{ }}} templates. */
    private static final Set<String> TEMPLATES = Set.of("label", "description", "text", "dateLabel", "timeLabel");
    private static final Pattern PATH = Pattern.compile("[\\w$-]+(\\.[\\w$-]+)*");

    private FormSupport() {
    }

    /** @param form the parsed form-js file; every issue, in document order; empty when the inbox supports all of it */
    public static List<Issue> check(JsonNode form) {
        List<Issue> issues = new ArrayList<>();
        JsonNode components = form == null ? null : form.get("components");
        if (components != null && components.isArray()) {
            components.forEach(c -> component(c, issues));
        }
        if (form != null) {
            parserRefusal(form).ifPresent(issues::add);
        }
        return issues;
    }

    /** What would make the inbox refuse the whole form ({@link FormDefinitionParser}), found before staff meet it. */
    private static java.util.Optional<Issue> parserRefusal(JsonNode form) {
        try {
            new FormDefinitionParser().parse(form.toString());
            return java.util.Optional.empty();
        } catch (FormDefinitionException e) {
            Object[] args = e.args();
            String element = args.length > 0 ? String.valueOf(args[0]) : "";
            String property = switch (e.messageKey()) {
                case "form.error.missing-key" -> "key";
                case "form.error.invalid-pattern" -> "validate.pattern";
                case "form.error.component-invalid" -> "type";
                default -> "components";
            };
            return java.util.Optional.of(new Issue(element, property, Kind.INVALID, property));
        }
    }

    private static void component(JsonNode node, List<Issue> issues) {
        if (!node.isObject()) {
            return; // the parser refuses it with its own message
        }
        String type = node.path("type").asText("");
        String element = !node.path("key").asText("").isBlank() ? node.get("key").asText()
                : node.path("id").asText(type);
        Set<String> allowed = TYPES.get(type);
        if (allowed == null) {
            issues.add(new Issue(element, "type", Kind.COMPONENT, type));
            return;
        }
        node.fields().forEachRemaining(e -> {
            String name = e.getKey();
            JsonNode value = e.getValue();
            if (!allowed.contains(name)) {
                issues.add(new Issue(element, name, Kind.PROPERTY, name));
            } else if (NESTED.containsKey(name) && value.isObject()) {
                value.fields().forEachRemaining(part -> {
                    String path = name + "." + part.getKey();
                    if (!NESTED.get(name).contains(part.getKey())) {
                        issues.add(new Issue(element, path, Kind.PROPERTY, path));
                    } else {
                        value(element, path, part.getValue(), issues);
                    }
                });
            } else if ("serializeToString".equals(name) && value.asBoolean(false)) {
                // The inbox writes numbers as numbers; a process expecting a string would break.
                issues.add(new Issue(element, name, Kind.PROPERTY, name));
            } else {
                value(element, name, value, issues);
            }
        });
        JsonNode children = node.get("components");
        if ("group".equals(type) && children != null && children.isArray()) {
            children.forEach(c -> component(c, issues));
        }
    }

    /** FEEL where the inbox evaluates it, checked by the engine; FEEL or template blocks elsewhere refused. */
    private static void value(String element, String property, JsonNode value, List<Issue> issues) {
        if (!value.isTextual()) {
            return;
        }
        String text = value.asText();
        if (FormFeel.isExpression(text)) {
            if (!FEEL.contains(property)) {
                issues.add(new Issue(element, property, Kind.PROPERTY, property + " (FEEL)"));
            } else {
                FormFeel.problem(text).ifPresent(p -> issues.add(new Issue(element, property, Kind.EXPRESSION, p)));
            }
            return;
        }
        if (!TEMPLATES.contains(property)) {
            return;
        }
        if (FormFeel.TEMPLATE_BLOCK.matcher(text).find()) {
            issues.add(new Issue(element, property, Kind.PROPERTY, property + " ({{#...}})"));
        }
        Set<String> seen = new HashSet<>();
        Matcher m = FormFeel.TEMPLATE.matcher(text);
        while (m.find()) {
            String expression = m.group(1);
            if (!PATH.matcher(expression).matches() && seen.add(expression)) {
                FormFeel.problem(expression).ifPresent(p -> issues.add(new Issue(element, property, Kind.EXPRESSION, p)));
            }
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
