package tr.bel.izmir.bizizmir.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.ProcessControlRecord;

import java.util.function.Consumer;

/**
 * The confirmation of a staff action on a running process (DD018, DD020): a title, an optional
 * hint and fields of the action's own, a required reason, "back" and "confirm". The service
 * checks everything; a refusal keeps the dialog and what was typed, marks the reason field when
 * the refusal is about the reason, and says what is wrong.
 */
public final class ReasonDialog extends Dialog {

    private final TextArea reason;
    private final Button confirm;

    /**
     * @param owner      the view, for translations
     * @param reasonKey  the label of the reason field (it should say who sees the reason)
     * @param confirmKey the confirm button's label
     * @param backKey    the back button's label
     * @param action     runs the action with the reason typed; throws {@link DomainException} to refuse
     * @param done       after the action succeeded and the dialog closed (a notice, a refresh)
     */
    public ReasonDialog(Component owner, String title, String hint, String reasonKey, String confirmKey, String backKey,
                        Consumer<String> action, Runnable done, Component... fields) {
        setHeaderTitle(title);
        setWidth("min(36rem, 95vw)");
        if (hint != null) {
            add(new Paragraph(hint));
        }
        add(fields);
        reason = new TextArea(owner.getTranslation(reasonKey));
        reason.setId("control-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(ProcessControlRecord.MAX_REASON);
        reason.setWidthFull();
        add(reason);
        confirm = new Button(owner.getTranslation(confirmKey), e -> {
            try {
                action.accept(reason.getValue());
                close();
                done.run();
            } catch (DomainException ex) {
                String message = owner.getTranslation(ex.messageKey(), ex.args());
                if (ex.messageKey().contains("reason")) {
                    reason.setErrorMessage(message);
                    reason.setInvalid(true);
                }
                Notifications.error(message);
            }
        });
        confirm.setId("control-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(owner.getTranslation(backKey), e -> close()), confirm);
    }

    /** Makes the confirm button red: the action cannot be undone. */
    public ReasonDialog destructive() {
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return this;
    }
}
