package tr.bel.izmir.bizizmir.cases.ui;

import tr.bel.izmir.bizizmir.cases.StaffCases;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.proposal.ProposalCases;

/** Proposals as the inbox shows them: the tasks of a proposal's processes show its content and link its case page. */
@org.springframework.stereotype.Component
class ProposalCaseContent extends NumberedCaseContent {

    static final String PATH = "staff/cases/proposals/";

    ProposalCaseContent(StaffCases cases, NeighbourhoodCatalog neighbourhoods) {
        super(ProposalCases.PROCESSES, PATH, cases::maySeeProposal,
                id -> new ProposalCasePanel(cases.proposalContent(id), cases, neighbourhoods, "task-case-heading"));
    }
}
