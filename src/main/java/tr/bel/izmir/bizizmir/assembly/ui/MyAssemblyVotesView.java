package tr.bel.izmir.bizizmir.assembly.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import tr.bel.izmir.bizizmir.shared.ui.FoldedFilter;
import tr.bel.izmir.bizizmir.assembly.AdvisoryItems;
import tr.bel.izmir.bizizmir.assembly.AdvisoryVoteInfo;
import tr.bel.izmir.bizizmir.assembly.AssemblyReviews;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.ui.Notifications;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;

/**
 * An assembly member, usually on a phone: what awaits my vote (proposals under assembly review
 * and advisory items on the municipality's projects), read it, vote with a comment, and see what
 * became of the items I voted on. One card per item, full width, large controls. The serving
 * chair of an assembly also sees the proposals under review and may merge a duplicate into
 * another proposal of the same cycle and neighbourhood, with a public reason.
 */
@Route("assembly/votes")
@RolesAllowed({AppRoles.ASSEMBLY_MEMBER, AppRoles.ASSEMBLY_CHAIR})
@Menu(title = "nav.assembly-votes", order = 102, icon = "vaadin:check-square-o")
class MyAssemblyVotesView extends TranslatedView {

    private final AssemblyReviews reviews;
    private final AdvisoryItems advisory;
    private final Div cards = new Div();
    private final Div chairCards = new Div();
    private final boolean chair;
    private final Div advisoryCards = new Div();
    private final UnorderedList myAdvisoryVotes = new UnorderedList();

    MyAssemblyVotesView(AssemblyReviews reviews, AdvisoryItems advisory, CurrentUser currentUser) {
        super("assembly-votes.title");
        this.reviews = reviews;
        this.advisory = advisory;
        this.chair = currentUser.get().map(u -> u.hasRole(AppRoles.ASSEMBLY_CHAIR)).orElse(false);
        cards.setId("awaiting-votes");
        cards.addClassName("vote-cards");
        chairCards.setId("chair-merge");
        chairCards.addClassName("vote-cards");
        advisoryCards.setId("advisory-awaiting");
        advisoryCards.addClassName("vote-cards");
        myAdvisoryVotes.setId("advisory-my-votes");
        add(new Paragraph(getTranslation("assembly-votes.intro")), cards);
        if (chair) {
            add(new H2(getTranslation("assembly-merge.title")), new Paragraph(getTranslation("assembly-merge.intro")), chairCards);
        }
        add(new H2(getTranslation("advisory-votes.title")), new Paragraph(getTranslation("advisory-votes.intro")),
                advisoryCards, new H2(getTranslation("advisory-votes.mine")), myAdvisoryVotes);
        refresh();
    }

    private void refresh() {
        cards.removeAll();
        var awaiting = reviews.awaitingMyVote();
        if (awaiting.isEmpty()) {
            cards.add(new Paragraph(getTranslation("assembly-votes.none")));
        }
        awaiting.forEach(item -> cards.add(card(item)));
        refreshChair();
        refreshAdvisory();
    }

    private void refreshChair() {
        if (!chair) {
            return;
        }
        chairCards.removeAll();
        var chaired = reviews.openReviewsIChair();
        if (chaired.isEmpty()) {
            chairCards.add(new Paragraph(getTranslation("assembly-merge.none")));
        }
        chaired.forEach(review -> chairCards.add(mergeCard(review)));
    }

    /** The chair merges a duplicate under review into another proposal, with a public reason. */
    private Div mergeCard(AssemblyReviews.ChairedReview review) {
        var card = new Div();
        card.addClassNames("card", "vote-card");
        card.setId("merge-card-" + review.proposalId());
        card.add(new H3(review.title()),
                new Anchor("proposals/" + review.proposalId(), getTranslation("assembly-votes.read-more")),
                new Paragraph(getTranslation("assembly-votes.deadline", IzmirTime.formatDateTime(review.deadlineAt(), getLocale()))));
        if (review.mergeTargets().isEmpty()) {
            card.add(new Paragraph(getTranslation("assembly-merge.no-targets")));
            return card;
        }
        var target = new ComboBox<AssemblyReviews.MergeTarget>(getTranslation("assembly-merge.target"));
        target.setItems(FoldedFilter.of(target), review.mergeTargets());
        target.setItemLabelGenerator(t -> "#" + t.proposalId() + " · " + t.title());
        target.setRequiredIndicatorVisible(true);
        target.setWidthFull();
        target.setId("merge-target-" + review.proposalId());
        var reason = new TextArea(getTranslation("assembly-merge.reason"));
        reason.setWidthFull();
        reason.setMaxLength(AssemblyReviews.MAX_COMMENT);
        reason.setRequiredIndicatorVisible(true);
        reason.setId("merge-reason-" + review.proposalId());
        var merge = new Button(getTranslation("assembly-merge.submit"));
        merge.setId("merge-send-" + review.proposalId());
        merge.addThemeVariants(ButtonVariant.LUMO_ERROR);
        merge.setWidthFull();
        merge.addClickListener(e -> {
            if (target.getValue() == null) {
                target.setInvalid(true);
                target.setErrorMessage(getTranslation("assembly-merge.choose"));
                return;
            }
            try {
                reviews.mergeDuplicate(review.proposalId(), target.getValue().proposalId(), reason.getValue());
                Notifications.success(getTranslation("assembly-merge.done"));
                refresh();
            } catch (DomainException ex) {
                // What was chosen and written stays; say what to fix.
                Notifications.error(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        card.add(target, reason, merge);
        return card;
    }

    private void refreshAdvisory() {
        advisoryCards.removeAll();
        var awaiting = advisory.awaitingMyVote();
        if (awaiting.isEmpty()) {
            advisoryCards.add(new Paragraph(getTranslation("advisory-votes.none")));
        }
        awaiting.forEach(item -> advisoryCards.add(advisoryCard(item)));
        myAdvisoryVotes.removeAll();
        advisory.myVotes().forEach(v -> {
            String outcome = v.advice().map(a -> getTranslation("advisory.advice." + a.name()))
                    .orElseGet(() -> getTranslation("advisory.stage." + v.stage().name()));
            String answer = v.answer().map(a -> " · " + getTranslation("advisory.answer." + a.name())).orElse("");
            var line = new ListItem(new Anchor("assembly/advisory/" + v.itemId(), v.title()));
            line.add(" — " + getTranslation("advisory-votes.my-choice", getTranslation("advisory.choice." + v.choice().name()))
                    + " · " + outcome + answer);
            line.setId("advisory-my-vote-" + v.itemId());
            myAdvisoryVotes.add(line);
        });
    }

    private Div advisoryCard(AdvisoryItems.AwaitingVote item) {
        var card = new Div();
        card.addClassNames("card", "vote-card");
        card.add(new H3(item.title()), new Paragraph(item.assemblyName()), new Paragraph(item.description()),
                new Anchor("assembly/advisory/" + item.itemId(), getTranslation("advisory-votes.read-more")),
                new Paragraph(getTranslation("assembly-votes.deadline", IzmirTime.formatDateTime(item.deadlineAt(), getLocale()))));
        var choice = new RadioButtonGroup<AdvisoryVoteInfo.Choice>(getTranslation("assembly-votes.choice"));
        choice.setItems(AdvisoryVoteInfo.Choice.values());
        choice.setItemLabelGenerator(c -> getTranslation("advisory.choice." + c.name()));
        choice.setRequiredIndicatorVisible(true);
        choice.setId("advisory-choice-" + item.itemId());
        card.add(choice);
        addCommentAndSend(card, choice, "advisory", item.itemId(), AdvisoryItems.MAX_COMMENT, comment -> {
            advisory.vote(item.itemId(), choice.getValue(), comment);
            refreshAdvisory();
        });
        return card;
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
        card.add(choice);
        addCommentAndSend(card, choice, "vote", item.proposalId(), AssemblyReviews.MAX_COMMENT, comment -> {
            reviews.vote(item.proposalId(), choice.getValue(), comment);
            refresh();
        });
        return card;
    }

    /**
     * The comment and the send button under a vote's choice (ids {@code <prefix>-comment-<id>},
     * {@code <prefix>-send-<id>}): without a choice nothing is sent; a refused vote keeps what
     * was chosen and written and says what to fix.
     */
    private void addCommentAndSend(Div card, RadioButtonGroup<?> choice, String idPrefix, long id, int maxComment,
                                   java.util.function.Consumer<String> cast) {
        var comment = new TextArea(getTranslation("assembly-votes.comment"));
        comment.setWidthFull();
        comment.setMaxLength(maxComment);
        comment.setHelperText(getTranslation("assembly-votes.comment-help"));
        comment.setId(idPrefix + "-comment-" + id);
        var send = new Button(getTranslation("assembly-votes.send"));
        send.setId(idPrefix + "-send-" + id);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setWidthFull();
        send.addClickListener(e -> {
            if (choice.getValue() == null) {
                choice.setInvalid(true);
                choice.setErrorMessage(getTranslation("assembly-votes.choose"));
                return;
            }
            try {
                cast.accept(comment.getValue());
                Notifications.success(getTranslation("assembly-votes.done"));
            } catch (DomainException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        card.add(comment, send);
    }
}
