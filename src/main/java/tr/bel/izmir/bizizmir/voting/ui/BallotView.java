package tr.bel.izmir.bizizmir.voting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.Money;
import tr.bel.izmir.bizizmir.shared.ui.Notifications;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;
import tr.bel.izmir.bizizmir.voting.PublicVotes;
import tr.bel.izmir.bizizmir.voting.VoteControls;
import tr.bel.izmir.bizizmir.voting.Receipt;
import tr.bel.izmir.bizizmir.voting.VoteInfo;
import tr.bel.izmir.bizizmir.voting.VoteOptionInfo;
import tr.bel.izmir.bizizmir.voting.VoteRule;
import tr.bel.izmir.bizizmir.voting.VoteStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The ballot, built for a phone: one full-width card per project with its cost, the budget
 * left (knapsack) or choices left (k-approval) updated as boxes are ticked, one big button.
 * The submission key is made when the page opens, so a double tap or a retry is one ballot.
 */
@Route("votes/ballot")
@RolesAllowed({AppRoles.CITIZEN, AppRoles.RESIDENT})
class BallotView extends TranslatedView implements HasUrlParameter<Long> {

    private final PublicVotes votes;
    private final VoteControls controls;
    private final Div content = new Div();
    private final Map<Long, Checkbox> boxes = new LinkedHashMap<>();
    private RadioButtonGroup<VoteOptionInfo> single;
    private final Span remaining = new Span();
    private final Button send = new Button();
    private VoteInfo vote;
    private String submissionKey = UUID.randomUUID().toString();

    BallotView(PublicVotes votes, VoteControls controls) {
        super("vote.ballot.title");
        this.votes = votes;
        this.controls = controls;
        content.addClassName("ballot");
        add(content);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long voteId) {
        if (voteId == null) {
            event.forwardTo(VotesView.class);
            return;
        }
        vote = votes.require(voteId);
        render();
    }

    private void render() {
        content.removeAll();
        boxes.clear();
        content.add(new H2(vote.getTitle()), VoteUi.status(this, vote), new Paragraph(VoteUi.period(this, vote, getLocale())),
                VoteUi.controlNotes(this, vote, controls.history(vote.getId()), getLocale()));
        if (vote.getStatus() != VoteStatus.OPEN) {
            content.add(new Paragraph(getTranslation(vote.getStatus() == VoteStatus.CLOSED ? "vote.error.closed" : "vote.error.not-open")));
            if (VoteUi.closed(vote)) {
                content.add(new RouterLink(getTranslation("vote.list.results"), VoteResultsView.class, vote.getId()));
            }
            return;
        }
        content.add(new Paragraph(getTranslation("vote.ballot.rule." + vote.getRule().name(),
                vote.getBudget().map(m -> m.format(getLocale())).orElse(""),
                vote.getMaxChoices() == null ? 1 : vote.getMaxChoices())));
        // Who may not take part is told so before filling in a ballot, with the reason (issue 13).
        var refused = votes.whyCannotVote(vote.getId());
        if (refused.isPresent()) {
            var why = new Paragraph(getTranslation(refused.get().messageKey(), refused.get().args()));
            why.setId("ballot-ineligible");
            var note = new Div(new Paragraph(getTranslation("vote.ballot.cannot-take-part")), why);
            note.addClassNames("card", "ballot-ineligible");
            if ("vote.error.not-resident".equals(refused.get().messageKey())) {
                note.add(new com.vaadin.flow.component.html.Anchor("my/residency", getTranslation("vote.ballot.verify-residency")));
            }
            content.add(note);
            var lines = new com.vaadin.flow.component.html.UnorderedList();
            lines.setId("ballot-options");
            votes.optionsOf(vote).forEach(o -> lines.add(new com.vaadin.flow.component.html.ListItem(o.label(getLocale())
                    + o.getCost().map(c -> " · " + c.format(getLocale())).orElse(""))));
            content.add(lines);
            return;
        }
        var mine = votes.myBallot(vote.getId());
        mine.flatMap(m -> m.receiptCode()).ifPresent(code -> content.add(receiptNote(code)));
        List<Long> chosen = mine.map(m -> m.optionIds()).orElse(List.of());
        var options = votes.optionsOf(vote);
        var list = new Div();
        list.setId("ballot-options");
        list.addClassName("vote-cards");
        if (vote.getRule() == VoteRule.SINGLE_CHOICE) {
            single = new RadioButtonGroup<>(getTranslation("vote.ballot.answer"));
            single.setItems(options);
            single.setItemLabelGenerator(o -> o.label(getLocale()));
            options.stream().filter(o -> chosen.contains(o.getId())).findFirst().ifPresent(single::setValue);
            single.setId("ballot-single");
            // The send button waits for an answer, like the checkboxes of the other rules.
            single.addValueChangeListener(e -> updateRemaining());
            list.add(single);
        } else {
            for (VoteOptionInfo option : options) {
                var box = new Checkbox(option.label(getLocale()) + option.getCost()
                        .map(c -> " · " + c.format(getLocale())).orElse(""));
                box.setId("option-" + option.getId());
                box.setValue(chosen.contains(option.getId()));
                box.addValueChangeListener(e -> updateRemaining());
                boxes.put(option.getId(), box);
                var card = new Div(box);
                card.addClassNames("card", "ballot-option");
                list.add(card);
            }
        }
        remaining.setId("remaining");
        remaining.getElement().setAttribute("aria-live", "polite");
        send.setText(getTranslation(mine.isPresent() ? "vote.ballot.change" : "vote.ballot.send"));
        send.setId("send-ballot");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        send.setWidthFull();
        send.setDisableOnClick(true);
        send.setEnabled(mine.isEmpty() || vote.isChangeable());
        send.addClickListener(e -> cast());
        content.add(list, new Paragraph(remaining), send);
        updateRemaining();
    }

    private Div receiptNote(String code) {
        var note = new Div();
        note.addClassName("card");
        var codeSpan = new Span(code);
        codeSpan.setId("receipt-code");
        codeSpan.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-xl)");
        note.add(new Paragraph(getTranslation(vote.isChangeable() ? "vote.ballot.voted-changeable" : "vote.ballot.voted")),
                new Paragraph(new Span(getTranslation("vote.receipt.code") + " "), codeSpan),
                new Paragraph(getTranslation("vote.receipt.keep")),
                new RouterLink(getTranslation("vote.receipt.title"), MyReceiptView.class, vote.getId()));
        return note;
    }

    private List<Long> selected() {
        if (single != null && vote.getRule() == VoteRule.SINGLE_CHOICE) {
            return single.getValue() == null ? List.of() : List.of(single.getValue().getId());
        }
        List<Long> ids = new ArrayList<>();
        boxes.forEach((id, box) -> {
            if (box.getValue()) {
                ids.add(id);
            }
        });
        return ids;
    }

    /** The live counter: budget left for knapsack ballots, choices left for k-approval. */
    private void updateRemaining() {
        var ids = selected();
        boolean over = false;
        if (vote.getRule() == VoteRule.KNAPSACK) {
            Money budget = vote.getBudget().orElse(Money.ZERO);
            Money spent = votes.optionsOf(vote).stream().filter(o -> ids.contains(o.getId()))
                    .map(o -> o.getCost().orElse(Money.ZERO)).reduce(Money.ZERO, Money::plus);
            Money left = budget.minus(spent);
            over = left.isNegative();
            remaining.setText(getTranslation(over ? "vote.ballot.over-budget" : "vote.ballot.remaining",
                    (over ? spent.minus(budget) : left).format(getLocale()), budget.format(getLocale())));
        } else if (vote.getRule() == VoteRule.K_APPROVAL) {
            int k = vote.getMaxChoices();
            over = ids.size() > k;
            remaining.setText(getTranslation("vote.ballot.chosen", ids.size(), k));
        } else {
            remaining.setText("");
        }
        remaining.getElement().getClassList().set("over-budget", over);
        remaining.getStyle().set("color", over ? "var(--lumo-error-text-color)" : "inherit").set("font-weight", "600");
        send.setEnabled(!over && !ids.isEmpty() && (votes.myBallot(vote.getId()).isEmpty() || vote.isChangeable()));
    }

    private void cast() {
        try {
            Receipt receipt = votes.cast(vote.getId(), selected(), submissionKey);
            submissionKey = UUID.randomUUID().toString(); // a later change is a new submission
            Notifications.success(getTranslation("vote.ballot.done", receipt.receiptCode()));
            vote = votes.require(vote.getId());
            render();
        } catch (DomainException ex) {
            // The choices stay as they are; say what to fix.
            Notifications.error(getTranslation(ex.messageKey(), ex.args()));
            send.setEnabled(true);
        }
    }
}
