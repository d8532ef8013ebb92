package tr.bel.izmir.bizizmir.proposal.process;

import org.junit.jupiter.api.Test;
import tr.bel.izmir.bizizmir.support.Decisions;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One test per row of processes/ProposalEligibility.dmn, in the table's order. */
class ProposalEligibilityDecisionTest {

    static final Decisions.Decision decision = Decisions.parse("ProposalEligibility.dmn",
            ProposalSubmissionProcess.DECISION_ELIGIBILITY);

    static Map<String, Object> eligible() {
        Map<String, Object> v = new HashMap<>(ProposalSubmissionProcessTest.eligibleFacts());
        v.remove(ProposalSubmissionProcess.VAR_SUPPORT_DEADLINE);
        return v;
    }

    @Test
    void refuses_a_citizen_who_is_not_a_verified_resident() {
        var f = eligible();
        f.put("residentVerified", false);
        f.put("sameNeighbourhood", false);
        decision.assertRefused(f, "not-verified");
    }

    @Test
    void refuses_a_resident_of_another_neighbourhood() {
        var f = eligible();
        f.put("sameNeighbourhood", false);
        decision.assertRefused(f, "other-neighbourhood");
    }

    @Test
    void refuses_a_resident_under_the_minimum_age() {
        var f = eligible();
        f.put("age", 15);
        decision.assertRefused(f, "too-young");
        f.put("age", 16);
        assertThat(decision.row(f).get("eligible")).as("exactly the minimum age is old enough").isEqualTo(true);
    }

    @Test
    void refuses_when_the_cycle_is_not_collecting_proposals() {
        var f = eligible();
        f.put("cyclePhase", "VOTING");
        decision.assertRefused(f, "phase-closed");
    }

    @Test
    void refuses_a_resident_who_reached_the_per_person_limit() {
        var f = eligible();
        f.put("proposalsByAuthor", 3);
        decision.assertRefused(f, "limit-reached");
        f.put("proposalsByAuthor", 2);
        assertThat(decision.row(f).get("eligible")).isEqualTo(true);
    }

    @Test
    void refuses_a_category_the_budget_cannot_fund() {
        var f = eligible();
        f.put("category", "religion");
        decision.assertRefused(f, "category-not-allowed");
    }

    @Test
    void accepts_a_proposal_that_passes_every_check() {
        var out = decision.row(eligible());
        assertThat(out.get("eligible")).isEqualTo(true);
        assertThat(out.get("reasonCode")).isEqualTo("eligible");
    }

    @Test
    void names_the_first_failing_check_when_several_fail() {
        var f = eligible();
        f.put("cyclePhase", "CLOSED");
        f.put("category", "religion");
        f.put("age", 10);
        decision.assertRefused(f, "too-young");
    }
}
