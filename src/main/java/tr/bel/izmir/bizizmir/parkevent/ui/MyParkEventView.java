package tr.bel.izmir.bizizmir.parkevent.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import tr.bel.izmir.bizizmir.parkevent.ActivityType;
import tr.bel.izmir.bizizmir.parkevent.EventApplicationInfo;
import tr.bel.izmir.bizizmir.parkevent.EventRequest;
import tr.bel.izmir.bizizmir.parkevent.EventStatus;
import tr.bel.izmir.bizizmir.parkevent.NoiseLevel;
import tr.bel.izmir.bizizmir.parkevent.ParkEventApplications;
import tr.bel.izmir.bizizmir.parkevent.ParkEventApplications.MyApplication;
import tr.bel.izmir.bizizmir.parkevent.ParkManagement;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.PhotoUpload;
import tr.bel.izmir.bizizmir.shared.ui.Notifications;
import tr.bel.izmir.bizizmir.shared.ui.Photos;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * One of the group's applications: where it stands and why, what is due when, and the one thing
 * the group can do now — revise after a request for changes, file the report after the event
 * (with photos), or withdraw before it starts.
 */
@Route("my/park-events/:id([0-9]+)")
@RolesAllowed(AppRoles.CIVIC_GROUP)
class MyParkEventView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ParkEventApplications applications;
    private final ParkManagement management;
    private final tr.bel.izmir.bizizmir.parkevent.ParkEventControls controls;
    private final Clock clock;
    private String title = "";

    MyParkEventView(ParkEventApplications applications, ParkManagement management,
                    tr.bel.izmir.bizizmir.parkevent.ParkEventControls controls, Clock clock) {
        this.applications = applications;
        this.controls = controls;
        this.management = management;
        this.clock = clock;
        addClassName("page");
        addClassName("form-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("id");
        if (id.isEmpty() || !render(id.get())) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** Only the applicant's own applications; anyone else's id is "not found". */
    private boolean render(long id) {
        var mine = applications.myApplicationsWithSteps().stream().filter(m -> m.application().getId() == id).findFirst();
        if (mine.isEmpty()) {
            return false;
        }
        removeAll();
        var m = mine.get();
        var a = m.application();
        title = a.getTitle();
        var heading = new H1(a.getTitle());
        heading.addClassName("page-title");
        var status = ParkUi.statusBadge(this, a.getStatus());
        status.setId("event-status");
        add(heading, new Div(status));
        String reason = "en".equals(getLocale().getLanguage()) ? a.getStatusReasonEn() : a.getStatusReasonTr();
        var cancellation = a.getStatus() == tr.bel.izmir.bizizmir.parkevent.EventStatus.CANCELLED
                ? controls.cancellation(a.getId()) : java.util.Optional.<tr.bel.izmir.bizizmir.parkevent.ParkEventControl>empty();
        if (cancellation.isPresent()) {
            // Cancelled by the municipality (DD020): when, why, and whether a closed day caused it.
            var c = cancellation.get();
            var note = new Paragraph(getTranslation(c.isBlackout() ? "parks.cancel.note-blackout" : "parks.cancel.note",
                    IzmirTime.formatDateTime(c.getActedAt(), getLocale()), c.getReason()));
            note.setId("event-reason");
            add(note);
        } else if (reason != null && !reason.isBlank()) {
            var reasonText = new Paragraph(getTranslation("parks.my.reason", reason));
            reasonText.setId("event-reason");
            add(reasonText);
        }
        add(new Paragraph(getTranslation("parks.event.when", IzmirTime.formatDateTime(a.getStartsAt(), getLocale()),
                IzmirTime.formatDateTime(a.getEndsAt(), getLocale()))),
                new Paragraph(getTranslation("parks.my.where", m.parkName(), m.areaName(), m.groupName())));
        var next = new Paragraph(getTranslation("parks.next." + m.nextStep().name())
                + (m.dueAt() == null ? "" : " " + getTranslation("parks.my.due", IzmirTime.formatDateTime(m.dueAt(), getLocale()))));
        next.setId("event-next");
        add(next);
        if (ParkEventApplications.PUBLIC.contains(a.getStatus()) || cancellation.isPresent() && applications.publicEvent(a.getId()).isPresent()) {
            add(new Paragraph(new Anchor("parks/events/" + a.getId(), getTranslation("parks.my.public-page"))));
        }
        switch (m.nextStep()) {
            case REVISE -> add(reviseSection(a));
            case FILE_REPORT -> add(reportSection(a));
            default -> { }
        }
        if (a.getStatus().isWithdrawable() && clock.instant().isBefore(a.getStartsAt())) {
            add(withdrawSection(a));
        }
        add(new Paragraph(new RouterLink(getTranslation("parks.my.back"), MyParkEventsView.class)));
        return true;
    }

    private Section reviseSection(EventApplicationInfo a) {
        var section = new Section(new H2(getTranslation("parks.revise.title")),
                new Paragraph(getTranslation("parks.revise.intro")));
        section.setId("revise");
        var attendance = new IntegerField(getTranslation("parks.field.attendance"));
        attendance.setId("revise-attendance");
        attendance.setMin(1);
        attendance.setValue(a.getExpectedAttendance());
        attendance.setStepButtonsVisible(true);
        var activity = new RadioButtonGroup<ActivityType>(getTranslation("parks.field.activity"));
        activity.setItems(management.park(applications.area(a.getAreaId()).orElseThrow().getParkId()).orElseThrow().getAllowedActivities());
        activity.setItemLabelGenerator(t -> getTranslation("parks.activity." + t.name()));
        activity.setValue(a.getActivityType());
        var noise = new RadioButtonGroup<NoiseLevel>(getTranslation("parks.field.noise"));
        noise.setItems(NoiseLevel.values());
        noise.setItemLabelGenerator(n -> getTranslation("parks.noise." + n.name()));
        noise.setValue(a.getNoiseLevel());
        var minors = new Checkbox(getTranslation("parks.field.minors"), a.isMinors());
        var commercial = new Checkbox(getTranslation("parks.field.commercial"), a.isCommercial());
        var tents = count("parks.field.tents", a.getTentCount());
        var chairs = count("parks.field.chairs", a.getChairCount());
        var tables = count("parks.field.tables", a.getTableCount());
        var power = new Checkbox(getTranslation("parks.field.power"), a.isPowerNeeded());
        var sound = new Checkbox(getTranslation("parks.field.sound"), a.isSoundNeeded());
        var form = new FormLayout(attendance, minors, activity, noise, commercial, tents, chairs, tables, power, sound);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        var send = new Button(getTranslation("parks.revise.submit"));
        send.setId("revise-submit");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(e -> {
            try {
                applications.revise(a.getId(), new EventRequest(a.getGroupId(), a.getAreaId(), a.getTitle(), a.getStartsAt(),
                        a.getEndsAt(), attendance.getValue() == null ? 0 : attendance.getValue(), minors.getValue(),
                        noise.getValue(), commercial.getValue(), activity.getValue(), value(tents), power.getValue(),
                        sound.getValue(), value(chairs), value(tables)));
                Notifications.success(getTranslation("parks.revise.done"));
                render(a.getId());
            } catch (DomainException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.args()));
                send.setEnabled(true);
            }
        });
        section.add(form, send);
        return section;
    }

    private Section reportSection(EventApplicationInfo a) {
        var section = new Section(new H2(getTranslation("parks.report.title")),
                new Paragraph(getTranslation("parks.report.intro", IzmirTime.formatDateTime(ParkEventApplications.reportDueAt(a), getLocale()))));
        section.setId("report");
        var attendance = new IntegerField(getTranslation("parks.report.attendance"));
        attendance.setId("report-attendance");
        attendance.setMin(0);
        attendance.setRequiredIndicatorVisible(true);
        var damage = new TextArea(getTranslation("parks.report.damage"));
        damage.setId("report-damage");
        damage.setMaxLength(2000);
        damage.setHelperText(getTranslation("parks.report.damage-help"));
        List<PhotoUpload> photos = new ArrayList<>();
        var upload = Photos.upload(this, "report-photos", ParkEventApplications.REPORT_PHOTOS, photos::add,
                name -> photos.removeIf(p -> p.safeFileName().equals(name)));
        var send = new Button(getTranslation("parks.report.submit"));
        send.setId("report-submit");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(e -> {
            try {
                if (attendance.getValue() == null) {
                    throw new DomainException("parkevent.error.actual-attendance");
                }
                applications.fileReport(a.getId(), attendance.getValue(), damage.getValue(), List.copyOf(photos));
                Notifications.success(getTranslation("parks.report.done"));
                render(a.getId());
            } catch (DomainException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.args()));
                send.setEnabled(true);
            }
        });
        section.add(attendance, damage, new Div(new Span(getTranslation("parks.report.photos")), upload), send);
        return section;
    }

    private Section withdrawSection(EventApplicationInfo a) {
        var withdraw = new Button(getTranslation("parks.withdraw.button"));
        withdraw.setId("withdraw");
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        withdraw.addClickListener(e -> {
            var dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("parks.withdraw.confirm-title"));
            dialog.add(new Paragraph(getTranslation("parks.withdraw.confirm", a.getTitle())));
            var yes = new Button(getTranslation("parks.withdraw.yes"), click -> {
                try {
                    applications.withdraw(a.getId());
                    Notifications.success(getTranslation("parks.withdraw.done"));
                    render(a.getId());
                } catch (DomainException ex) {
                    Notifications.error(getTranslation(ex.messageKey(), ex.args()));
                }
                dialog.close();
            });
            yes.setId("withdraw-confirm");
            yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
            dialog.getFooter().add(new Button(getTranslation("parks.withdraw.no"), click -> dialog.close()), yes);
            dialog.open();
        });
        var section = new Section(withdraw);
        section.setId("withdraw-section");
        return section;
    }

    private IntegerField count(String labelKey, int value) {
        var field = new IntegerField(getTranslation(labelKey));
        field.setMin(0);
        field.setValue(value);
        field.setStepButtonsVisible(true);
        return field;
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
