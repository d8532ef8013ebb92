package tr.bel.izmir.bizizmir.assembly.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
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
import tr.bel.izmir.bizizmir.assembly.AdvisoryItem;
import tr.bel.izmir.bizizmir.assembly.AdvisoryItems;
import tr.bel.izmir.bizizmir.assembly.AdvisoryVote;
import tr.bel.izmir.bizizmir.assembly.Assembly;
import tr.bel.izmir.bizizmir.assembly.AssemblyDirectory;
import tr.bel.izmir.bizizmir.assembly.AssemblyMeetings;
import tr.bel.izmir.bizizmir.assembly.AssemblyMember;
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
    private final Map<Long, Assembly> assemblies;
    private final Div list = new Div();

    AssemblyMeetingsView(AssemblyMeetings meetings, AssemblyMemberships memberships, AdvisoryItems advisory,
                         AssemblyDirectory directory) {
        super("meeting.title");
        this.advisory = advisory;
        this.meetings = meetings;
        this.memberships = memberships;
        this.assemblies = directory.all().stream().collect(Collectors.toMap(Assembly::getId, Function.identity()));
        list.setId("meetings");
        list.addClassName("vote-cards");
        var today = LocalDate.now(IzmirTime.ZONE);
        var chaired = memberships.myMemberships().stream()
                .filter(m -> m.servesOn(today) && m.getRole() == AssemblyMember.Role.CHAIR)
                .map(m -> assemblies.get(m.getAssemblyId())).toList();
        if (!chaired.isEmpty()) {
            add(scheduleForm(chaired));
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
        var secretaryOf = memberships.myMemberships().stream()
                .filter(m -> m.servesOn(today) && m.getRole() == AssemblyMember.Role.SECRETARY)
                .map(AssemblyMember::getAssemblyId).collect(Collectors.toSet());
        var mine = meetings.ofMyAssemblies();
        if (mine.isEmpty()) {
            list.add(new Paragraph(getTranslation("meeting.none")));
        }
        mine.forEach(view -> list.add(card(view, secretaryOf.contains(view.meeting().getAssemblyId()))));
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

    private Div card(AssemblyMeetings.MeetingView view, boolean secretary) {
        var meeting = view.meeting();
        long id = meeting.getId();
        var card = new Div();
        card.addClassNames("card", "vote-card");
        card.setId("meeting-" + id);
        card.add(new H3(name(meeting.getAssemblyId()) + " — " + IzmirTime.formatDateTime(meeting.getStartsAt(), getLocale())),
                where(view, this::getTranslation), new Paragraph(getTranslation("meeting.agenda")), agenda(view));
        boolean upcoming = meeting.getStartsAt().isAfter(Instant.now());
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
        present.setItems(meetings.servingMembers(meetingId));
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
    private Div meetingVoteForm(long meetingId, List<AdvisoryItem> open) {
        var item = new ComboBox<AdvisoryItem>(getTranslation("meeting.vote.item"));
        item.setItems(FoldedFilter.of(item), open);
        item.setItemLabelGenerator(AdvisoryItem::getTitle);
        item.setWidthFull();
        item.setId("meeting-vote-item-" + meetingId);
        var member = new ComboBox<String>(getTranslation("membership.column.member"));
        member.setItems(FoldedFilter.of(member), meetings.servingMembers(meetingId));
        member.setId("meeting-vote-member-" + meetingId);
        var choice = new RadioButtonGroup<AdvisoryVote.Choice>(getTranslation("assembly-votes.choice"));
        choice.setItems(AdvisoryVote.Choice.values());
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

    private Div scheduleForm(List<Assembly> chaired) {
        var assembly = new ComboBox<Assembly>(getTranslation("meeting.form.assembly"));
        assembly.setItems(FoldedFilter.of(assembly), chaired);
        assembly.setItemLabelGenerator(Assembly::getName);
        assembly.setValue(chaired.get(0));
        assembly.setId("meeting-assembly");
        var when = new DateTimePicker(getTranslation("meeting.form.when"));
        when.setId("meeting-when");
        var place = new TextField(getTranslation("meeting.place"));
        place.setMaxLength(AssemblyMeetings.MAX_PLACE);
        place.setWidthFull();
        place.setId("meeting-place");
        var link = new TextField(getTranslation("meeting.form.link"));
        link.setMaxLength(AssemblyMeetings.MAX_LINK);
        link.setWidthFull();
        link.setPlaceholder("https://");
        link.setId("meeting-link");
        var agenda = new TextArea(getTranslation("meeting.agenda"));
        agenda.setHelperText(getTranslation("meeting.form.agenda-help"));
        agenda.setWidthFull();
        agenda.setId("meeting-agenda");
        var save = new Button(getTranslation("meeting.form.schedule"), e -> {
            if (assembly.getValue() == null) {
                assembly.setInvalid(true);
                return;
            }
            try {
                meetings.schedule(assembly.getValue().getId(), when.getValue(), place.getValue(), link.getValue(),
                        Arrays.asList(agenda.getValue().split("\\R")));
                Notifications.success(getTranslation("meeting.form.done"));
                agenda.clear();
                refresh();
            } catch (DomainException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("meeting-schedule");
        var form = new Div(new H2(getTranslation("meeting.form.heading")), assembly, when, place, link, agenda, save);
        form.addClassName("card");
        return form;
    }
}
