package tr.bel.izmir.bizizmir.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;

/**
 * A page behind a link from a mail that works without a login. It acts only when the person
 * presses its button, never on opening: mail scanners open links too.
 */
abstract class TokenLinkView extends TranslatedView implements BeforeEnterObserver {

    private final Paragraph result = new Paragraph();
    private final Button act;
    private String token = "";

    TokenLinkView(String titleKey, String introKey, String buttonKey) {
        super(titleKey);
        add(new Paragraph(getTranslation(introKey)));
        act = new Button(getTranslation(buttonKey), e -> {
            try {
                result.setText(act(token));
                result.removeClassName("error");
                e.getSource().setEnabled(false);
            } catch (DomainException ex) {
                result.setText(getTranslation(ex.messageKey(), ex.args()));
                result.addClassName("error");
            }
        });
        act.setId("token-action");
        act.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        result.setId("token-result");
        add(act, result);
    }

    /** Acts on the token; answers the text to show. */
    abstract String act(String token);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        if (token.isBlank()) {
            result.setText(getTranslation("notification.token.invalid"));
            act.setEnabled(false);
        }
    }
}
