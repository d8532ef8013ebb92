package tr.bel.izmir.bizizmir.cases;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.assembly.AssemblyReviews;
import tr.bel.izmir.bizizmir.budgeting.ImplementationProjectInfo;
import tr.bel.izmir.bizizmir.budgeting.ImplementationProjects;
import tr.bel.izmir.bizizmir.feasibility.FeasibilityAssessmentInfo;
import tr.bel.izmir.bizizmir.feasibility.FeasibilityChecks;
import tr.bel.izmir.bizizmir.proposal.ProposalCases;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.tasks.CaseActivity;
import tr.bel.izmir.bizizmir.voting.PublicVotes;
import tr.bel.izmir.bizizmir.voting.VoteInfo;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who may see which case, and the case file they see. A proposal case is open to officers,
 * supervisors and admins, and to anyone who holds or may claim one of its open tasks (an
 * assembly chair deciding an overdue review, a department's officer assessing it); see DD016.
 * Everyone else is refused before anything of the case is read. Whether a proposal number
 * exists is not a secret (numbers are sequential and public pages show them), so a number that
 * names no proposal is "not found" for every staff member.
 */
@Service
public class StaffCases {

    static final String STAFF = "hasAnyRole('assembly-member','assembly-chair','officer','supervisor','park-manager','moderator','process-owner','admin')";

    /** The case kind of proposals in shared tables (notes). */
    static final String PROPOSAL = "proposal";

    /** Roles that see every proposal case. */
    public static final Set<String> SEE_EVERY_PROPOSAL = Set.of(AppRoles.OFFICER, AppRoles.SUPERVISOR, AppRoles.ADMIN);

    private final ProposalCases proposals;
    private final FeasibilityChecks feasibility;
    private final AssemblyReviews assemblyReviews;
    private final ImplementationProjects projects;
    private final CaseActivity activity;
    private final CaseNotes notes;
    private final PublicVotes votes;
    private final CurrentUser currentUser;

    public StaffCases(ProposalCases proposals, FeasibilityChecks feasibility, AssemblyReviews assemblyReviews,
                      ImplementationProjects projects, CaseActivity activity, CaseNotes notes, PublicVotes votes, CurrentUser currentUser) {
        this.proposals = proposals;
        this.feasibility = feasibility;
        this.assemblyReviews = assemblyReviews;
        this.projects = projects;
        this.activity = activity;
        this.notes = notes;
        this.votes = votes;
        this.currentUser = currentUser;
    }

    /**
     * Everything the case page of a proposal shows.
     *
     * @param vote the public vote of its cycle, when the proposal is on its ballot
     */
    public record ProposalCaseFile(ProposalCases.ProposalCase proposal, Optional<AssemblyReviews.PublicView> assemblyReview,
                                   Optional<FeasibilityAssessmentInfo> feasibility, Optional<VoteInfo> vote,
                                   Optional<ImplementationProjectInfo> project,
                                   List<CaseActivity.OpenTask> openTasks, List<CaseActivity.Entry> history,
                                   List<CaseNote> notes) {
    }

    /** Whether the signed-in person may open the proposal's case. */
    @PreAuthorize(STAFF)
    public boolean maySeeProposal(long id) {
        var user = currentUser.require();
        return SEE_EVERY_PROPOSAL.stream().anyMatch(user::hasRole)
                || activity.mayWorkOn(Long.toString(id), ProposalCases.PROCESSES);
    }

    /** The proposal's content alone, for a task's dialog. */
    @PreAuthorize(STAFF)
    public ProposalCases.ProposalCase proposalContent(long id) {
        requireProposal(id);
        return proposals.find(id).orElseThrow(() -> new DomainException.NotFound("proposal.error.not-found", id));
    }

    /**
     * @throws DomainException.NotFound when no proposal has this number
     * @throws AccessDeniedException when the person may not see it
     */
    @PreAuthorize(STAFF)
    public ProposalCaseFile proposal(long id, Locale locale) {
        var proposal = proposalContent(id);
        String key = Long.toString(id);
        Optional<VoteInfo> vote = votes.ofCycle(proposal.cycleId())
                .filter(v -> votes.optionsOf(v).stream().anyMatch(o -> Long.valueOf(id).equals(o.getProposalId())));
        return new ProposalCaseFile(proposal, assemblyReviews.publicView(id), feasibility.publicView(id), vote,
                projects.ofProposal(id), activity.openTasks(key, ProposalCases.PROCESSES),
                activity.history(key, ProposalCases.PROCESSES, locale), notes.of(PROPOSAL, key));
    }

    /** Adds an internal note to a proposal case, by the signed-in person, who must be able to see the case. */
    @PreAuthorize(STAFF)
    @Transactional
    public CaseNote addProposalNote(long id, String text) {
        requireProposal(id);
        return notes.add(PROPOSAL, Long.toString(id), currentUser.require().username(), text);
    }

    /** A photo of a proposal case, for a reader who may see the case. */
    @PreAuthorize(STAFF)
    public byte[] proposalPhoto(long proposalId, long photoId) {
        requireProposal(proposalId);
        return proposals.photo(proposalId, photoId);
    }

    private void requireProposal(long id) {
        if (!proposals.exists(id)) {
            throw new DomainException.NotFound("proposal.error.not-found", id);
        }
        if (!maySeeProposal(id)) {
            throw new AccessDeniedException("proposal case " + id);
        }
    }
}
