package tr.bel.izmir.bizizmir.budgeting.ui;

import org.springframework.web.util.HtmlUtils;
import tr.bel.izmir.bizizmir.budgeting.AllocationLine;
import tr.bel.izmir.bizizmir.budgeting.CycleAllocationInfo;

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
 * <p>
 * Two layouts: {@link #svg} with the names left of the bars for wide screens, and
 * {@link #narrowSvg} with each name above its bar across the whole width, for phones, where
 * the wide one would shrink its text to a few pixels. The page shows one or the other by CSS.
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
    static String svg(CycleAllocationInfo allocation, Locale locale, Function<String, String> t, String title, String description) {
        List<AllocationLine> lines = allocation.getLines();
        int maxVotes = Math.max(1, lines.stream().mapToInt(AllocationLine::getVotes).max().orElse(1));
        int barArea = WIDTH - LABEL_WIDTH - 70;
        int height = (lines.size() + 2) * (BAR_HEIGHT + GAP) + 30;
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        StringBuilder svg = new StringBuilder();
        open(svg, WIDTH, height, "", "max-width:" + WIDTH + "px;font-size:12px", title, description);
        int y = 10;
        for (AllocationLine line : lines) {
            int w = (int) Math.round((double) line.getVotes() * barArea / maxVotes);
            svg.append("<text x=\"").append(LABEL_WIDTH - 6).append("\" y=\"").append(y + 15)
                    .append("\" text-anchor=\"end\" fill=\"currentColor\">").append(HtmlUtils.htmlEscape(shorten(line.getTitle()), "UTF-8"))
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
        int used = usedWidth(allocation, barArea);
        svg.append("<text x=\"").append(LABEL_WIDTH - 6).append("\" y=\"").append(y + 15)
                .append("\" text-anchor=\"end\" font-weight=\"bold\" fill=\"currentColor\">")
                .append(HtmlUtils.htmlEscape(t.apply("budget.results.chart.envelope"), "UTF-8")).append("</text>");
        svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"").append(barArea)
                .append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"none\" stroke=\"").append(FUNDED).append("\"/>");
        svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"").append(used)
                .append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"").append(FUNDED).append("\"/>");
        svg.append("<text x=\"").append(LABEL_WIDTH + barArea + 4).append("\" y=\"").append(y + 15)
                .append("\" fill=\"currentColor\">").append(HtmlUtils.htmlEscape(share(allocation, locale), "UTF-8"))
                .append("</text>");
        svg.append("</svg>");
        return svg.toString();
    }

    static final int NARROW_WIDTH = 360;
    static final int NARROW_BAR = 16;

    /** The phone layout: the name on its own line, the bar under it across the width, the votes after it. */
    static String narrowSvg(CycleAllocationInfo allocation, Locale locale, Function<String, String> t, String title,
                            String description) {
        List<AllocationLine> lines = allocation.getLines();
        int maxVotes = Math.max(1, lines.stream().mapToInt(AllocationLine::getVotes).max().orElse(1));
        int barArea = NARROW_WIDTH - 56;
        int row = 18 + NARROW_BAR + 12;
        int height = (lines.size() + 1) * row + 16;
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        StringBuilder svg = new StringBuilder();
        open(svg, NARROW_WIDTH, height, "-narrow", "font-size:14px", title, description);
        int y = 4;
        for (AllocationLine line : lines) {
            int w = Math.max(1, (int) Math.round((double) line.getVotes() * barArea / maxVotes));
            svg.append("<text x=\"0\" y=\"").append(y + 14).append("\" fill=\"currentColor\">")
                    .append(HtmlUtils.htmlEscape(shorten(line.getTitle(), 44), "UTF-8")).append("</text>");
            svg.append("<rect x=\"0\" y=\"").append(y + 18).append("\" width=\"").append(w).append("\" height=\"")
                    .append(NARROW_BAR).append("\" fill=\"").append(line.isSelected() ? FUNDED : "url(#not-funded-narrow)")
                    .append("\"/>");
            svg.append("<text x=\"").append(w + 4).append("\" y=\"").append(y + 18 + 13).append("\" fill=\"currentColor\">")
                    .append(numbers.format(line.getVotes())).append("</text>");
            y += row;
        }
        int used = usedWidth(allocation, barArea);
        svg.append("<text x=\"0\" y=\"").append(y + 14).append("\" font-weight=\"bold\" fill=\"currentColor\">")
                .append(HtmlUtils.htmlEscape(t.apply("budget.results.chart.envelope"), "UTF-8")).append("</text>");
        svg.append("<rect x=\"0\" y=\"").append(y + 18).append("\" width=\"").append(barArea).append("\" height=\"")
                .append(NARROW_BAR).append("\" fill=\"none\" stroke=\"").append(FUNDED).append("\"/>");
        svg.append("<rect x=\"0\" y=\"").append(y + 18).append("\" width=\"").append(Math.min(used, barArea))
                .append("\" height=\"").append(NARROW_BAR).append("\" fill=\"").append(FUNDED).append("\"/>");
        svg.append("<text x=\"").append(barArea + 4).append("\" y=\"").append(y + 18 + 13).append("\" fill=\"currentColor\">")
                .append(HtmlUtils.htmlEscape(share(allocation, locale), "UTF-8")).append("</text>");
        svg.append("</svg>");
        return svg.toString();
    }

    /** The opening tag, title and description for screen readers, and the hatch of projects not funded. */
    private static void open(StringBuilder svg, int width, int height, String idSuffix, String style, String title,
                             String description) {
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"results-chart\" width=\"100%\" ")
                .append("viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" aria-labelledby=\"results-chart").append(idSuffix).append("-title results-chart").append(idSuffix)
                .append("-desc\" style=\"font-family:inherit;").append(style).append("\">")
                .append("<title id=\"results-chart").append(idSuffix).append("-title\">").append(HtmlUtils.htmlEscape(title, "UTF-8")).append("</title>")
                .append("<desc id=\"results-chart").append(idSuffix).append("-desc\">").append(HtmlUtils.htmlEscape(description, "UTF-8")).append("</desc>")
                .append("<defs><pattern id=\"not-funded").append(idSuffix)
                .append("\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" ")
                .append("patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"").append(NOT_FUNDED)
                .append("\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#ffffff\" stroke-width=\"2\"/></pattern></defs>");
    }

    /** How much of the envelope bar the funded projects fill. */
    private static int usedWidth(CycleAllocationInfo allocation, int barArea) {
        BigDecimal envelope = allocation.getEnvelope().amount();
        return envelope.signum() == 0 ? 0 : allocation.getTotalCost().amount()
                .multiply(BigDecimal.valueOf(barArea)).divide(envelope, 0, RoundingMode.HALF_UP).intValue();
    }

    /** The funded projects' share of the envelope, as a percentage. */
    private static String share(CycleAllocationInfo allocation, Locale locale) {
        BigDecimal envelope = allocation.getEnvelope().amount();
        BigDecimal share = envelope.signum() == 0 ? BigDecimal.ZERO
                : allocation.getTotalCost().amount().divide(envelope, 2, RoundingMode.DOWN);
        return NumberFormat.getPercentInstance(locale).format(share);
    }

    static String shorten(String title) {
        return shorten(title, 34);
    }

    static String shorten(String title, int max) {
        return title.length() > max ? title.substring(0, max - 1) + "…" : title;
    }

}
