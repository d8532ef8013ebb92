package tr.bel.izmir.bizizmir.voting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import tr.bel.izmir.bizizmir.neighbourhood.ResidentRegistry;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.shared.ui.Badge;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;
import tr.bel.izmir.bizizmir.voting.PublicVotes;
import tr.bel.izmir.bizizmir.voting.VoteInfo;
import tr.bel.izmir.bizizmir.voting.VoteControls;
import tr.bel.izmir.bizizmir.voting.VoteKind;
import tr.bel.izmir.bizizmir.voting.VoteStatus;

import java.util.Comparator;

/**
 * Every public vote: open ones to vote in first, then the ones to come, then closed ones with
 * results and receipts. A signed-in resident sees which votes are their neighbourhood's and
 * where they have voted already (with a link to their receipt).
 */
@Route("votes")
@AnonymousAllowed
@Menu(title = "nav.votes", order = 21, icon = "vaadin:check-square")
class VotesView extends TranslatedView {

    VotesView(PublicVotes votes, VoteControls controls, CurrentUser currentUser, ResidentRegistry residents) {
        super("vote.list.title");
        var user = currentUser.get();
        Long home = user.flatMap(u -> residents.residentOf(u.username())).map(r -> r.neighbourhoodId()).orElse(null);
        add(new Paragraph(getTranslation("vote.list.intro")));
        var cards = new Div();
        cards.setId("votes");
        cards.addClassName("vote-cards");
        // Open votes first, and among them the reader's own neighbourhood's.
        var all = votes.all().stream().filter(v -> v.getKind() == VoteKind.PB_CYCLE)
                .sorted(Comparator.comparing((VoteInfo v) -> !(v.getStatus() == VoteStatus.OPEN && v.getNeighbourhoodId().equals(home)))
                        .thenComparing(VoteUi.LIST_ORDER))
                .toList();
        if (all.isEmpty()) {
            cards.add(new Paragraph(getTranslation("vote.list.none")));
        }
        for (VoteInfo vote : all) {
            var card = new Div();
            card.addClassNames("card", "vote-card");
            card.setId("vote-card-" + vote.getId());
            var badges = new Div(VoteUi.status(this, vote));
            badges.addClassName("badges");
            if (vote.getNeighbourhoodId().equals(home)) {
                badges.add(new Badge(getTranslation("vote.list.your-neighbourhood"), Badge.Tone.INFO));
            }
            boolean voted = user.isPresent() && vote.getStatus() == VoteStatus.OPEN && votes.myBallot(vote.getId()).isPresent();
            if (voted) {
                badges.add(new Badge(getTranslation("vote.list.voted"), Badge.Tone.SUCCESS));
            }
            card.add(new H2(vote.getTitle()), badges,
                    new Paragraph(VoteUi.period(this, vote, getLocale())),
                    new Paragraph(VoteUi.participants(this, vote, votes.participants(vote.getId()))),
                    VoteUi.controlNotes(this, vote, controls.history(vote.getId()), getLocale()));
            if (vote.getStatus() == VoteStatus.OPEN) {
                var link = new RouterLink(getTranslation(voted && vote.isChangeable() ? "vote.list.change-vote"
                        : "vote.list.go-vote"), BallotView.class, vote.getId());
                link.setId("go-vote-" + vote.getId());
                var actions = new Div(link);
                if (voted) {
                    var receipt = new RouterLink(getTranslation("vote.receipt.title"), MyReceiptView.class, vote.getId());
                    receipt.setId("my-receipt-" + vote.getId());
                    actions.add(new Span(" · "), receipt);
                }
                card.add(actions);
            }
            if (vote.getStatus() == VoteStatus.CLOSED) {
                card.add(new Div(new RouterLink(getTranslation("vote.list.results"), VoteResultsView.class, vote.getId())));
            }
            cards.add(card);
        }
        add(cards);
    }
}
