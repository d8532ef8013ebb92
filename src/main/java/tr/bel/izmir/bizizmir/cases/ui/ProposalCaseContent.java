package tr.bel.izmir.bizizmir.cases.ui;

import com.vaadin.flow.component.Component;
import org.springframework.security.access.AccessDeniedException;
import tr.bel.izmir.bizizmir.cases.StaffCases;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.proposal.ProposalCases;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.ui.CaseContent;

import java.util.Optional;

/** Proposals as the inbox shows them: the tasks of a proposal's processes show its content and link its case page. */
@org.springframework.stereotype.Component
class ProposalCaseContent implements CaseContent {

    static final String PATH = "staff/cases/proposals/";

    private final StaffCases cases;
    private final NeighbourhoodCatalog neighbourhoods;

    ProposalCaseContent(StaffCases cases, NeighbourhoodCatalog neighbourhoods) {
        this.cases = cases;
        this.neighbourhoods = neighbourhoods;
    }

    @Override
    public boolean handles(String processKey) {
        return ProposalCases.PROCESSES.contains(processKey);
    }

    @Override
    public boolean maySee(String businessKey) {
        return id(businessKey).map(cases::maySeeProposal).orElse(false);
    }

    @Override
    public Optional<Component> summary(String businessKey) {
        return id(businessKey).flatMap(id -> {
            try {
                return Optional.of(new ProposalCasePanel(cases.proposalContent(id), cases, neighbourhoods, "task-case-heading"));
            } catch (AccessDeniedException | DomainException e) {
                return Optional.empty();
            }
        });
    }

    @Override
    public String pagePath(String businessKey) {
        return PATH + businessKey;
    }

    private static Optional<Long> id(String businessKey) {
        try {
            return Optional.of(Long.parseLong(businessKey));
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
