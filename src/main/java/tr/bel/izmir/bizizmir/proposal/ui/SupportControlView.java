package tr.bel.izmir.bizizmir.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
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
import tr.bel.izmir.bizizmir.proposal.ProposalInfo;
import tr.bel.izmir.bizizmir.proposal.SupportControlInfo;
import tr.bel.izmir.bizizmir.proposal.SupportControlInfo.Action;
import tr.bel.izmir.bizizmir.proposal.SupportPeriodControls;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.ui.Notifications;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * Staff control of support periods (issue 13, DD018): every proposal collecting support with
 * its deadline, and buttons to close the period early or extend it. Each opens a dialog that
 * asks for the public reason (and the new deadline); the service checks everything again and
 * the proposal's process makes the change.
 */
@Route("proposals/support-periods")
@RolesAllowed({AppRoles.OFFICER, AppRoles.ADMIN})
@Menu(title = "nav.support-control", order = 109, icon = "vaadin:hourglass")
class SupportControlView extends TranslatedView {

    private static final Set<String> DATE_ERRORS = Set.of("proposal.support-control.error.date-required",
            "proposal.support-control.error.date-in-past", "proposal.support-control.error.not-later",
            "proposal.support-control.error.too-far");
    private static final Set<String> REASON_ERRORS = Set.of("proposal.support-control.error.reason-required",
            "proposal.support-control.error.reason-too-long");

    private final SupportPeriodControls controls;
    private final Div list = new Div();

    SupportControlView(SupportPeriodControls controls) {
        super("proposal.support-control.title");
        this.controls = controls;
        list.setId("support-periods");
        add(new Paragraph(getTranslation("proposal.support-control.intro")), list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var collecting = controls.collectingSupport();
        if (collecting.isEmpty()) {
            list.add(new Paragraph(getTranslation("proposal.support-control.none")));
        }
        collecting.forEach(p -> list.add(card(p)));
    }

    private String at(Instant instant) {
        return IzmirTime.formatDateTime(instant.atZone(IzmirTime.ZONE), getLocale());
    }

    private Div card(ProposalInfo proposal) {
        var card = new Div();
        card.addClassName("card");
        card.setId("support-period-" + proposal.getId());
        var deadline = controls.deadline(proposal.getId());
        card.add(new H3(new Anchor("proposals/" + proposal.getId(), proposal.getTitle())),
                new Paragraph(getTranslation("proposal.supports", proposal.getSupportCount())));
        deadline.ifPresent(d -> card.add(new Paragraph(getTranslation("proposal.support-control.deadline", at(d)))));
        var history = controls.history(proposal.getId());
        if (!history.isEmpty()) {
            var items = new UnorderedList();
            for (SupportControlInfo control : history) {
                items.add(new ListItem(getTranslation("proposal.support-control.note." + control.getAction().name(),
                        at(control.getAction() == Action.EXTEND ? control.getNewAt() : control.getActedAt()),
                        control.getReason()) + " — " + getTranslation("vote.control.by", control.getActedBy(),
                        at(control.getActedAt()))));
            }
            card.add(items);
        }
        var close = new Button(getTranslation("proposal.support-control.close-now"),
                e -> dialog(proposal, Action.CLOSE_NOW, deadline.orElse(null)).open());
        close.setId("support-close-now-" + proposal.getId());
        var extend = new Button(getTranslation("proposal.support-control.extend"),
                e -> dialog(proposal, Action.EXTEND, deadline.orElse(null)).open());
        extend.setId("support-extend-" + proposal.getId());
        var actions = new HorizontalLayout(close, extend);
        actions.setWrap(true);
        card.add(actions);
        return card;
    }

    private Dialog dialog(ProposalInfo proposal, Action action, Instant deadline) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("proposal.support-control.dialog." + action.name(), proposal.getTitle()));
        dialog.setWidth("min(36rem, 95vw)");
        var content = new Div(new Paragraph(getTranslation("proposal.support-control.dialog." + action.name() + ".hint")));
        DateTimePicker until = null;
        if (action == Action.EXTEND) {
            until = new DateTimePicker(getTranslation("proposal.support-control.new-deadline"));
            until.setId("support-until");
            until.setLocale(getLocale());
            until.setRequiredIndicatorVisible(true);
            until.setMin(LocalDateTime.now(IzmirTime.ZONE));
            if (deadline != null) {
                until.setValue(LocalDateTime.ofInstant(deadline.plus(7, ChronoUnit.DAYS), IzmirTime.ZONE));
            }
            content.add(until);
        }
        var reason = new TextArea(getTranslation("vote.control.reason"));
        reason.setId("support-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(tr.bel.izmir.bizizmir.shared.ProcessControlRecord.MAX_REASON);
        reason.setWidthFull();
        content.add(reason);
        dialog.add(content);
        final DateTimePicker newDeadline = until;
        var confirm = new Button(getTranslation("vote.control.confirm"), e -> {
            try {
                if (action == Action.CLOSE_NOW) {
                    controls.closeNow(proposal.getId(), reason.getValue());
                } else {
                    controls.extend(proposal.getId(), newDeadline.getValue() == null ? null
                            : newDeadline.getValue().atZone(IzmirTime.ZONE).toInstant(), reason.getValue());
                }
                dialog.close();
                Notifications.success(getTranslation("proposal.support-control.done." + action.name()));
                refresh();
            } catch (DomainException ex) {
                String message = getTranslation(ex.messageKey(), ex.args());
                String key = ex.messageKey();
                boolean aboutReason = REASON_ERRORS.contains(key);
                boolean aboutDate = DATE_ERRORS.contains(key);
                if (aboutReason) {
                    reason.setErrorMessage(message);
                    reason.setInvalid(true);
                } else if (aboutDate && newDeadline != null) {
                    newDeadline.setErrorMessage(message);
                    newDeadline.setInvalid(true);
                }
                Notifications.error(message);
                if (!aboutReason && !aboutDate) {
                    // The proposal changed meanwhile (qualified, withdrawn, closed): show it as it is.
                    dialog.close();
                    refresh();
                }
            }
        });
        confirm.setId("support-confirm");
        confirm.addThemeVariants(action == Action.CLOSE_NOW ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY,
                ButtonVariant.LUMO_PRIMARY);
        confirm.setDisableOnClick(true);
        confirm.addClickListener(e -> confirm.setEnabled(true));
        var back = new Button(getTranslation("vote.control.back"), e -> dialog.close());
        dialog.getFooter().add(back, confirm);
        return dialog;
    }
}
