package tr.bel.izmir.bizizmir.tasks.forms;

import org.springframework.web.util.HtmlUtils;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deliberately small markdown subset for form-js text components, rendered to HTML that is
 * safe by construction: every character of the owner's text and of process data is escaped,
 * and the only markup is what this class writes itself (p, br, h3-h5, ul/li, strong, em, and
 * a for http/https links). Process data from {@code {{ variable }}} is inserted after the
 * markdown pass, so a citizen-supplied value can never become a link or markup.
 */
final class FormText {

    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    private static final Pattern TEMPLATE = FormFeel.TEMPLATE;
    /** A plain variable or a path into a map variable, read directly (older forms, and no FEEL needed). */
    private static final Pattern PATH = Pattern.compile("[\\w$-]+(\\.[\\w$-]+)*");
    private static final Pattern SLOT = Pattern.compile(OPEN + "(\\d+)" + CLOSE);
    // http(s) links, and links to a page of the platform itself ("/budget/results", never "//host")
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]+)]\\((https?://[^\\s)]+|/(?!/)[^\\s)]*)\\)");
    private static final Pattern CODE = Pattern.compile("`([^`\\n]+)`");
    // As in CommonMark, emphasis markers hug the text: "2 * 3 * 4" stays arithmetic.
    private static final Pattern BOLD = Pattern.compile("\\*\\*(?!\\s)(.+?)(?<!\\s)\\*\\*");
    private static final Pattern ITALIC = Pattern.compile("\\*(?![\\s*])(.+?)(?<![\\s*])\\*");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*]\\s+(.*)$");

    private FormText() {
    }

    /** The HTML for one text component, wrapped in a single div (Vaadin's Html wants one root). */
    static String toHtml(String markdown, Map<String, Object> variables) {
        return toHtml(markdown, variables, java.util.Locale.forLanguageTag("tr-TR"));
    }

    /** As {@link #toHtml(String, Map)}, numbers from the process written as {@code locale} writes them. */
    static String toHtml(String markdown, Map<String, Object> variables, java.util.Locale locale) {
        if (FormFeel.isExpression(markdown)) {
            // A FEEL text: its value is data, shown as plain text, never as markdown or markup.
            String value = display(FormFeel.evaluate(markdown, variables).orElse(null), locale);
            return "<div class=\"form-text\"><p>" + HtmlUtils.htmlEscape(value, "UTF-8").replace("\n", "<br>") + "</p></div>";
        }
        String source = markdown == null ? "" : markdown.replace("\r\n", "\n").replace('\r', '\n')
                .replace(String.valueOf(OPEN), "").replace(String.valueOf(CLOSE), "");
        List<String> inserted = new ArrayList<>();
        Matcher t = TEMPLATE.matcher(source);
        StringBuilder withSlots = new StringBuilder();
        while (t.find()) {
            String expression = t.group(1);
            Object value = PATH.matcher(expression).matches() ? lookup(variables, expression)
                    : FormFeel.evaluate(expression, variables).orElse(null);
            inserted.add(display(value, locale));
            t.appendReplacement(withSlots, Matcher.quoteReplacement(OPEN + String.valueOf(inserted.size() - 1) + CLOSE));
        }
        t.appendTail(withSlots);

        StringBuilder html = new StringBuilder("<div class=\"form-text\">");
        for (String block : withSlots.toString().split("\\n\\s*\\n")) {
            if (!block.isBlank()) {
                html.append(block(block.strip()));
            }
        }
        html.append("</div>");

        Matcher slot = SLOT.matcher(html);
        StringBuilder result = new StringBuilder();
        while (slot.find()) {
            slot.appendReplacement(result, Matcher.quoteReplacement(HtmlUtils.htmlEscape(inserted.get(Integer.parseInt(slot.group(1))), "UTF-8")));
        }
        slot.appendTail(result);
        return result.toString();
    }

    private static String block(String block) {
        String[] lines = block.split("\\n");
        Matcher heading = HEADING.matcher(lines[0]);
        if (heading.matches()) {
            // h1/h2 belong to the page; a form's headings sit below the task title.
            int level = Math.min(heading.group(1).length() + 2, 5);
            String h = "<h" + level + ">" + inline(heading.group(2).strip()) + "</h" + level + ">";
            String rest = block.substring(lines[0].length()).strip();
            return rest.isEmpty() ? h : h + block(rest);
        }
        boolean list = true;
        for (String line : lines) {
            list &= BULLET.matcher(line).matches();
        }
        if (list) {
            StringBuilder ul = new StringBuilder("<ul>");
            for (String line : lines) {
                Matcher m = BULLET.matcher(line);
                m.matches();
                ul.append("<li>").append(inline(m.group(1))).append("</li>");
            }
            return ul.append("</ul>").toString();
        }
        List<String> parts = new ArrayList<>();
        for (String line : lines) {
            parts.add(inline(line.strip()));
        }
        return "<p>" + String.join("<br>", parts) + "</p>";
    }

    /** Links first on the raw text, so emphasis never reaches into a URL; everything escaped on output. */
    private static String inline(String text) {
        StringBuilder out = new StringBuilder();
        Matcher link = LINK.matcher(text);
        int last = 0;
        while (link.find()) {
            out.append(emphasis(HtmlUtils.htmlEscape(text.substring(last, link.start()), "UTF-8")));
            out.append("<a href=\"").append(HtmlUtils.htmlEscape(link.group(2), "UTF-8"))
                    .append("\" target=\"_blank\" rel=\"noopener noreferrer\">")
                    .append(emphasis(HtmlUtils.htmlEscape(link.group(1), "UTF-8"))).append("</a>");
            last = link.end();
        }
        out.append(emphasis(HtmlUtils.htmlEscape(text.substring(last), "UTF-8")));
        return out.toString();
    }

    private static String emphasis(String escaped) {
        escaped = CODE.matcher(escaped).replaceAll("<code>$1</code>");
        String bold = BOLD.matcher(escaped).replaceAll("<strong>$1</strong>");
        return ITALIC.matcher(bold).replaceAll("<em>$1</em>");
    }


    /** {@code {{ applicant.name }}} reads nested maps, as form-js templates do with objects. */
    private static Object lookup(Map<String, Object> variables, String path) {
        Object current = variables;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    private static String display(Object value, java.util.Locale locale) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> c) {
            List<String> items = new ArrayList<>();
            c.forEach(item -> items.add(display(item, locale)));
            return String.join(", ", items);
        }
        if (value instanceof Number n && !(value instanceof Byte)) {
            // "650.000" or "1.234,50", never "650000.0": grouping of the reader's language, and
            // two decimals only where there is a fraction.
            var number = new java.math.BigDecimal(n.toString());
            var format = java.text.NumberFormat.getNumberInstance(locale);
            boolean whole = number.stripTrailingZeros().scale() <= 0;
            format.setMinimumFractionDigits(whole ? 0 : 2);
            format.setMaximumFractionDigits(whole ? 0 : 2);
            return format.format(number);
        }
        return value.toString();
    }
}
