package tr.bel.izmir.bizizmir.budgeting;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The phase rules of DD017, row by row: which fields a coordinator may still change. */
class CycleFieldTest {

    static Set<CycleField> editable(CyclePhase phase, boolean voteScheduled) {
        return Arrays.stream(CycleField.values()).filter(f -> f.editable(phase, voteScheduled))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(CycleField.class)));
    }

    static final Set<CycleField> VOTE_FIELDS = EnumSet.of(CycleField.ENVELOPE, CycleField.VOTING_OPENS,
            CycleField.VOTING_CLOSES, CycleField.BALLOT_RULE, CycleField.ALLOCATION_RULE);

    @Test
    void a_draft_may_change_everything_even_with_a_vote_scheduled_only_the_vote_fields_lock() {
        assertThat(editable(CyclePhase.DRAFT, false)).containsExactlyInAnyOrder(CycleField.values());
        var scheduled = EnumSet.allOf(CycleField.class);
        scheduled.removeAll(VOTE_FIELDS);
        assertThat(editable(CyclePhase.DRAFT, true)).isEqualTo(scheduled);
    }

    @Test
    void while_proposals_are_collected_or_reviewed_the_title_and_the_vote_fields_change_until_the_vote_is_scheduled() {
        for (CyclePhase phase : EnumSet.of(CyclePhase.SUBMISSION, CyclePhase.REVIEW)) {
            var open = EnumSet.copyOf(VOTE_FIELDS);
            open.add(CycleField.TITLE);
            assertThat(editable(phase, false)).as(phase.name()).isEqualTo(open);
            assertThat(editable(phase, true)).as(phase.name()).containsExactly(CycleField.TITLE);
        }
    }

    @Test
    void from_voting_on_only_the_title_changes_and_a_closed_cycle_not_at_all() {
        for (CyclePhase phase : EnumSet.of(CyclePhase.VOTING, CyclePhase.ALLOCATION, CyclePhase.IMPLEMENTATION)) {
            assertThat(editable(phase, false)).as(phase.name()).containsExactly(CycleField.TITLE);
        }
        assertThat(editable(CyclePhase.CLOSED, false)).isEmpty();
    }

    @Test
    void coordinators_step_through_draft_submission_review_and_close_implemented_cycles() {
        assertThat(PbCycles.nextByHand(CyclePhase.DRAFT)).contains(CyclePhase.SUBMISSION);
        assertThat(PbCycles.nextByHand(CyclePhase.SUBMISSION)).contains(CyclePhase.REVIEW);
        assertThat(PbCycles.nextByHand(CyclePhase.IMPLEMENTATION)).contains(CyclePhase.CLOSED);
        for (CyclePhase automatic : EnumSet.of(CyclePhase.REVIEW, CyclePhase.VOTING, CyclePhase.ALLOCATION, CyclePhase.CLOSED)) {
            assertThat(PbCycles.nextByHand(automatic)).as(automatic.name()).isEmpty();
        }
    }
}
