package tr.bel.izmir.bizizmir.cases.ui;

import com.vaadin.flow.component.Component;
import tr.bel.izmir.bizizmir.cases.StaffCases;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.proposal.ProposalCases;

/** Proposals as the inbox shows them: the tasks of a proposal's processes show its content and link its case page. */
@org.springframework.stereotype.Component
class ProposalCaseContent extends NumberedCaseContent {

    static final String PATH = "staff/cases/proposals/";

    private final StaffCases cases;
    private final NeighbourhoodCatalog neighbourhoods;

    ProposalCaseContent(StaffCases cases, NeighbourhoodCatalog neighbourhoods) {
        super(ProposalCases.PROCESSES, PATH);
        this.cases = cases;
        this.neighbourhoods = neighbourhoods;
    }

    @Override
    boolean maySee(long id) {
        return cases.maySeeProposal(id);
    }

    @Override
    Component summary(long id) {
        return new ProposalCasePanel(cases.proposalContent(id), cases, neighbourhoods, "task-case-heading");
    }
}
