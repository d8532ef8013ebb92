package tr.bel.izmir.bizizmir.transparency.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.shared.ui.GroupNames;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;
import tr.bel.izmir.bizizmir.transparency.ServiceLevels;
import tr.bel.izmir.bizizmir.transparency.StatisticsFilter;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * Service levels for staff (issue 18, item 3): per department, feasibility checks and answers to
 * assembly advice done within their due date, median and 90th percentile days, open and overdue
 * now, escalations; and the load of each group's inbox. Charts with their tables, as on the
 * public statistics page, with the same filters.
 */
@Route("staff/statistics")
@RolesAllowed({AppRoles.OFFICER, AppRoles.SUPERVISOR, AppRoles.ADMIN})
@Menu(title = "nav.service-levels", order = 111, icon = "vaadin:chart-timeline")
public class ServiceLevelsView extends TranslatedView implements BeforeEnterObserver {

    private final ServiceLevels levels;
    private final StatisticsFilterForm form;
    private final Div content = new Div();

    public ServiceLevelsView(ServiceLevels levels, NeighbourhoodCatalog neighbourhoods) {
        super("service-levels.title");
        this.levels = levels;
        add(new Paragraph(getTranslation("service-levels.intro")));
        form = new StatisticsFilterForm(neighbourhoods, ServiceLevelsView.class);
        content.setId("service-levels-content");
        add(form, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        content.removeAll();
        var read = form.read(event.getLocation().getQueryParameters(), content);
        if (read.isEmpty()) {
            return;
        }
        StatisticsFilter filter = read.get();
        level("service-levels.feasibility", "stat-feasibility", levels.feasibility(filter));
        level("service-levels.advisory", "stat-advisory", levels.advisoryAnswers(filter));
        inbox();
    }

    private String number(long n) {
        return NumberFormat.getIntegerInstance(getLocale()).format(n);
    }

    private String days(BigDecimal d) {
        return StatisticsText.oneDecimal(this, getLocale(), "service-levels.days", d);
    }

    private String percent(BigDecimal p) {
        return StatisticsText.oneDecimal(this, getLocale(), "statistics.percent", p);
    }

    private void level(String key, String id, List<ServiceLevels.Level> rows) {
        List<StatisticsChart.Bar> bars = new ArrayList<>();
        List<List<String>> cells = new ArrayList<>();
        for (var r : rows) {
            String department = GroupNames.of(this, r.department());
            bars.add(new StatisticsChart.Bar(department, r.withinDuePercent() == null ? 0.0 : r.withinDuePercent().doubleValue(),
                    percent(r.withinDuePercent())));
            cells.add(List.of(department, number(r.done()), number(r.doneWithinDue()), percent(r.withinDuePercent()),
                    days(r.medianDays()), days(r.p90Days()), number(r.open()), number(r.overdue()), number(r.escalations())));
        }
        content.add(new Section(new H2(getTranslation(key + ".title")), new Html(StatisticsChart.figure(id,
                getTranslation(key + ".chart"), getTranslation("service-levels.desc", rows.size()), bars,
                List.of(getTranslation("service-levels.column.department"), getTranslation("service-levels.column.done"),
                        getTranslation("service-levels.column.within-due"), getTranslation("service-levels.column.within-due-share"),
                        getTranslation("service-levels.column.median"), getTranslation("service-levels.column.p90"),
                        getTranslation("service-levels.column.open"), getTranslation("service-levels.column.overdue"),
                        getTranslation("service-levels.column.escalations")),
                cells, getTranslation("statistics.empty")))));
    }

    private void inbox() {
        List<StatisticsChart.Bar> bars = new ArrayList<>();
        List<List<String>> cells = new ArrayList<>();
        for (var load : levels.inboxLoad()) {
            String group = GroupNames.of(this, load.group());
            bars.add(new StatisticsChart.Bar(group, (double) load.open(),
                    getTranslation("service-levels.inbox.bar", number(load.open()), number(load.overdue()))));
            cells.add(List.of(group, number(load.open()), number(load.overdue())));
        }
        content.add(new Section(new H2(getTranslation("service-levels.inbox.title")), new Html(StatisticsChart.figure(
                "stat-inbox", getTranslation("service-levels.inbox.chart"),
                getTranslation("service-levels.inbox.desc", cells.size()), bars,
                List.of(getTranslation("service-levels.column.group"), getTranslation("service-levels.column.open"),
                        getTranslation("service-levels.column.overdue")),
                cells, getTranslation("statistics.empty")))));
    }
}
