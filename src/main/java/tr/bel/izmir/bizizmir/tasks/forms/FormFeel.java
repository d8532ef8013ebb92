package tr.bel.izmir.bizizmir.tasks.forms;

import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.camunda.feel.context.FunctionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FEEL in task forms, evaluated by the FEEL engine that Camunda 7 ships for DMN
 * ({@code org.camunda.feel:feel-engine}), so an expression means in the inbox what it means in the
 * form-js editor's preview and in the process's decision tables.
 *
 * <p>Configured so that nothing an owner writes can run code: external functions (FEEL's
 * {@code function(...) external {java: ...}}, which call any static Java method) are disabled and
 * refused when an expression is parsed, and no function provider adds functions beyond FEEL's
 * built-in ones. An expression that does not parse, or fails, counts as "no value": the inbox
 * falls back to the static behaviour instead of failing the form. {@link #problem} tells the
 * deployment check which expressions to refuse before they reach an inbox (see DD031).
 */
public final class FormFeel {

    private static final Logger log = LoggerFactory.getLogger(FormFeel.class);

    private static final FeelEngineApi ENGINE = FeelEngineBuilder.forJava()
            .withFunctionProvider(FunctionProvider.EmptyFunctionProvider$.MODULE$)
            .withEnabledExternalFunctions(false)
            .build();

    /** form-js templates: {@code {{ expression }}}; block helpers ({@code {{#if}}}, {@code {{/if}}}) excluded. */
    static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*([^#/}\\s][^}]*?)\\s*}}");
    /** A block helper, which the inbox does not render ({@code {{#if x}}}, {@code {{#loop}}}, {@code {{else}}}). */
    static final Pattern TEMPLATE_BLOCK = Pattern.compile("\\{\\{\\s*(#|/|else\\s*}})");

    private FormFeel() {
    }

    /** form-js marks a FEEL expression with a leading {@code =}. */
    public static boolean isExpression(Object value) {
        return value instanceof String s && s.stripLeading().startsWith("=");
    }

    /**
     * Why the engine would not evaluate this expression (a syntax error or a Java call), in the
     * engine's own words; empty when it is fine. The leading {@code =} is optional.
     */
    public static Optional<String> problem(String expression) {
        ParseResult parsed = ENGINE.parseExpression(strip(expression));
        return parsed.isSuccess() ? Optional.empty() : Optional.of(parsed.failure().message());
    }

    /**
     * The value of a FEEL expression (leading {@code =} optional) in a context of variables.
     * Numbers come back as {@code Long} or {@code Double}, lists as {@code List}, contexts as {@code Map}.
     *
     * @return empty when the expression fails or its value is null
     */
    static Optional<Object> evaluate(String expression, Map<String, Object> context) {
        if (expression == null || strip(expression).isBlank()) {
            return Optional.empty();
        }
        Map<String, Object> variables = new HashMap<>();
        if (context != null) {
            context.forEach((k, v) -> variables.put(k, plain(v)));
        }
        try {
            EvaluationResult result = ENGINE.evaluateExpression(strip(expression), variables);
            if (!result.isSuccess()) {
                log.debug("FEEL expression {} failed: {}", expression, result.failure().message());
                return Optional.empty();
            }
            return Optional.ofNullable(result.result());
        } catch (RuntimeException e) {
            // The engine reports failures as results; anything thrown is a bug in it, not a reason to lose the form.
            log.warn("FEEL expression {} threw", expression, e);
            return Optional.empty();
        }
    }

    /**
     * Process data as FEEL values: text, numbers, booleans, dates, lists and maps stay as they are;
     * any other object becomes its text. FEEL would otherwise read an object's getters by
     * reflection ({@code variable.class.classLoader}), as the JUEL sandbox forbids for models (DD015).
     */
    static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof java.time.temporal.Temporal || value instanceof java.time.temporal.TemporalAmount) {
            return value;
        }
        if (value instanceof java.util.Date date) {
            return java.time.LocalDateTime.ofInstant(date.toInstant(), tr.bel.izmir.bizizmir.shared.IzmirTime.ZONE);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new HashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), plain(v)));
            return copy;
        }
        if (value instanceof Collection<?> c) {
            List<Object> copy = new ArrayList<>();
            c.forEach(item -> copy.add(plain(item)));
            return copy;
        }
        if (value instanceof Object[] array) {
            return plain(java.util.Arrays.asList(array));
        }
        return value.toString();
    }

    /** A condition: true only when the expression yields {@code true} (as form-js treats "hide if"). */
    static boolean isTrue(String expression, Map<String, Object> context) {
        return evaluate(expression, context).map(Boolean.TRUE::equals).orElse(false);
    }

    /** A number-valued property (limits); empty when it is not a number. */
    static Optional<BigDecimal> number(String expression, Map<String, Object> context) {
        return evaluate(expression, context).flatMap(v -> {
            if (v instanceof BigDecimal d) {
                return Optional.of(d);
            }
            if (v instanceof Number n) {
                return Optional.of(new BigDecimal(n.toString()));
            }
            try {
                return Optional.of(new BigDecimal(v.toString().trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /**
     * A single-line text as form-js shows labels and descriptions: the value of a FEEL expression
     * when it starts with {@code =}, otherwise the text with each {@code {{ expression }}} filled in.
     */
    static String text(String text, Map<String, Object> context) {
        if (text == null) {
            return null;
        }
        if (isExpression(text)) {
            return evaluate(text, context).map(FormFeel::display).orElse("");
        }
        if (!text.contains("{{")) {
            return text;
        }
        Matcher m = TEMPLATE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(evaluate(m.group(1), context).map(FormFeel::display).orElse("")));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Whether a text changes with the data, so the renderer must re-evaluate it when values change. */
    static boolean isDynamic(String text) {
        return text != null && (isExpression(text) || TEMPLATE.matcher(text).find());
    }

    /** FEEL results as plain text: lists as "a, b", whole numbers without ".0". */
    static String display(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> c) {
            List<String> items = new ArrayList<>();
            c.forEach(item -> items.add(display(item)));
            return String.join(", ", items);
        }
        if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    private static String strip(String expression) {
        String s = expression == null ? "" : expression.strip();
        return s.startsWith("=") ? s.substring(1) : s;
    }
}
