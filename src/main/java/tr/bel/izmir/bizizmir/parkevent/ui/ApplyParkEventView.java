package tr.bel.izmir.bizizmir.parkevent.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import tr.bel.izmir.bizizmir.shared.ui.FoldedFilter;
import tr.bel.izmir.bizizmir.parkevent.ActivityType;
import tr.bel.izmir.bizizmir.parkevent.CivicGroupInfo;
import tr.bel.izmir.bizizmir.parkevent.CivicGroups;
import tr.bel.izmir.bizizmir.parkevent.EventRequest;
import tr.bel.izmir.bizizmir.parkevent.EventStatus;
import tr.bel.izmir.bizizmir.parkevent.LivingParkInfo;
import tr.bel.izmir.bizizmir.parkevent.NoiseLevel;
import tr.bel.izmir.bizizmir.parkevent.ParkAreaInfo;
import tr.bel.izmir.bizizmir.parkevent.ParkEventApplications;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.ui.Notifications;
import tr.bel.izmir.bizizmir.shared.ui.RequiredFields;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A civic group's representative applies for a slot in a Living Park ("Çık Dışarı Oynayalım").
 * One column on a phone. The form keeps what was typed when the server refuses it; one
 * submission key per opened form makes a double-click harmless.
 */
@Route("parks/apply")
@RolesAllowed(AppRoles.CIVIC_GROUP)
class ApplyParkEventView extends TranslatedView {

    private final String submissionKey = UUID.randomUUID().toString();

    ApplyParkEventView(ParkEventApplications applications, CivicGroups civicGroups, Clock clock) {
        super("parks.apply.title");
        addClassName("form-narrow");
        List<CivicGroupInfo> groups = civicGroups.mine();
        if (groups.isEmpty()) {
            add(new Paragraph(getTranslation("parks.apply.no-group")));
            return;
        }
        add(new Paragraph(getTranslation("parks.apply.intro")));

        var group = new ComboBox<CivicGroupInfo>(getTranslation("parks.field.group"));
        group.setId("event-group");
        group.setRequiredIndicatorVisible(true);
        group.setItems(FoldedFilter.of(group), groups);
        group.setItemLabelGenerator(g -> g.isRegistered() ? g.getName()
                : getTranslation("parks.apply.group-unregistered", g.getName()));
        group.setValue(groups.stream().filter(CivicGroupInfo::isRegistered).findFirst().orElse(groups.get(0)));

        var park = new ComboBox<LivingParkInfo>(getTranslation("parks.field.park"));
        park.setId("event-park");
        park.setRequiredIndicatorVisible(true);
        park.setItems(FoldedFilter.of(park), applications.activeParks());
        park.setItemLabelGenerator(LivingParkInfo::getName);
        var area = new ComboBox<ParkAreaInfo>(getTranslation("parks.field.area"));
        area.setId("event-area");
        area.setRequiredIndicatorVisible(true);
        area.setItemLabelGenerator(a -> getTranslation("parks.area-label", a.getName(), a.getCapacity()));
        var activity = new RadioButtonGroup<ActivityType>(getTranslation("parks.field.activity"));
        activity.setId("event-activity");
        activity.setRequiredIndicatorVisible(true);
        activity.setItemLabelGenerator(a -> getTranslation("parks.activity." + a.name()));
        var hours = new Paragraph();
        hours.setId("event-park-hours");
        park.addValueChangeListener(e -> {
            area.clear();
            var chosen = e.getValue();
            area.setItems(chosen == null ? List.of() : applications.areasOf(chosen.getId()));
            activity.setItems(chosen == null ? List.of() : List.copyOf(chosen.getAllowedActivities()));
            hours.setText(chosen == null ? "" : getTranslation("parks.apply.park-hours", chosen.getOpeningHour(), chosen.getClosingHour()));
        });

        LocalDate today = LocalDate.now(clock.withZone(IzmirTime.ZONE));
        var date = new DatePicker(getTranslation("parks.field.date"));
        date.setId("event-date");
        date.setLocale(getLocale());
        date.setI18n(tr.bel.izmir.bizizmir.shared.ui.DatePickers.i18n(getLocale(), this::getTranslation));
        date.setRequiredIndicatorVisible(true);
        date.setHelperText(getTranslation("parks.apply.lead-time", ParkEventApplications.LEAD_TIME.toDays()));
        date.setInitialPosition(today.plusDays(ParkEventApplications.LEAD_TIME.toDays()));
        date.setMin(today.plusDays(1));
        var start = timePicker("parks.field.start", "event-start");
        var end = timePicker("parks.field.end", "event-end");

        var title = new TextField(getTranslation("parks.field.title"));
        title.setId("event-title");
        title.setRequiredIndicatorVisible(true);
        title.setMinLength(EventRequest.TITLE_MIN);
        // No maxLength: the browser would cut a pasted name silently. A live counter instead, and the
        // field (and the server) refuse what is too long.
        title.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        title.setHelperText(getTranslation("parks.apply.title-help") + " " + getTranslation("parkevent.field.title-count",
                0, EventRequest.TITLE_MAX));
        title.addValueChangeListener(e -> {
            int length = e.getValue().strip().length();
            title.setHelperText(getTranslation("parks.apply.title-help") + " "
                    + getTranslation("parkevent.field.title-count", length, EventRequest.TITLE_MAX));
            boolean tooLong = length > EventRequest.TITLE_MAX;
            title.setInvalid(tooLong);
            title.setErrorMessage(tooLong ? getTranslation("parkevent.error.title-length", EventRequest.TITLE_MIN,
                    EventRequest.TITLE_MAX) : null);
        });
        var attendance = new IntegerField(getTranslation("parks.field.attendance"));
        attendance.setId("event-attendance");
        attendance.setRequiredIndicatorVisible(true);
        attendance.setMin(1);
        attendance.setStepButtonsVisible(true);
        var minors = new Checkbox(getTranslation("parks.field.minors"));
        minors.setId("event-minors");
        var noise = new RadioButtonGroup<NoiseLevel>(getTranslation("parks.field.noise"));
        noise.setId("event-noise");
        noise.setItems(NoiseLevel.values());
        noise.setItemLabelGenerator(n -> getTranslation("parks.noise." + n.name()));
        noise.setValue(NoiseLevel.LOW);
        var commercial = new Checkbox(getTranslation("parks.field.commercial"));
        commercial.setId("event-commercial");

        var tents = count("parks.field.tents", "event-tents");
        var chairs = count("parks.field.chairs", "event-chairs");
        var tables = count("parks.field.tables", "event-tables");
        var power = new Checkbox(getTranslation("parks.field.power"));
        power.setId("event-power");
        var sound = new Checkbox(getTranslation("parks.field.sound"));
        sound.setId("event-sound");

        var form = new FormLayout(group, park, hours, area, date, start, end, title, activity, attendance, minors, noise, commercial);
        form.setColspan(title, 2);
        form.setColspan(hours, 2);
        form.setColspan(activity, 2);
        form.setColspan(noise, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        var support = new FormLayout(tents, chairs, tables, power, sound);
        support.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));

        var submit = new Button(getTranslation("parks.apply.submit"));
        submit.setId("event-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> {
            if (!RequiredFields.filled(this, group, park, area, date, start, end, title, activity, attendance)) {
                submit.setEnabled(true);
                return;
            }
            try {
                Instant from = date.getValue() == null || start.getValue() == null ? null
                        : date.getValue().atTime(start.getValue()).atZone(IzmirTime.ZONE).toInstant();
                Instant to = date.getValue() == null || end.getValue() == null ? null
                        : date.getValue().atTime(end.getValue()).atZone(IzmirTime.ZONE).toInstant();
                var request = new EventRequest(group.getValue().getId(), area.getValue().getId(), title.getValue(), from, to,
                        attendance.getValue() == null ? 0 : attendance.getValue(), minors.getValue(), noise.getValue(),
                        commercial.getValue(), activity.getValue(), value(tents), power.getValue(), sound.getValue(),
                        value(chairs), value(tables));
                var result = applications.apply(request, submissionKey);
                if (result.status() == EventStatus.INELIGIBLE) {
                    Notifications.error(getTranslation("parks.apply.ineligible", result.reason(getLocale())));
                } else {
                    Notifications.success(getTranslation("parks.apply.done"));
                }
                getUI().ifPresent(ui -> ui.navigate("my/park-events/" + result.applicationId()));
            } catch (DomainException ex) {
                // Nothing was saved and nothing typed is lost: say what to fix, keep the form.
                Notifications.error(getTranslation(ex.messageKey(), ex.args()));
                submit.setEnabled(true);
            }
        });
        add(form, new H2(getTranslation("parks.apply.support")), new Paragraph(getTranslation("parks.apply.support-help")),
                support, submit, new Paragraph(new RouterLink(getTranslation("parks.my-link"), MyParkEventsView.class)));
    }

    private TimePicker timePicker(String labelKey, String id) {
        var picker = new TimePicker(getTranslation(labelKey));
        picker.setId(id);
        picker.setLocale(getLocale());
        picker.setStep(Duration.ofMinutes(30));
        picker.setRequiredIndicatorVisible(true);
        picker.setI18n(new TimePicker.TimePickerI18n().setBadInputErrorMessage(getTranslation("form.validation.bad-time")));
        return picker;
    }

    private IntegerField count(String labelKey, String id) {
        var field = new IntegerField(getTranslation(labelKey));
        field.setId(id);
        field.setMin(0);
        field.setValue(0);
        field.setStepButtonsVisible(true);
        return field;
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }
}
