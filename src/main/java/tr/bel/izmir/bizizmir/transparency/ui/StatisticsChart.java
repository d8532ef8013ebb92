package tr.bel.izmir.bizizmir.transparency.ui;

import org.springframework.web.util.HtmlUtils;

import java.util.List;

/**
 * A statistic as a picture and a table (issue 18, DD029): horizontal bars drawn on the server as
 * SVG, like the budget results chart (DD005), in a wide layout with the labels left of the bars and
 * a phone layout with each label above its bar (the page shows one by CSS), with a title and a
 * description for screen readers; next to it a plain HTML table with the same numbers, its caption
 * and header cells marked up, which is what a screen reader or a phone user reads. A value left
 * out as too small is drawn as a hatched stub and written as such, never as zero.
 */
final class StatisticsChart {

    static final String COLOUR = "#1565c0";
    static final String SUPPRESSED = "#9e9e9e";
    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 220;
    static final int BAR = 20;
    static final int GAP = 8;
    static final int NARROW_WIDTH = 360;
    static final int NARROW_BAR = 14;
    /** Above this many bars the chart would not say more than the table; the table then stands alone. */
    static final int MAX_BARS = 40;

    /** One bar: its label, its length (null when left out) and the text written after it. */
    record Bar(String label, Double value, String text) {
    }

    private StatisticsChart() {
    }

    /**
     * The chart and its table as one element.
     *
     * @param id      element id prefix (unique in the page)
     * @param headers the table's column headers; each row has as many cells
     * @param rows    table rows, the first cell a row header
     */
    static String figure(String id, String title, String description, List<Bar> bars, List<String> headers,
                         List<List<String>> rows, String emptyText) {
        StringBuilder html = new StringBuilder();
        html.append("<figure class=\"stat-figure\" id=\"").append(id).append("\">");
        html.append("<figcaption class=\"stat-caption\">").append(esc(title)).append("</figcaption>");
        if (rows.isEmpty()) {
            html.append("<p class=\"stat-empty\">").append(esc(emptyText)).append("</p></figure>");
            return html.toString();
        }
        if (!bars.isEmpty() && bars.size() <= MAX_BARS) {
            html.append("<div class=\"wide-only\">").append(svg(id, title, description, bars)).append("</div>");
            html.append("<div class=\"narrow-only\">").append(narrowSvg(id + "-narrow", title, description, bars)).append("</div>");
        }
        html.append("<div class=\"stat-table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"").append(esc(title))
                .append("\"><table class=\"stat-table\" id=\"").append(id).append("-table\"><caption>").append(esc(description))
                .append("</caption><thead><tr>");
        for (String h : headers) {
            html.append("<th scope=\"col\">").append(esc(h)).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            html.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i) == null ? "" : row.get(i);
                html.append(i == 0 ? "<th scope=\"row\">" : "<td>").append(esc(cell)).append(i == 0 ? "</th>" : "</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table></div></figure>");
        return html.toString();
    }

    static String svg(String id, String title, String description, List<Bar> bars) {
        double max = max(bars);
        int barArea = WIDTH - LABEL_WIDTH - 90;
        int height = bars.size() * (BAR + GAP) + 12;
        StringBuilder svg = open(id, WIDTH, height, "max-width:" + WIDTH + "px;font-size:12px", title, description);
        int y = 6;
        for (Bar bar : bars) {
            int w = bar.value() == null ? 6 : (int) Math.max(1, Math.round(bar.value() * barArea / max));
            svg.append("<text x=\"").append(LABEL_WIDTH - 6).append("\" y=\"").append(y + 14)
                    .append("\" text-anchor=\"end\" fill=\"currentColor\">").append(esc(shorten(bar.label(), 34))).append("</text>");
            svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"").append(w)
                    .append("\" height=\"").append(BAR).append("\" fill=\"")
                    .append(bar.value() == null ? "url(#" + id + "-hatch)" : COLOUR).append("\"/>");
            svg.append("<text x=\"").append(LABEL_WIDTH + w + 4).append("\" y=\"").append(y + 14)
                    .append("\" fill=\"currentColor\">").append(esc(bar.text())).append("</text>");
            y += BAR + GAP;
        }
        return svg.append("</svg>").toString();
    }

    static String narrowSvg(String id, String title, String description, List<Bar> bars) {
        double max = max(bars);
        int barArea = NARROW_WIDTH - 90;
        int row = 18 + NARROW_BAR + 10;
        int height = bars.size() * row + 8;
        StringBuilder svg = open(id, NARROW_WIDTH, height, "font-size:14px", title, description);
        int y = 2;
        for (Bar bar : bars) {
            int w = bar.value() == null ? 6 : (int) Math.max(1, Math.round(bar.value() * barArea / max));
            svg.append("<text x=\"0\" y=\"").append(y + 14).append("\" fill=\"currentColor\">")
                    .append(esc(shorten(bar.label(), 40))).append("</text>");
            svg.append("<rect x=\"0\" y=\"").append(y + 18).append("\" width=\"").append(w).append("\" height=\"")
                    .append(NARROW_BAR).append("\" fill=\"").append(bar.value() == null ? "url(#" + id + "-hatch)" : COLOUR)
                    .append("\"/>");
            svg.append("<text x=\"").append(w + 4).append("\" y=\"").append(y + 18 + 12).append("\" fill=\"currentColor\">")
                    .append(esc(bar.text())).append("</text>");
            y += row;
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String id, int width, int height, String style, String title, String description) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"stat-chart\" width=\"100%\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" aria-labelledby=\"").append(id).append("-title ")
                .append(id).append("-desc\" style=\"font-family:inherit;").append(style).append("\">")
                .append("<title id=\"").append(id).append("-title\">").append(esc(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(esc(description)).append("</desc>")
                .append("<defs><pattern id=\"").append(id).append("-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"")
                .append(" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"").append(SUPPRESSED)
                .append("\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#ffffff\" stroke-width=\"2\"/></pattern></defs>");
        return svg;
    }

    private static double max(List<Bar> bars) {
        return Math.max(1e-9, bars.stream().filter(b -> b.value() != null).mapToDouble(Bar::value).max().orElse(1));
    }

    static String shorten(String text, int max) {
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
