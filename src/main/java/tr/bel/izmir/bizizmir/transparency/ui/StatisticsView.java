package tr.bel.izmir.bizizmir.transparency.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.Money;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;
import tr.bel.izmir.bizizmir.transparency.PublicStatistics;
import tr.bel.izmir.bizizmir.transparency.StatisticsFilter;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Public statistics (issue 18, item 3): participation per district and neighbourhood, votes over
 * the voting days, money allocated per category and neighbourhood, implementation progress and
 * park events per park and month; each a chart with its table, filtered by period and place.
 * The numbers are the open-data exports' ({@code participation} dataset and the statistics API).
 */
@Route("statistics")
@AnonymousAllowed
@Menu(title = "nav.statistics", order = 31, icon = "vaadin:chart")
public class StatisticsView extends TranslatedView implements BeforeEnterObserver {

    private final PublicStatistics statistics;
    private final StatisticsFilterForm form;
    private final Div content = new Div();

    public StatisticsView(PublicStatistics statistics, NeighbourhoodCatalog neighbourhoods) {
        super("statistics.title");
        this.statistics = statistics;
        addClassName("statistics-view");
        add(new Paragraph(getTranslation("statistics.intro")));
        this.form = new StatisticsFilterForm(neighbourhoods, StatisticsView.class);
        content.setId("statistics-content");
        add(form, content, new Paragraph(new Anchor("open-data", getTranslation("statistics.open-data-link"))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        content.removeAll();
        var read = form.read(event.getLocation().getQueryParameters(), content);
        if (read.isEmpty()) {
            return;
        }
        StatisticsFilter filter = read.get();
        var note = new Paragraph(getTranslation("statistics.suppression-note", statistics.smallCount(),
                statistics.eligibleAge()));
        note.setId("statistics-suppression-note");
        content.add(note);
        participation(filter);
        votersByAge(filter);
        votesPerDay(filter);
        allocated(filter);
        implementation(filter);
        parkEvents(filter);
    }

    private String count(Long n) {
        return n == null ? getTranslation("statistics.suppressed", statistics.smallCount())
                : NumberFormat.getIntegerInstance(getLocale()).format(n);
    }

    private String percent(BigDecimal p) {
        return StatisticsText.oneDecimal(this, getLocale(), "statistics.percent", p);
    }

    private void section(String key, String html) {
        content.add(new Section(new H2(getTranslation(key)), new Html(html)));
    }

    private void participation(StatisticsFilter filter) {
        var table = statistics.participation(filter);
        boolean byNeighbourhood = filter.district() != null;
        List<PublicStatistics.Participation> rows = byNeighbourhood ? table.neighbourhoods() : table.districts();
        List<StatisticsChart.Bar> bars = new ArrayList<>();
        List<List<String>> cells = new ArrayList<>();
        for (var r : rows) {
            String name = byNeighbourhood ? r.neighbourhoodName() : r.districtName();
            bars.add(new StatisticsChart.Bar(name, r.turnoutPercent() == null ? (r.suppressed() ? null : 0.0)
                    : r.turnoutPercent().doubleValue(), r.suppressed() ? count(null) : percent(r.turnoutPercent())));
            cells.add(List.of(name, count(r.proposals()), count(r.supports()), count(r.voters()), count(r.eligible()),
                    r.suppressed() ? count(null) : percent(r.turnoutPercent())));
        }
        String title = getTranslation(byNeighbourhood ? "statistics.participation.chart.neighbourhoods"
                : "statistics.participation.chart.districts");
        section("statistics.participation.title", StatisticsChart.figure("stat-participation", title,
                getTranslation("statistics.participation.desc", rows.size()), bars,
                List.of(getTranslation(byNeighbourhood ? "statistics.column.neighbourhood" : "statistics.column.district"),
                        getTranslation("statistics.column.proposals"), getTranslation("statistics.column.supports"),
                        getTranslation("statistics.column.voters"), getTranslation("statistics.column.eligible"),
                        getTranslation("statistics.column.turnout")),
                cells, getTranslation("statistics.empty")));
    }

    private void votersByAge(StatisticsFilter filter) {
        var groups = statistics.votersByAge(filter);
        List<StatisticsChart.Bar> bars = new ArrayList<>();
        List<List<String>> cells = new ArrayList<>();
        for (var g : groups) {
            String band = getTranslation("statistics.age." + g.band().name());
            bars.add(new StatisticsChart.Bar(band, g.voters() == null ? null : g.voters().doubleValue(), count(g.voters())));
            cells.add(List.of(band, count(g.voters())));
        }
        boolean none = groups.stream().allMatch(g -> Long.valueOf(0).equals(g.voters()));
        section("statistics.age.title", StatisticsChart.figure("stat-age", getTranslation("statistics.age.chart"),
                getTranslation("statistics.age.desc"), bars,
                List.of(getTranslation("statistics.column.age"), getTranslation("statistics.column.voters")),
                none ? List.of() : cells, getTranslation("statistics.empty")));
    }

    private void votesPerDay(StatisticsFilter filter) {
        var days = statistics.votesPerDay(filter);
        var format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        List<StatisticsChart.Bar> bars = new ArrayList<>();
        List<List<String>> cells = new ArrayList<>();
        for (var d : days) {
            String day = format.format(d.day());
            bars.add(new StatisticsChart.Bar(day, d.voters() == null ? null : d.voters().doubleValue(), count(d.voters())));
            cells.add(List.of(day, count(d.voters())));
        }
        section("statistics.votes.title", StatisticsChart.figure("stat-votes", getTranslation("statistics.votes.chart"),
                getTranslation("statistics.votes.desc", days.size()), bars,
                List.of(getTranslation("statistics.column.day"), getTranslation("statistics.column.voters")),
                cells, getTranslation("statistics.empty")));
    }

    private void allocated(StatisticsFilter filter) {
        var rows = statistics.allocated(filter);
        Map<String, BigDecimal> byCategory = new TreeMap<>();
        Map<String, BigDecimal> byNeighbourhood = new LinkedHashMap<>();
        for (var r : rows) {
            byCategory.merge(r.category(), r.amountTry(), BigDecimal::add);
            byNeighbourhood.merge(r.neighbourhoodName(), r.amountTry(), BigDecimal::add);
        }
        List<StatisticsChart.Bar> bars = new ArrayList<>();
        List<List<String>> cells = new ArrayList<>();
        byCategory.forEach((category, amount) -> {
            String name = getTranslation("proposal.category." + category);
            String money = new Money(amount).format(getLocale());
            bars.add(new StatisticsChart.Bar(name, amount.doubleValue(), money));
            cells.add(List.of(name, money));
        });
        section("statistics.allocated.title", StatisticsChart.figure("stat-allocated-category",
                getTranslation("statistics.allocated.chart.category"),
                getTranslation("statistics.allocated.desc.category", byCategory.size()), bars,
                List.of(getTranslation("statistics.column.category"), getTranslation("statistics.column.amount")),
                cells, getTranslation("statistics.empty")));
        List<StatisticsChart.Bar> hoodBars = new ArrayList<>();
        List<List<String>> hoodCells = new ArrayList<>();
        byNeighbourhood.forEach((name, amount) -> {
            String money = new Money(amount).format(getLocale());
            hoodBars.add(new StatisticsChart.Bar(name, amount.doubleValue(), money));
            hoodCells.add(List.of(name, money));
        });
        content.add(new Html(StatisticsChart.figure("stat-allocated-neighbourhood",
                getTranslation("statistics.allocated.chart.neighbourhood"),
                getTranslation("statistics.allocated.desc.neighbourhood", byNeighbourhood.size()), hoodBars,
                List.of(getTranslation("statistics.column.neighbourhood"), getTranslation("statistics.column.amount")),
                hoodCells, getTranslation("statistics.empty"))));
    }

    private void implementation(StatisticsFilter filter) {
        var projects = statistics.implementation(filter);
        List<StatisticsChart.Bar> bars = new ArrayList<>();
        List<List<String>> cells = new ArrayList<>();
        for (var p : projects) {
            String progress = getTranslation("statistics.percent", p.progress());
            bars.add(new StatisticsChart.Bar(p.title(), (double) p.progress(), progress));
            cells.add(List.of(p.title(), p.neighbourhoodName(), getTranslation("impl.status." + p.status()), progress,
                    new Money(p.budgetTry()).format(getLocale())));
        }
        section("statistics.implementation.title", StatisticsChart.figure("stat-implementation",
                getTranslation("statistics.implementation.chart"),
                getTranslation("statistics.implementation.desc", projects.size()), bars,
                List.of(getTranslation("statistics.column.project"), getTranslation("statistics.column.neighbourhood"),
                        getTranslation("statistics.column.status"), getTranslation("statistics.column.progress"),
                        getTranslation("statistics.column.budget")),
                cells, getTranslation("statistics.empty")));
    }

    private void parkEvents(StatisticsFilter filter) {
        var months = statistics.parkEvents(filter);
        var monthFormat = DateTimeFormatter.ofPattern("LLLL yyyy", getLocale());
        List<StatisticsChart.Bar> bars = new ArrayList<>();
        List<List<String>> cells = new ArrayList<>();
        for (var m : months) {
            String month = monthFormat.format(m.month().atDay(1).atStartOfDay(IzmirTime.ZONE));
            bars.add(new StatisticsChart.Bar(m.park() + " · " + month, (double) m.events(), count(m.events())));
            cells.add(List.of(m.park(), month, count(m.events())));
        }
        section("statistics.parks.title", StatisticsChart.figure("stat-parks", getTranslation("statistics.parks.chart"),
                getTranslation("statistics.parks.desc", months.size()), bars,
                List.of(getTranslation("statistics.column.park"), getTranslation("statistics.column.month"),
                        getTranslation("statistics.column.events")),
                cells, getTranslation("statistics.empty")));
    }
}
