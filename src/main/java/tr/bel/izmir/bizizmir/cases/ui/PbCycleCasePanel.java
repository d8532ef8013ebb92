package tr.bel.izmir.bizizmir.cases.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import tr.bel.izmir.bizizmir.cases.PbCycleCases;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.proposal.ProposalCases;
import tr.bel.izmir.bizizmir.shared.IzmirTime;

import java.util.Locale;

/**
 * The content of a PB cycle case: its settings and phase, the turnout of its vote so far (never
 * what anyone chose), the published allocation, and what staff did to its vote and its
 * proposals' support periods and why. The same block heads the allocation review's dialog and the case page.
 */
class PbCycleCasePanel extends Div {

    /** @param headingId the id of the case's heading, or null where the page's own heading names the case */
    PbCycleCasePanel(PbCycleCases.Content c, NeighbourhoodCatalog neighbourhoods, String headingId) {
        addClassName("case-content");
        Locale locale = getLocale();
        var cycle = c.cycle();
        if (headingId != null) {
            var heading = new H2(getTranslation("case.cycle.heading", cycle.getId(), cycle.getTitle()));
            heading.setId(headingId);
            add(heading);
        }
        var phase = new Span(getTranslation("cycle.phase." + cycle.getPhase().name()));
        phase.addClassName("case-status");
        var meta = new Div(phase, new Span(neighbourhoods.require(cycle.getNeighbourhoodId()).getDisplayName()));
        meta.addClassName("proposal-meta");
        add(meta);
        var facts = new CaseFacts()
                .fact("case.cycle.envelope", cycle.getEnvelope().format(locale))
                .fact("case.cycle.submission", getTranslation("case.cycle.period",
                        IzmirTime.formatDate(cycle.getSubmissionOpens(), locale), IzmirTime.formatDate(cycle.getSubmissionCloses(), locale)))
                .fact("case.cycle.voting", getTranslation("case.cycle.period",
                        IzmirTime.formatDate(cycle.getVotingOpens(), locale), IzmirTime.formatDate(cycle.getVotingCloses(), locale)))
                .fact("case.cycle.threshold", Integer.toString(cycle.getSupportThreshold()))
                .fact("case.cycle.max-proposals", Integer.toString(cycle.getMaxProposalsPerResident()))
                .fact("case.vote.minimum-age", Integer.toString(cycle.getMinimumAge()))
                .fact("case.cycle.ballot-rule", getTranslation("vote.schedule.rule." + cycle.getBallotRule().name()))
                .fact("case.cycle.allocation-rule", getTranslation("budget.rule." + cycle.getAllocationRule().name()))
                .fact("case.cycle.proposals", Integer.toString(c.proposals().size()));
        c.vote().ifPresent(v -> facts.fact("case.vote.turnout", getTranslation("case.vote.turnout-of", c.participants())));
        c.allocation().ifPresent(a -> facts.fact("case.cycle.allocated", getTranslation("case.cycle.allocated-of",
                a.getTotalCost().format(locale), a.getEnvelope().format(locale), a.getVoters())));
        cycle.getUpdatedBy().ifPresent(by -> facts.fact("case.cycle.updated", getTranslation("case.by-at", by,
                cycle.getUpdatedAt().map(at -> IzmirTime.formatDateTime(at, locale)).orElse(""))));
        facts.setId("case-cycle-facts");
        add(facts);

        var controls = new ControlRecordsList();
        c.voteControls().forEach(controls::vote);
        for (ProposalCases.Related p : c.proposals()) {
            c.supportControls().getOrDefault(p.id(), java.util.List.of())
                    .forEach(s -> controls.support(getTranslation("case.proposal.heading", p.id(), p.title()), s));
        }
        add(controls.build());
    }
}
