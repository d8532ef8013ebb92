package tr.bel.izmir.bizizmir.modeling;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import tr.bel.izmir.bizizmir.proposal.ProposalCategory;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The departments page reads routing from the deployed models (issue 13, item 2; DD024): the
 * participation desk screens proposals, the budget office approves allocations, nobody gets work
 * through the bare officer role, and feasibility checks go where the routing decision says.
 */
@IntegrationTest
class WorkRoutingIT {

    @Autowired WorkRouting routing;

    @Test
    void each_group_gets_the_tasks_the_deployed_models_offer_it() {
        var byGroup = RunAs.user("koordinator", () -> routing.tasksByGroup(), "coordinator");
        assertThat(byGroup.get("dept-participation")).extracting(WorkRouting.OfferedTask::taskId)
                .contains("UserTask_ScreenProposal", "UserTask_CheckApplication", "UserTask_PublishConsultationResponse");
        assertThat(byGroup.get("dept-budget")).extracting(WorkRouting.OfferedTask::processKey).contains("BudgetAllocationProcess");
        // Other tests deploy models of their own into the shared database: judge the repository's.
        var repositoryModels = java.util.Set.of("AdvisoryItemProcess", "AssemblyMembershipProcess", "AssemblyReviewProcess",
                "BudgetAllocationProcess", "FeasibilityCheckProcess", "ParkEventApprovalProcess", "ProposalSubmissionProcess",
                "PublicVoteProcess");
        assertThat(byGroup.getOrDefault("officer", java.util.List.of())).as("no model of processes/ offers work to every officer")
                .noneMatch(t -> repositoryModels.contains(t.processKey()));
        assertThat(byGroup.get("")).as("feasibility is routed by a decision").extracting(WorkRouting.OfferedTask::processKey)
                .contains("FeasibilityCheckProcess");
    }

    @Test
    void feasibility_routing_is_evaluated_for_every_category() {
        var routes = RunAs.user("surec", () -> routing.feasibilityRouting(), "process-owner");
        assertThat(routes).hasSize(ProposalCategory.values().length);
        assertThat(routes).contains(new WorkRouting.CategoryRoute(ProposalCategory.PARKS, "dept-parks"));
        assertThat(routes).allSatisfy(r -> assertThat(r.departmentGroup()).startsWith("dept-"));
        assertThat(RunAs.user("surec", () -> routing.routingDecisionId(), "process-owner")).isPresent();
    }

    @Test
    void officers_and_citizens_may_not_read_it() {
        assertThatThrownBy(() -> RunAs.user("memur", () -> routing.tasksByGroup(), "officer", "dept-parks"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> RunAs.user("sakin", () -> routing.feasibilityRouting(), "citizen", "resident"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
