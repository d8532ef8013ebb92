package tr.bel.izmir.bizizmir.voting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;
import tr.bel.izmir.bizizmir.voting.PublicVotes;
import tr.bel.izmir.bizizmir.voting.Vote;
import tr.bel.izmir.bizizmir.voting.VoteKind;
import tr.bel.izmir.bizizmir.voting.VoteStatus;

/** Every public vote: open ones to vote in, closed ones with results and receipts. */
@Route("votes")
@AnonymousAllowed
@Menu(title = "nav.votes", order = 21, icon = "vaadin:check-square")
class VotesView extends TranslatedView {

    VotesView(PublicVotes votes) {
        super("vote.list.title");
        add(new Paragraph(getTranslation("vote.list.intro")));
        var cards = new Div();
        cards.setId("votes");
        cards.addClassName("vote-cards");
        var all = votes.all().stream().filter(v -> v.getKind() == VoteKind.PB_CYCLE).toList();
        if (all.isEmpty()) {
            cards.add(new Paragraph(getTranslation("vote.list.none")));
        }
        for (Vote vote : all) {
            var card = new Div();
            card.addClassNames("card", "vote-card");
            card.add(new H2(vote.getTitle()), VoteUi.status(this, vote),
                    new Paragraph(VoteUi.period(this, vote, getLocale())),
                    new Paragraph(getTranslation("vote.participants", votes.participants(vote.getId()))));
            if (vote.getStatus() == VoteStatus.OPEN) {
                var link = new RouterLink(getTranslation("vote.list.go-vote"), BallotView.class, vote.getId());
                link.setId("go-vote-" + vote.getId());
                card.add(new Div(link));
            }
            if (vote.getStatus() == VoteStatus.CLOSED) {
                card.add(new Div(new RouterLink(getTranslation("vote.list.results"), VoteResultsView.class, vote.getId())));
            }
            cards.add(card);
        }
        add(cards);
    }
}
