package tr.bel.izmir.bizizmir.assembly.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import tr.bel.izmir.bizizmir.assembly.AssemblyReviews;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.ui.Notifications;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;

/**
 * An assembly member, usually on a phone: what awaits my vote, read it, recommend or not with a
 * comment. One card per proposal, full width, large controls.
 */
@Route("assembly/votes")
@RolesAllowed({AppRoles.ASSEMBLY_MEMBER, AppRoles.ASSEMBLY_CHAIR})
@Menu(title = "nav.assembly-votes", order = 102, icon = "vaadin:check-square-o")
class MyAssemblyVotesView extends TranslatedView {

    private final AssemblyReviews reviews;
    private final Div cards = new Div();

    MyAssemblyVotesView(AssemblyReviews reviews) {
        super("assembly-votes.title");
        this.reviews = reviews;
        cards.setId("awaiting-votes");
        cards.addClassName("vote-cards");
        add(new Paragraph(getTranslation("assembly-votes.intro")), cards);
        refresh();
    }

    private void refresh() {
        cards.removeAll();
        var awaiting = reviews.awaitingMyVote();
        if (awaiting.isEmpty()) {
            cards.add(new Paragraph(getTranslation("assembly-votes.none")));
        }
        awaiting.forEach(item -> cards.add(card(item)));
    }

    private Div card(AssemblyReviews.AwaitingVote item) {
        var card = new Div();
        card.addClassNames("card", "vote-card");
        card.add(new H2(item.title()), new Paragraph(item.description()),
                new Anchor("proposals/" + item.proposalId(), getTranslation("assembly-votes.read-more")),
                new Paragraph(getTranslation("assembly-votes.deadline", IzmirTime.formatDateTime(item.deadlineAt(), getLocale()))));
        var choice = new RadioButtonGroup<Boolean>(getTranslation("assembly-votes.choice"));
        choice.setItems(true, false);
        choice.setItemLabelGenerator(b -> getTranslation(b ? "assembly-votes.recommend" : "assembly-votes.not-recommend"));
        choice.setRequiredIndicatorVisible(true);
        choice.setId("vote-choice-" + item.proposalId());
        var comment = new TextArea(getTranslation("assembly-votes.comment"));
        comment.setWidthFull();
        comment.setMaxLength(AssemblyReviews.MAX_COMMENT);
        comment.setHelperText(getTranslation("assembly-votes.comment-help"));
        comment.setId("vote-comment-" + item.proposalId());
        var send = new Button(getTranslation("assembly-votes.send"));
        send.setId("vote-send-" + item.proposalId());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setWidthFull();
        send.addClickListener(e -> {
            if (choice.getValue() == null) {
                choice.setInvalid(true);
                choice.setErrorMessage(getTranslation("assembly-votes.choose"));
                return;
            }
            try {
                reviews.vote(item.proposalId(), choice.getValue(), comment.getValue());
                Notifications.success(getTranslation("assembly-votes.done"));
                refresh();
            } catch (DomainException ex) {
                // What was chosen and written stays; say what to fix.
                Notifications.error(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        card.add(choice, comment, send);
        return card;
    }
}
