package tr.bel.izmir.bizizmir.assembly.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import tr.bel.izmir.bizizmir.shared.ui.FoldedFilter;
import tr.bel.izmir.bizizmir.assembly.AdvisoryItemInfo;
import tr.bel.izmir.bizizmir.assembly.AdvisoryItems;
import tr.bel.izmir.bizizmir.assembly.AdvisoryVoteInfo;
import tr.bel.izmir.bizizmir.assembly.AssemblyInfo;
import tr.bel.izmir.bizizmir.assembly.AssemblyDirectory;
import tr.bel.izmir.bizizmir.assembly.AssemblyMeetings;
import tr.bel.izmir.bizizmir.assembly.AssemblyMemberInfo;
import tr.bel.izmir.bizizmir.assembly.AssemblyMemberships;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.ui.Notifications;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Meetings of the assemblies I serve on: the chair schedules them with an agenda, members say
 * whether they come, and the secretary records attendance and minutes after the meeting.
 */
@Route("assembly/meetings")
@RolesAllowed({AppRoles.ASSEMBLY_MEMBER, AppRoles.ASSEMBLY_CHAIR})
@Menu(title = "nav.assembly-meetings", order = 104, icon = "vaadin:calendar-user")
class AssemblyMeetingsView extends TranslatedView {

    private final AssemblyMeetings meetings;
    private final AssemblyMemberships memberships;
    private final AdvisoryItems advisory;
    private final Map<Long, AssemblyInfo> assemblies;
    private final Div list = new Div();

    AssemblyMeetingsView(AssemblyMeetings meetings, AssemblyMemberships memberships, AdvisoryItems advisory,
                         AssemblyDirectory directory) {
        super("meeting.title");
        this.advisory = advisory;
        this.meetings = meetings;
        this.memberships = memberships;
        this.assemblies = directory.all().stream().collect(Collectors.toMap(AssemblyInfo::getId, Function.identity()));
        list.setId("meetings");
        list.addClassName("vote-cards");
        var today = LocalDate.now(IzmirTime.ZONE);
        var chaired = memberships.myMemberships().stream()
                .filter(m -> m.servesOn(today) && m.getRole() == AssemblyMemberInfo.Role.CHAIR)
                .map(m -> assemblies.get(m.getAssemblyId())).toList();
        if (!chaired.isEmpty()) {
            add(scheduleForm(chaired), secretaryForm(chaired));
        }
        add(new H2(getTranslation("meeting.list")), list);
        refresh();
    }

    private String name(long assemblyId) {
        return assemblies.containsKey(assemblyId) ? assemblies.get(assemblyId).getName() : "";
    }

    private void refresh() {
        list.removeAll();
        var today = LocalDate.now(IzmirTime.ZONE);
        var serving = memberships.myMemberships().stream().filter(m -> m.servesOn(today)).toList();
        var secretaryOf = serving.stream().filter(m -> m.getRole() == AssemblyMemberInfo.Role.SECRETARY)
                .map(AssemblyMemberInfo::getAssemblyId).collect(Collectors.toSet());
        var chairOf = serving.stream().filter(m -> m.getRole() == AssemblyMemberInfo.Role.CHAIR)
                .map(AssemblyMemberInfo::getAssemblyId).collect(Collectors.toSet());
        var mine = meetings.ofMyAssemblies();
        if (mine.isEmpty()) {
            list.add(new Paragraph(getTranslation("meeting.none")));
        }
        // The chair keeps the record too, so an assembly without a secretary is not stuck.
        mine.forEach(view -> {
            long assemblyId = view.meeting().getAssemblyId();
            list.add(card(view, secretaryOf.contains(assemblyId) || chairOf.contains(assemblyId), chairOf.contains(assemblyId)));
        });
    }

    /** getTranslation of the calling component, so the public assembly page can reuse these pieces. */
    interface Translator {
        String apply(String key, Object... args);
    }

    static Component where(AssemblyMeetings.MeetingView view, Translator translate) {
        var where = new Div();
        view.meeting().getPlace().ifPresent(p -> where.add(new Paragraph(translate.apply("meeting.place") + ": " + p)));
        view.meeting().getOnlineLink().ifPresent(l -> {
            var link = new Anchor(l, translate.apply("meeting.online"));
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener");
            where.add(new Paragraph(link));
        });
        return where;
    }

    static OrderedList agenda(AssemblyMeetings.MeetingView view) {
        var agenda = new OrderedList();
        view.agenda().forEach(a -> agenda.add(new ListItem(a)));
        return agenda;
    }

    /** "Cancelled: reason", for a cancelled meeting. */
    static java.util.Optional<Component> cancelled(AssemblyMeetings.MeetingView view, Translator translate) {
        return view.meeting().getCancelReason().map(reason -> {
            var note = new Paragraph(translate.apply("meeting.cancelled", reason));
            note.addClassName("meeting-cancelled");
            note.setId("meeting-cancelled-" + view.meeting().getId());
            return note;
        });
    }

    private Div card(AssemblyMeetings.MeetingView view, boolean secretary, boolean chair) {
        var meeting = view.meeting();
        long id = meeting.getId();
        var card = new Div();
        card.addClassNames("card", "vote-card");
        card.setId("meeting-" + id);
        card.add(new H3(name(meeting.getAssemblyId()) + " — " + IzmirTime.formatDateTime(meeting.getStartsAt(), getLocale())),
                where(view, this::getTranslation), new Paragraph(getTranslation("meeting.agenda")), agenda(view));
        var cancelled = cancelled(view, this::getTranslation);
        if (cancelled.isPresent()) {
            card.add(cancelled.get());
            return card;
        }
        boolean upcoming = meeting.getStartsAt().isAfter(Instant.now());
        if (upcoming && chair) {
            var change = new Button(getTranslation("meeting.change"), e -> changeDialog(view));
            change.setId("meeting-change-" + id);
            var cancel = new Button(getTranslation("meeting.cancel"), e -> cancelDialog(id));
            cancel.setId("meeting-cancel-" + id);
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            var chairButtons = new HorizontalLayout(change, cancel);
            chairButtons.setWrap(true);
            card.add(chairButtons);
        }
        if (upcoming) {
            card.add(new Paragraph(getTranslation("meeting.confirmed-count", view.confirmedAttending())));
            var yes = new Button(getTranslation("meeting.attend"), e -> confirm(id, true));
            yes.setId("attend-" + id);
            yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var no = new Button(getTranslation("meeting.not-attend"), e -> confirm(id, false));
            no.setId("not-attend-" + id);
            var buttons = new HorizontalLayout(yes, no);
            buttons.setWrap(true);
            card.add(buttons);
        } else if (meeting.isRecorded()) {
            card.add(minutes(view, this::getTranslation));
        } else if (secretary) {
            card.add(minutesForm(id));
        } else {
            card.add(new Paragraph(getTranslation("meeting.awaiting-minutes")));
        }
        if (!upcoming && secretary) {
            var open = advisory.openOf(meeting.getAssemblyId());
            if (!open.isEmpty()) {
                card.add(meetingVoteForm(id, open));
            }
        }
        return card;
    }

    static Div minutes(AssemblyMeetings.MeetingView view, Translator translate) {
        var meeting = view.meeting();
        var div = new Div();
        div.setId("minutes-" + meeting.getId());
        div.add(new Paragraph(translate.apply(meeting.getQuorum().orElse(false) ? "meeting.quorum" : "meeting.no-quorum",
                        meeting.getPresentCount().orElse(0), meeting.getMembersCount().orElse(0))),
                new Paragraph(meeting.getMinutes().orElse("")));
        return div;
    }

    private void confirm(long meetingId, boolean attending) {
        try {
            meetings.confirm(meetingId, attending);
            Notifications.success(getTranslation(attending ? "meeting.attend-done" : "meeting.not-attend-done"));
            refresh();
        } catch (DomainException ex) {
            Notifications.error(getTranslation(ex.messageKey(), ex.args()));
        }
    }

    private Div minutesForm(long meetingId) {
        var present = new CheckboxGroup<String>(getTranslation("meeting.present"));
        var serving = meetings.servingMembers(meetingId);
        var names = memberships.names(serving);
        present.setItems(serving);
        present.setItemLabelGenerator(names::get);
        present.setId("present-" + meetingId);
        var minutes = new TextArea(getTranslation("meeting.minutes"));
        minutes.setMaxLength(AssemblyMeetings.MAX_MINUTES);
        minutes.setWidthFull();
        minutes.setId("minutes-text-" + meetingId);
        var save = new Button(getTranslation("meeting.publish-minutes"), e -> {
            try {
                meetings.recordMinutes(meetingId, minutes.getValue(), present.getValue());
                Notifications.success(getTranslation("meeting.minutes-published"));
                refresh();
            } catch (DomainException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("minutes-save-" + meetingId);
        return new Div(present, minutes, save);
    }

    /** The secretary records votes on open advisory items that members cast at this meeting. */
    private Div meetingVoteForm(long meetingId, List<AdvisoryItemInfo> open) {
        var item = new ComboBox<AdvisoryItemInfo>(getTranslation("meeting.vote.item"));
        item.setItems(FoldedFilter.of(item), open);
        item.setItemLabelGenerator(AdvisoryItemInfo::getTitle);
        item.setWidthFull();
        item.setId("meeting-vote-item-" + meetingId);
        var member = new ComboBox<String>(getTranslation("membership.column.member"));
        var serving = meetings.servingMembers(meetingId);
        var names = memberships.names(serving);
        member.setItemLabelGenerator(names::get);
        member.setItems(FoldedFilter.of(member), serving);
        member.setId("meeting-vote-member-" + meetingId);
        var choice = new RadioButtonGroup<AdvisoryVoteInfo.Choice>(getTranslation("assembly-votes.choice"));
        choice.setItems(AdvisoryVoteInfo.Choice.values());
        choice.setItemLabelGenerator(c -> getTranslation("advisory.choice." + c.name()));
        choice.setId("meeting-vote-choice-" + meetingId);
        var comment = new TextArea(getTranslation("assembly-votes.comment"));
        comment.setMaxLength(AdvisoryItems.MAX_COMMENT);
        comment.setWidthFull();
        comment.setId("meeting-vote-comment-" + meetingId);
        var save = new Button(getTranslation("meeting.vote.record"), e -> {
            if (item.getValue() == null || member.getValue() == null) {
                Notifications.error(getTranslation("meeting.vote.choose"));
                return;
            }
            try {
                advisory.recordMeetingVote(item.getValue().getId(), meetingId, member.getValue(), choice.getValue(), comment.getValue());
                Notifications.success(getTranslation("meeting.vote.recorded"));
                refresh();
            } catch (DomainException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        save.setId("meeting-vote-save-" + meetingId);
        return new Div(new H3(getTranslation("meeting.vote.heading")), item, member, choice, comment, save);
    }

    /** The fields of a meeting's time, place and agenda, for scheduling and for changing one. */
    private final class MeetingFields {
        final DateTimePicker when = new DateTimePicker(getTranslation("meeting.form.when"));
        final TextField place = new TextField(getTranslation("meeting.place"));
        final TextField link = new TextField(getTranslation("meeting.form.link"));
        final TextArea agenda = new TextArea(getTranslation("meeting.agenda"));

        MeetingFields(String idPrefix) {
            when.setId(idPrefix + "-when");
            // Full width: the date and time halves otherwise keep desktop widths and push a phone's page sideways.
            when.setWidthFull();
            when.setHelperText(getTranslation("meeting.form.notice-help", meetings.noticeDays()));
            place.setMaxLength(AssemblyMeetings.MAX_PLACE);
            place.setWidthFull();
            place.setId(idPrefix + "-place");
            link.setMaxLength(AssemblyMeetings.MAX_LINK);
            link.setWidthFull();
            link.setPlaceholder("https://");
            link.setId(idPrefix + "-link");
            agenda.setHelperText(getTranslation("meeting.form.agenda-help"));
            agenda.setWidthFull();
            agenda.setId(idPrefix + "-agenda");
        }

        void fill(AssemblyMeetings.MeetingView view) {
            when.setValue(view.meeting().getStartsAt().atZone(IzmirTime.ZONE).toLocalDateTime());
            place.setValue(view.meeting().getPlace().orElse(""));
            link.setValue(view.meeting().getOnlineLink().orElse(""));
            agenda.setValue(String.join("\n", view.agenda()));
        }

        List<String> agendaLines() {
            return Arrays.asList(agenda.getValue().split("\\R"));
        }

        Component[] components() {
            return new Component[]{when, place, link, agenda};
        }
    }

    private Div scheduleForm(List<AssemblyInfo> chaired) {
        var assembly = new ComboBox<AssemblyInfo>(getTranslation("meeting.form.assembly"));
        assembly.setItems(FoldedFilter.of(assembly), chaired);
        assembly.setItemLabelGenerator(AssemblyInfo::getName);
        assembly.setValue(chaired.get(0));
        assembly.setId("meeting-assembly");
        var fields = new MeetingFields("meeting");
        var save = new Button(getTranslation("meeting.form.schedule"), e -> {
            if (assembly.getValue() == null) {
                assembly.setInvalid(true);
                return;
            }
            try {
                meetings.schedule(assembly.getValue().getId(), fields.when.getValue(), fields.place.getValue(),
                        fields.link.getValue(), fields.agendaLines());
                Notifications.success(getTranslation("meeting.form.done"));
                fields.agenda.clear();
                refresh();
            } catch (DomainException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("meeting-schedule");
        var form = new Div(new H2(getTranslation("meeting.form.heading")), assembly);
        form.add(fields.components());
        form.add(save);
        form.addClassName("card");
        return form;
    }

    /** The chair changes the time, place or agenda of a meeting that has not started. */
    private void changeDialog(AssemblyMeetings.MeetingView view) {
        long id = view.meeting().getId();
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("meeting.change.heading"));
        var fields = new MeetingFields("meeting-change-" + id);
        fields.fill(view);
        var save = new Button(getTranslation("meeting.change.save"), e -> {
            try {
                meetings.change(id, fields.when.getValue(), fields.place.getValue(), fields.link.getValue(), fields.agendaLines());
                Notifications.success(getTranslation("meeting.change.done"));
                dialog.close();
                refresh();
            } catch (DomainException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("meeting-change-save-" + id);
        dialog.add(new Div(fields.components()));
        dialog.getFooter().add(new Button(getTranslation("meeting.back"), e -> dialog.close()), save);
        dialog.open();
    }

    /** The chair cancels a meeting that has not started, with a reason everyone sees. */
    private void cancelDialog(long meetingId) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("meeting.cancel"));
        var reason = new TextArea(getTranslation("meeting.cancel.reason"));
        reason.setRequired(true);
        reason.setMinLength(AssemblyMeetings.MIN_CANCEL_REASON);
        reason.setMaxLength(AssemblyMeetings.MAX_CANCEL_REASON);
        reason.setWidthFull();
        reason.setId("meeting-cancel-reason-" + meetingId);
        var confirm = new Button(getTranslation("meeting.cancel.confirm"), e -> {
            try {
                meetings.cancel(meetingId, reason.getValue());
                Notifications.success(getTranslation("meeting.cancel.done"));
                dialog.close();
                refresh();
            } catch (DomainException ex) {
                reason.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                reason.setInvalid(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setId("meeting-cancel-confirm-" + meetingId);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("meeting.back"), e -> dialog.close()), confirm);
        dialog.open();
    }

    /** The chair appoints one of the serving members as the assembly's secretary. */
    private Div secretaryForm(List<AssemblyInfo> chaired) {
        var assembly = new ComboBox<AssemblyInfo>(getTranslation("meeting.secretary.assembly"));
        assembly.setItems(FoldedFilter.of(assembly), chaired);
        assembly.setItemLabelGenerator(AssemblyInfo::getName);
        assembly.setId("secretary-assembly");
        var member = new ComboBox<AssemblyMemberInfo>(getTranslation("meeting.secretary.member"));
        member.setId("secretary-member");
        var names = new java.util.HashMap<String, String>();
        member.setItemLabelGenerator(m -> names.getOrDefault(m.getUsername(), m.getUsername()));
        assembly.addValueChangeListener(e -> {
            var today = LocalDate.now(IzmirTime.ZONE);
            var candidates = e.getValue() == null ? List.<AssemblyMemberInfo>of() : memberships.membersOf(e.getValue().getId()).stream()
                    .filter(m -> m.servesOn(today) && m.getRole() != AssemblyMemberInfo.Role.CHAIR).toList();
            names.putAll(memberships.names(candidates.stream().map(AssemblyMemberInfo::getUsername).toList()));
            member.setItems(FoldedFilter.of(member), candidates);
        });
        assembly.setValue(chaired.get(0));
        var appoint = new Button(getTranslation("meeting.secretary.appoint"), e -> {
            if (member.getValue() == null) {
                member.setErrorMessage(getTranslation("meeting.secretary.choose"));
                member.setInvalid(true);
                return;
            }
            try {
                memberships.appointSecretary(assembly.getValue().getId(), member.getValue().getUsername());
                Notifications.success(getTranslation("meeting.secretary.done", names.get(member.getValue().getUsername())));
                member.clear();
                refresh();
            } catch (DomainException ex) {
                member.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                member.setInvalid(true);
            }
        });
        appoint.setId("secretary-appoint");
        var form = new Div(new H2(getTranslation("meeting.secretary.heading")), assembly, member, appoint);
        form.addClassName("card");
        return form;
    }
}
