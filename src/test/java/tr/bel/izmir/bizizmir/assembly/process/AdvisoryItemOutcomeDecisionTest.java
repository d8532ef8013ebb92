package tr.bel.izmir.bizizmir.assembly.process;

import org.junit.jupiter.api.Test;
import tr.bel.izmir.bizizmir.support.Decisions;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One test per row of the advisory outcome table, with the boundaries that make each row fire. */
class AdvisoryItemOutcomeDecisionTest {

    static final Decisions.Decision outcome = Decisions.parse("AdvisoryItemOutcome.dmn",
            AdvisoryItemProcess.DECISION_OUTCOME);

    String decide(int members, int votesCast, int recommend, int notRecommend) {
        return outcome.single(Map.of(AdvisoryItemProcess.VAR_MEMBERS, members,
                AdvisoryItemProcess.VAR_VOTES_CAST, votesCast, AdvisoryItemProcess.VAR_RECOMMEND_VOTES, recommend,
                AdvisoryItemProcess.VAR_NOT_RECOMMEND_VOTES, notRecommend));
    }

    @Test
    void rule_1_half_of_the_members_or_fewer_is_no_quorum() {
        assertThat(decide(4, 2, 2, 0)).isEqualTo(AdvisoryItemProcess.PENDING);
        assertThat(decide(5, 2, 2, 0)).isEqualTo(AdvisoryItemProcess.PENDING);
        assertThat(decide(0, 0, 0, 0)).as("an assembly without members never has quorum").isEqualTo(AdvisoryItemProcess.PENDING);
    }

    @Test
    void rule_2_with_quorum_more_recommending_than_not_is_a_recommendation() {
        assertThat(decide(4, 3, 2, 1)).isEqualTo("RECOMMENDED");
        assertThat(decide(5, 3, 1, 0)).as("abstentions count for quorum, not for the majority").isEqualTo("RECOMMENDED");
    }

    @Test
    void rule_3_with_quorum_more_not_recommending_is_advice_against() {
        assertThat(decide(4, 3, 1, 2)).isEqualTo("NOT_RECOMMENDED");
        assertThat(decide(3, 2, 0, 1)).isEqualTo("NOT_RECOMMENDED");
    }

    @Test
    void rule_4_with_quorum_a_tie_or_only_abstentions_is_a_split_assembly() {
        assertThat(decide(4, 3, 1, 1)).as("a tie").isEqualTo("SPLIT");
        assertThat(decide(3, 2, 0, 0)).as("everyone abstained").isEqualTo("SPLIT");
    }
}
