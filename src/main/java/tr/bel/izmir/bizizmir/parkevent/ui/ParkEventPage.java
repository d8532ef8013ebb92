package tr.bel.izmir.bizizmir.parkevent.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import tr.bel.izmir.bizizmir.parkevent.EventApplication;
import tr.bel.izmir.bizizmir.parkevent.ParkEventApplications;
import tr.bel.izmir.bizizmir.parkevent.ParkManagement;
import tr.bel.izmir.bizizmir.parkevent.PublicEvent;
import tr.bel.izmir.bizizmir.parkevent.process.ParkEventApprovalProcess;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.transparency.PublicTimeline;

import java.util.List;

/**
 * An event's public page: what, when, where (with a map link), who organises it, and the public
 * timeline of its approval. The organising group and park managers also see the report.
 */
@Route("parks/events/:id([0-9]+)")
@AnonymousAllowed
class ParkEventPage extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ParkEventApplications applications;
    private final ParkManagement management;
    private final PublicTimeline timeline;
    private String title = "";

    ParkEventPage(ParkEventApplications applications, ParkManagement management, PublicTimeline timeline) {
        this.applications = applications;
        this.management = management;
        this.timeline = timeline;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("id");
        var shown = id.flatMap(applications::publicEvent);
        if (shown.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render(shown.get());
    }

    private void render(PublicEvent e) {
        removeAll();
        title = e.title();
        var heading = new H1(e.title());
        heading.addClassName("page-title");
        var status = ParkUi.statusBadge(this, e.status());
        status.setId("event-status");
        add(heading, new Div(status));
        var when = new Paragraph(getTranslation("parks.event.when", IzmirTime.formatDateTime(e.startsAt(), getLocale()),
                IzmirTime.formatDateTime(e.endsAt(), getLocale())));
        when.setId("event-when");
        var park = management.park(e.parkId()).orElseThrow();
        var where = new Paragraph(new Span(getTranslation("parks.event.where") + " "),
                new Anchor("parks/" + e.parkId(), e.parkName()),
                new Span(" — " + e.areaName() + " (" + ParkUi.districtName(management.districts(), e.districtCode()) + ")"));
        where.setId("event-where");
        var map = new Anchor(park.openStreetMapUrl(), getTranslation("parks.event.map"), AnchorTarget.BLANK);
        map.getElement().setAttribute("rel", "noopener");
        add(when, where, new Paragraph(map),
                new Paragraph(getTranslation("parks.event.activity", getTranslation("parks.activity." + e.activity().name()))),
                new Paragraph(getTranslation("parks.event.group", e.groupName())));

        var application = applications.find(e.id()).orElseThrow();
        if (applications.canSeeReport(application)) {
            add(reportSection(application));
        }
        add(timelineSection(e));
    }

    private Section reportSection(EventApplication a) {
        var section = new Section(new H2(getTranslation("parks.event.report")));
        section.setId("event-report");
        section.add(new Paragraph(getTranslation("parks.event.expected", a.getExpectedAttendance())));
        if (a.getReportedAt() == null) {
            section.add(new Paragraph(getTranslation("parks.event.no-report",
                    IzmirTime.formatDateTime(ParkEventApplications.reportDueAt(a), getLocale()))));
            return section;
        }
        section.add(new Paragraph(getTranslation("parks.event.reported", IzmirTime.formatDateTime(a.getReportedAt(), getLocale()),
                a.getActualAttendance())));
        section.add(new Paragraph(a.getDamageReport() == null ? getTranslation("parks.event.no-damage")
                : getTranslation("parks.event.damage", a.getDamageReport())));
        var photoIds = applications.reportPhotoIds(a.getId());
        if (!photoIds.isEmpty()) {
            section.add(ParkUi.gallery(this, "event-report-photos", photoIds, applications::reportPhoto, "parks.event.photo-alt"));
        }
        return section;
    }

    private Section timelineSection(PublicEvent e) {
        var list = new UnorderedList();
        list.addClassName("timeline");
        list.setId("timeline");
        for (var step : timeline.of(Long.toString(e.id()), List.of(ParkEventApprovalProcess.KEY))) {
            String label = getTranslation("timeline." + step.processKey() + "." + step.activityId());
            if (label.startsWith("!")) {
                // The step's name in the reader's language (ModelNames' keys), else the model's.
                label = getTranslation("element-name." + step.processKey() + "." + step.activityId());
            }
            if (label.startsWith("!")) {
                label = step.name();
            }
            // Done steps at completion, waiting timers as planned, a running task since it began.
            String at = IzmirTime.formatDateTime(step.shownAt(), getLocale());
            var time = new Span(step.isPlanned() ? getTranslation("timeline.planned", at)
                    : step.inProgress() ? getTranslation("timeline.since", at) : at);
            time.addClassName("time");
            var item = new ListItem(new Span(label), time);
            if (step.inProgress()) {
                item.addClassName("in-progress");
            }
            list.add(item);
        }
        return new Section(new H2(getTranslation("parks.event.timeline")), list);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
