package tr.bel.izmir.bizizmir.voting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;
import tr.bel.izmir.bizizmir.voting.PublicVotes;
import tr.bel.izmir.bizizmir.voting.VoteStatus;

/**
 * My receipt: while the vote is open, the code and what I chose; after close, only that I took
 * part, because the ballot is no longer linked to me (DD010).
 */
@Route("votes/receipt")
@RolesAllowed({AppRoles.CITIZEN, AppRoles.RESIDENT})
class MyReceiptView extends TranslatedView implements HasUrlParameter<Long> {

    private final PublicVotes votes;
    private final Div content = new Div();

    MyReceiptView(PublicVotes votes) {
        super("vote.receipt.title");
        this.votes = votes;
        add(content);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long voteId) {
        if (voteId == null) {
            event.forwardTo(VotesView.class);
            return;
        }
        var vote = votes.require(voteId);
        content.removeAll();
        content.add(new H2(vote.getTitle()));
        var mine = votes.myBallot(voteId);
        if (mine.isEmpty()) {
            content.add(new Paragraph(getTranslation("vote.receipt.none")));
            if (vote.getStatus() == VoteStatus.OPEN) {
                var go = new RouterLink(getTranslation("vote.list.go-vote"), BallotView.class, voteId);
                go.setId("go-vote-" + voteId);
                content.add(go);
            }
            return;
        }
        content.add(new Paragraph(getTranslation("vote.receipt.voted-on", IzmirTime.formatDate(mine.get().votedOn(), getLocale()))));
        if (mine.get().receiptCode().isPresent()) {
            var code = new Span(mine.get().receiptCode().get());
            code.setId("receipt-code");
            code.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-xxl)");
            var labels = votes.optionsOf(vote).stream().filter(o -> mine.get().optionIds().contains(o.getId()))
                    .map(o -> o.label(getLocale())).toList();
            content.add(new Paragraph(new Span(getTranslation("vote.receipt.code") + " "), code),
                    new Paragraph(getTranslation("vote.receipt.chosen", String.join(", ", labels))),
                    new Paragraph(getTranslation("vote.receipt.keep")));
        } else {
            content.add(new Paragraph(getTranslation("vote.receipt.unlinked")));
        }
        content.add(new RouterLink(getTranslation("vote.list.results"), VoteResultsView.class, voteId));
    }
}
