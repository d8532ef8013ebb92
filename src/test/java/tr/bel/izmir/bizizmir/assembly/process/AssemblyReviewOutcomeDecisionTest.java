package tr.bel.izmir.bizizmir.assembly.process;

import org.junit.jupiter.api.Test;
import tr.bel.izmir.bizizmir.support.Decisions;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One test per row of the outcome table, with the boundary that makes each row fire. */
class AssemblyReviewOutcomeDecisionTest {

    static final Decisions.Decision outcome = Decisions.parse("AssemblyReviewOutcome.dmn",
            AssemblyReviewProcess.DECISION_OUTCOME);

    String decide(int members, int votesCast, int recommendVotes) {
        return outcome.single(Map.of(AssemblyReviewProcess.VAR_MEMBERS, members,
                AssemblyReviewProcess.VAR_VOTES_CAST, votesCast, AssemblyReviewProcess.VAR_RECOMMEND_VOTES, recommendVotes));
    }

    @Test
    void half_of_the_members_is_not_a_quorum_so_the_review_keeps_waiting() {
        assertThat(decide(4, 2, 2)).isEqualTo(AssemblyReviewProcess.PENDING);
        assertThat(decide(3, 1, 1)).isEqualTo(AssemblyReviewProcess.PENDING);
        assertThat(decide(2, 0, 0)).isEqualTo(AssemblyReviewProcess.PENDING);
        assertThat(decide(0, 0, 0)).as("an assembly without members never reaches quorum").isEqualTo(AssemblyReviewProcess.PENDING);
    }

    @Test
    void with_quorum_more_than_half_of_the_votes_recommending_is_a_recommendation() {
        assertThat(decide(4, 3, 2)).isEqualTo("RECOMMENDED");
        assertThat(decide(2, 2, 2)).isEqualTo("RECOMMENDED");
        assertThat(decide(3, 2, 2)).isEqualTo("RECOMMENDED");
    }

    @Test
    void with_quorum_a_tie_or_a_minority_does_not_recommend() {
        assertThat(decide(3, 2, 1)).as("a tie").isEqualTo("NOT_RECOMMENDED");
        assertThat(decide(5, 3, 1)).isEqualTo("NOT_RECOMMENDED");
        assertThat(decide(2, 2, 0)).isEqualTo("NOT_RECOMMENDED");
    }
}
