package tr.bel.izmir.bizizmir.voting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.ui.Notifications;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;
import tr.bel.izmir.bizizmir.voting.PublicVotes;
import tr.bel.izmir.bizizmir.voting.VoteInfo;
import tr.bel.izmir.bizizmir.voting.VoteControlInfo;
import tr.bel.izmir.bizizmir.voting.VoteControlInfo.Action;
import tr.bel.izmir.bizizmir.voting.VoteControls;
import tr.bel.izmir.bizizmir.voting.VoteStatus;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * Staff control of running votes (issue 13, DD018): open a scheduled vote now, close an open
 * one early, extend or cancel it. Each button opens a dialog that asks for the public reason
 * (and the new closing time for an extension); the service checks everything again and the
 * vote's process makes the change. The staff see who did what; citizens see reasons and dates.
 */
@Route("votes/control")
@RolesAllowed({AppRoles.OFFICER, AppRoles.ADMIN})
@Menu(title = "nav.vote-control", order = 108, icon = "vaadin:stopwatch")
class VoteControlView extends TranslatedView {

    private static final Set<String> DATE_ERRORS = Set.of("vote.control.error.date-required",
            "vote.control.error.date-in-past", "vote.control.error.not-later", "vote.control.error.too-far");
    private static final Set<String> REASON_ERRORS = Set.of("vote.control.error.reason-required",
            "vote.control.error.reason-too-long");

    private final PublicVotes votes;
    private final VoteControls controls;
    private final Div list = new Div();

    VoteControlView(PublicVotes votes, VoteControls controls) {
        super("vote.control.title");
        this.votes = votes;
        this.controls = controls;
        list.setId("controlled-votes");
        list.addClassName("vote-cards");
        add(new Paragraph(getTranslation("vote.control.intro")), list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var all = votes.all().stream().sorted(VoteUi.LIST_ORDER).toList();
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("vote.control.none")));
        }
        all.forEach(vote -> list.add(card(vote)));
    }

    private Div card(VoteInfo vote) {
        var card = new Div();
        card.addClassNames("card", "vote-card");
        card.setId("control-vote-" + vote.getId());
        card.add(new H3(vote.getTitle()), VoteUi.status(this, vote), new Paragraph(VoteUi.period(this, vote, getLocale())),
                new Paragraph(getTranslation("vote.participants", votes.participants(vote.getId()))));
        var history = controls.history(vote.getId());
        if (!history.isEmpty()) {
            var items = new UnorderedList();
            for (VoteControlInfo control : history) {
                var when = (control.getAction() == Action.EXTEND ? control.getNewAt() : control.getActedAt())
                        .atZone(IzmirTime.ZONE);
                items.add(new ListItem(getTranslation("vote.control.note." + control.getAction().name(),
                        IzmirTime.formatDateTime(when, getLocale()), control.getReason()) + " — "
                        + getTranslation("vote.control.by", control.getActedBy(),
                        IzmirTime.formatDateTime(control.getActedAt().atZone(IzmirTime.ZONE), getLocale()))));
            }
            card.add(new Paragraph(getTranslation("vote.control.history")), items);
        }
        var actions = new HorizontalLayout();
        actions.setWrap(true);
        if (vote.getStatus() == VoteStatus.SCHEDULED) {
            actions.add(button(vote, Action.OPEN_NOW, "vote.control.open-now", "open-now-"));
        }
        if (vote.getStatus() == VoteStatus.OPEN) {
            actions.add(button(vote, Action.CLOSE_NOW, "vote.control.close-now", "close-now-"),
                    button(vote, Action.EXTEND, "vote.control.extend", "extend-"));
        }
        if (vote.getStatus() == VoteStatus.SCHEDULED || vote.getStatus() == VoteStatus.OPEN) {
            var cancel = button(vote, Action.CANCEL, "vote.control.cancel", "cancel-");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(cancel);
        }
        card.add(actions);
        return card;
    }

    private Button button(VoteInfo vote, Action action, String labelKey, String idPrefix) {
        var button = new Button(getTranslation(labelKey), e -> dialog(vote, action).open());
        button.setId(idPrefix + vote.getId());
        return button;
    }

    private Dialog dialog(VoteInfo vote, Action action) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("vote.control.dialog." + action.name(), vote.getTitle()));
        dialog.setWidth("min(36rem, 95vw)");
        var reason = new TextArea(getTranslation("vote.control.reason"));
        reason.setId("control-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(tr.bel.izmir.bizizmir.shared.ProcessControlRecord.MAX_REASON);
        reason.setWidthFull();
        var content = new Div(new Paragraph(getTranslation("vote.control.dialog." + action.name() + ".hint")));
        DateTimePicker until = null;
        if (action == Action.EXTEND) {
            until = new DateTimePicker(getTranslation("vote.control.new-closes-at"));
            until.setId("control-until");
            until.setLocale(getLocale());
            until.setRequiredIndicatorVisible(true);
            until.setMin(LocalDateTime.now(IzmirTime.ZONE));
            until.setValue(LocalDateTime.ofInstant(vote.getClosesAt().plus(1, ChronoUnit.DAYS), IzmirTime.ZONE));
            content.add(until);
        }
        content.add(reason);
        dialog.add(content);
        final DateTimePicker newClose = until;
        var confirm = new Button(getTranslation("vote.control.confirm"), e -> {
            try {
                switch (action) {
                    case OPEN_NOW -> controls.openNow(vote.getId(), reason.getValue());
                    case CLOSE_NOW -> controls.closeNow(vote.getId(), reason.getValue());
                    case EXTEND -> controls.extend(vote.getId(), newClose.getValue() == null ? null
                            : newClose.getValue().atZone(IzmirTime.ZONE).toInstant(), reason.getValue());
                    case CANCEL -> controls.cancel(vote.getId(), reason.getValue());
                }
                dialog.close();
                Notifications.success(getTranslation("vote.control.done." + action.name()));
                refresh();
            } catch (DomainException ex) {
                // The dialog stays open with what was typed; say what to fix, next to the field.
                String message = getTranslation(ex.messageKey(), ex.args());
                boolean aboutDate = DATE_ERRORS.contains(ex.messageKey());
                boolean aboutReason = REASON_ERRORS.contains(ex.messageKey());
                if (aboutDate && newClose != null) {
                    newClose.setErrorMessage(message);
                    newClose.setInvalid(true);
                } else if (aboutReason) {
                    reason.setErrorMessage(message);
                    reason.setInvalid(true);
                }
                Notifications.error(message);
                if (!aboutDate && !aboutReason) {
                    // The vote changed meanwhile (closed by its timer, or by a colleague): show it as it is.
                    dialog.close();
                    refresh();
                }
            }
        });
        confirm.setId("control-confirm");
        confirm.addThemeVariants(action == Action.CANCEL || action == Action.CLOSE_NOW
                ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_PRIMARY);
        confirm.setDisableOnClick(true);
        confirm.addClickListener(e -> confirm.setEnabled(true));
        var back = new Button(getTranslation("vote.control.back"), e -> dialog.close());
        back.setId("control-back");
        dialog.getFooter().add(back, confirm);
        return dialog;
    }
}
