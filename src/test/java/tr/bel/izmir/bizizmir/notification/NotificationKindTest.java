package tr.bel.izmir.bizizmir.notification;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Which kinds a person is offered on the preferences page, and which are opt-in. */
class NotificationKindTest {

    static Set<NotificationKind> offered(String... roles) {
        return Set.copyOf(Arrays.stream(NotificationKind.values()).filter(k -> k.concerns(Set.of(roles))).toList());
    }

    @Test
    void a_resident_is_offered_her_own_cases_and_votes_not_staff_or_assembly_kinds() {
        assertThat(offered("citizen", "resident"))
                .contains(NotificationKind.PROPOSAL_SCREENED, NotificationKind.VOTE_IN_MY_AREA, NotificationKind.CONSULTATION_RESPONSE)
                .doesNotContain(NotificationKind.TASK_DIGEST, NotificationKind.MODEL_CHANGED, NotificationKind.ASSEMBLY_MEETING,
                        NotificationKind.PARK_EVENT_REPORT);
    }

    @Test
    void staff_assembly_members_civic_groups_and_process_owners_are_offered_their_kinds() {
        assertThat(offered("officer")).contains(NotificationKind.TASK_DIGEST, NotificationKind.ADVISORY_ANSWER_DUE);
        assertThat(offered("citizen", "assembly-member")).contains(NotificationKind.ASSEMBLY_MEETING, NotificationKind.ADVISORY_VOTE_OPENED);
        assertThat(offered("citizen", "civic-group")).contains(NotificationKind.PARK_EVENT_REPORT, NotificationKind.PARK_EVENT_DECISION);
        assertThat(offered("process-owner")).contains(NotificationKind.MODEL_CHANGED).doesNotContain(NotificationKind.PARK_EVENT_REPORT);
    }

    @Test
    void only_the_neighbourhood_vote_kind_is_opt_in() {
        assertThat(Arrays.stream(NotificationKind.values()).filter(k -> k.defaultChannel() == NotificationChannel.OFF))
                .containsExactly(NotificationKind.VOTE_IN_MY_AREA);
    }
}
