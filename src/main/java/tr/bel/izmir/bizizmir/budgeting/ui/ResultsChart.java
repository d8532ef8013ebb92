package tr.bel.izmir.bizizmir.budgeting.ui;

import tr.bel.izmir.bizizmir.budgeting.AllocationLine;
import tr.bel.izmir.bizizmir.budgeting.CycleAllocation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The results chart, drawn on the server as SVG (no chart library, DD005): one bar per
 * project, its length the votes, funded projects in the theme's primary colour and the
 * others grey and hatched (so colour is not the only cue), then one bar for the envelope
 * showing how much of it the funded projects use. The SVG has a title and a description for
 * screen readers; the table next to it carries the same numbers.
 */
final class ResultsChart {

    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 230;
    static final int BAR_HEIGHT = 22;
    static final int GAP = 8;
    static final String FUNDED = "#1565c0";
    static final String NOT_FUNDED = "#9e9e9e";

    private ResultsChart() {
    }

    /**
     * @param t translations: key → text (with {0}-style arguments already filled in by the caller)
     */
    static String svg(CycleAllocation allocation, Locale locale, Function<String, String> t, String title, String description) {
        List<AllocationLine> lines = allocation.getLines();
        int maxVotes = Math.max(1, lines.stream().mapToInt(AllocationLine::getVotes).max().orElse(1));
        int barArea = WIDTH - LABEL_WIDTH - 70;
        int height = (lines.size() + 2) * (BAR_HEIGHT + GAP) + 30;
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"results-chart\" width=\"100%\" ")
                .append("viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" aria-labelledby=\"results-chart-title results-chart-desc\" style=\"max-width:")
                .append(WIDTH).append("px;font-family:inherit;font-size:12px\">")
                .append("<title id=\"results-chart-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"results-chart-desc\">").append(escape(description)).append("</desc>")
                .append("<defs><pattern id=\"not-funded\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" ")
                .append("patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"").append(NOT_FUNDED)
                .append("\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#ffffff\" stroke-width=\"2\"/></pattern></defs>");
        int y = 10;
        for (AllocationLine line : lines) {
            int w = (int) Math.round((double) line.getVotes() * barArea / maxVotes);
            svg.append("<text x=\"").append(LABEL_WIDTH - 6).append("\" y=\"").append(y + 15)
                    .append("\" text-anchor=\"end\" fill=\"currentColor\">").append(escape(shorten(line.getTitle())))
                    .append("</text>");
            svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"")
                    .append(Math.max(w, 1)).append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"")
                    .append(line.isSelected() ? FUNDED : "url(#not-funded)").append("\"/>");
            svg.append("<text x=\"").append(LABEL_WIDTH + Math.max(w, 1) + 4).append("\" y=\"").append(y + 15)
                    .append("\" fill=\"currentColor\">").append(numbers.format(line.getVotes())).append("</text>");
            y += BAR_HEIGHT + GAP;
        }
        // The envelope: how much of it the funded projects take.
        y += GAP;
        BigDecimal envelope = allocation.getEnvelope().amount();
        int used = envelope.signum() == 0 ? 0 : allocation.getTotalCost().amount()
                .multiply(BigDecimal.valueOf(barArea)).divide(envelope, 0, RoundingMode.HALF_UP).intValue();
        svg.append("<text x=\"").append(LABEL_WIDTH - 6).append("\" y=\"").append(y + 15)
                .append("\" text-anchor=\"end\" font-weight=\"bold\" fill=\"currentColor\">")
                .append(escape(t.apply("budget.results.chart.envelope"))).append("</text>");
        svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"").append(barArea)
                .append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"none\" stroke=\"").append(FUNDED).append("\"/>");
        svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"").append(used)
                .append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"").append(FUNDED).append("\"/>");
        BigDecimal share = envelope.signum() == 0 ? BigDecimal.ZERO
                : allocation.getTotalCost().amount().divide(envelope, 2, RoundingMode.DOWN);
        svg.append("<text x=\"").append(LABEL_WIDTH + barArea + 4).append("\" y=\"").append(y + 15)
                .append("\" fill=\"currentColor\">").append(escape(NumberFormat.getPercentInstance(locale).format(share)))
                .append("</text>");
        svg.append("</svg>");
        return svg.toString();
    }

    static String shorten(String title) {
        return title.length() > 34 ? title.substring(0, 33) + "…" : title;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
