package tr.bel.izmir.bizizmir.cases.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import tr.bel.izmir.bizizmir.cases.VoteCases;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.voting.VoteOptionInfo;

import java.util.Locale;

/**
 * The content of a vote case: its rule and dates, the turnout so far (never what anyone chose),
 * the options, and what staff did to it and why. The same block heads the task dialog (the
 * consultation's response) and the case page.
 */
class VoteCasePanel extends Div {

    /** @param headingId the id of the case's heading, or null where the page's own heading names the case */
    VoteCasePanel(VoteCases.Content c, String headingId) {
        addClassName("case-content");
        Locale locale = getLocale();
        var vote = c.vote();
        if (headingId != null) {
            var heading = new H2(getTranslation("case.vote.heading", vote.getId(), vote.getTitle()));
            heading.setId(headingId);
            add(heading);
        }
        var status = new Span(getTranslation("vote.status." + vote.getStatus().name()));
        status.addClassName("case-status");
        var meta = new Div(status, new Span(getTranslation("case.vote.kind." + vote.getKind().name())),
                new Span(getTranslation("vote.rule." + vote.getRule().name())));
        meta.addClassName("proposal-meta");
        add(meta);
        var facts = new CaseFacts()
                .fact("case.vote.opens", IzmirTime.formatDateTime(vote.getOpensAt(), locale))
                .fact("case.vote.closes", IzmirTime.formatDateTime(vote.getClosesAt(), locale))
                .fact("case.vote.turnout", getTranslation("case.vote.turnout-of", c.participants()));
        if (vote.getClosedAt() != null) {
            facts.fact("case.vote.closed", IzmirTime.formatDateTime(vote.getClosedAt(), locale));
        }
        if (vote.getBallotsCounted() != null) {
            facts.fact("case.vote.counted", Integer.toString(vote.getBallotsCounted()));
        }
        vote.getBudget().ifPresent(b -> facts.fact("case.vote.budget", b.format(locale)));
        if (vote.getMaxChoices() != null) {
            facts.fact("case.vote.max-choices", Integer.toString(vote.getMaxChoices()));
        }
        facts.fact("case.vote.minimum-age", Integer.toString(vote.getMinimumAge()));
        facts.fact("case.vote.changeable", getTranslation(vote.isChangeable() ? "case.yes" : "case.no"));
        facts.setId("case-vote-facts");
        add(facts);

        var options = new OrderedList();
        options.setId("case-vote-options");
        for (VoteOptionInfo o : c.options()) {
            options.add(new ListItem(o.getLabel() + o.getCost().map(cost -> " (" + cost.format(locale) + ")").orElse("")));
        }
        add(new H3(getTranslation("case.vote.options")), options);
        var controls = new ControlRecordsList();
        c.controls().forEach(controls::vote);
        add(controls.build());
    }
}
