package tr.bel.izmir.bizizmir.parkevent.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import tr.bel.izmir.bizizmir.parkevent.EventApplicationInfo;
import tr.bel.izmir.bizizmir.parkevent.ParkEventApplications;
import tr.bel.izmir.bizizmir.parkevent.ParkEventControl;
import tr.bel.izmir.bizizmir.parkevent.ParkEventControls;
import tr.bel.izmir.bizizmir.parkevent.ParkManagement;
import tr.bel.izmir.bizizmir.parkevent.PublicEvent;
import tr.bel.izmir.bizizmir.parkevent.process.ParkEventApprovalProcess;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.ui.Notifications;
import tr.bel.izmir.bizizmir.shared.ui.ReasonDialog;
import tr.bel.izmir.bizizmir.transparency.PublicTimeline;

import java.util.List;

/**
 * An event's public page: what, when, where (with a map link), who organises it, and the public
 * timeline of its approval. The organising group and park managers also see the report. An event
 * the municipality cancelled says so with the reason (DD020); park managers cancel one here.
 */
@Route("parks/events/:id([0-9]+)")
@AnonymousAllowed
class ParkEventPage extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ParkEventApplications applications;
    private final ParkManagement management;
    private final PublicTimeline timeline;
    private final ParkEventControls controls;
    private final CurrentUser currentUser;
    private final java.time.Clock clock;
    private String title = "";

    ParkEventPage(ParkEventApplications applications, ParkManagement management, PublicTimeline timeline,
                  ParkEventControls controls, CurrentUser currentUser, java.time.Clock clock) {
        this.applications = applications;
        this.controls = controls;
        this.currentUser = currentUser;
        this.clock = clock;
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
        add(heading, new Div(status), tr.bel.izmir.bizizmir.notification.ui.FollowButton.of("park-event", e.id()));
        controls.cancellation(e.id()).ifPresent(c -> add(cancellationNote(c)));
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
        if (mayCancel(application)) {
            add(cancelSection(application));
        }
        add(timelineSection(e));
    }

    private Paragraph cancellationNote(ParkEventControl c) {
        var note = new Paragraph(getTranslation(c.isBlackout() ? "parks.cancel.note-blackout" : "parks.cancel.note",
                IzmirTime.formatDateTime(c.getActedAt(), getLocale()), c.getReason()));
        note.setId("event-cancellation");
        note.addClassName("control-note");
        return note;
    }

    /** The button is a convenience; {@link ParkEventControls#cancel} checks the role and the state again. */
    private boolean mayCancel(EventApplicationInfo a) {
        return currentUser.get().map(u -> u.hasRole(AppRoles.PARK_MANAGER) || u.hasRole(AppRoles.ADMIN)).orElse(false)
                && a.getStatus().isCancellable() && clock.instant().isBefore(a.getEndsAt());
    }

    private Section cancelSection(EventApplicationInfo a) {
        var open = new Button(getTranslation("parks.cancel.button"), e -> cancelDialog(a).open());
        open.setId("cancel-event");
        open.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var section = new Section(new H2(getTranslation("parks.cancel.title")),
                new Paragraph(getTranslation("parks.cancel.help")), open);
        section.setId("event-cancel-section");
        return section;
    }

    private ReasonDialog cancelDialog(EventApplicationInfo a) {
        return new ReasonDialog(this, getTranslation("parks.cancel.dialog", a.getTitle()), null, "parks.cancel.reason",
                "parks.cancel.confirm", "parks.cancel.back", why -> controls.cancel(a.getId(), why), () -> {
                    Notifications.success(getTranslation("parks.cancel.done"));
                    applications.publicEvent(a.getId()).ifPresentOrElse(this::render,
                            () -> getUI().ifPresent(ui -> ui.navigate("parks")));
                }).destructive();
    }

    private Section reportSection(EventApplicationInfo a) {
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
