package tr.bel.izmir.bizizmir.notification;

import tr.bel.izmir.bizizmir.security.SystemActor;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tr.bel.izmir.bizizmir.budgeting.AllocationRule;
import tr.bel.izmir.bizizmir.budgeting.BallotRule;
import tr.bel.izmir.bizizmir.budgeting.BudgetAllocations;
import tr.bel.izmir.bizizmir.budgeting.CyclePhase;
import tr.bel.izmir.bizizmir.budgeting.CycleSpec;
import tr.bel.izmir.bizizmir.budgeting.CycleVoteResult;
import tr.bel.izmir.bizizmir.budgeting.PbCycles;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodImport;
import tr.bel.izmir.bizizmir.privacy.PersonalData;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.Money;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;
import tr.bel.izmir.bizizmir.support.TestNeighbourhoods;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static tr.bel.izmir.bizizmir.notification.NotificationTesting.eventually;

/**
 * Following: anyone signed in follows a proposal and is told when the results of its vote are
 * published, with what became of it; someone who stopped following is not; the follows are in
 * the KVKK export.
 */
@IntegrationTest
class NotificationFollowIT {

    @Autowired Follows follows;
    @Autowired BudgetAllocations allocations;
    @Autowired PbCycles cycles;
    @Autowired NeighbourhoodImport neighbourhoodImport;
    @Autowired NeighbourhoodCatalog neighbourhoods;
    @Autowired PersonalData personalData;
    @Autowired JdbcTemplate jdbc;
    @Autowired tr.bel.izmir.bizizmir.budgeting.ImplementationProjects projects;

    List<String> told(String marker) {
        return jdbc.queryForList("select recipient from notification where kind = 'PROPOSAL_VOTE' and text_args like ? "
                + "order by recipient", String.class, "%" + marker + "%");
    }

    @Test
    void followers_of_a_proposal_learn_the_published_result_and_one_who_stopped_following_does_not() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long neighbourhoodId = TestNeighbourhoods.fresh(neighbourhoodImport, neighbourhoods, "Torbali", "Takip " + tag).getId();
        LocalDate today = LocalDate.now(IzmirTime.ZONE);
        var cycle = SystemActor.call(() -> cycles.open(new CycleSpec(neighbourhoodId, "Takip döngüsü " + tag, Money.ofLira(300_000),
                CyclePhase.ALLOCATION, today.minusDays(120), today.minusDays(90), today.minusDays(50), today.minusDays(30),
                25, 3, 16, BallotRule.KNAPSACK, AllocationRule.GREEDY)));
        long won = 800_000_000L + Math.abs(tag.hashCode() % 1_000_000) * 10L;
        long lost = won + 1;
        String follower = "ntf-takipci-" + tag;
        String quitter = "ntf-vazgecen-" + tag;
        String author = "ntf-yazar-" + tag;
        assertThat(RunAs.user(follower, () -> follows.toggle("proposal", won), "citizen")).isTrue();
        RunAs.user(follower, () -> follows.toggle("proposal", lost), "citizen");
        RunAs.user(quitter, () -> follows.toggle("proposal", won), "citizen");
        assertThat(RunAs.user(quitter, () -> follows.toggle("proposal", won), "citizen")).as("pressed again: stopped").isFalse();
        SystemActor.as(author, () -> { follows.follow("proposal", won); return null; });
        assertThatThrownBy(() -> RunAs.user(follower, () -> follows.toggle("ballot", 1), "citizen"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("notification.follow.unknown-kind"));

        var ballot = List.of(new CycleVoteResult.BallotProject(won, "Kazanan " + tag, Money.ofLira(200_000)),
                new CycleVoteResult.BallotProject(lost, "Kaybeden " + tag, Money.ofLira(250_000)));
        SystemActor.call(() -> allocations.publishPastVote(cycle.getId(), new CycleVoteResult(cycle.getId(), ballot,
                List.of(Set.of(won), Set.of(won), Set.of(won, lost))), "butce"));

        eventually("the followers are told", () -> told("Kazanan " + tag).size() == 2 && told("Kaybeden " + tag).size() == 1);
        assertThat(told("Kazanan " + tag)).containsExactlyInAnyOrder(author, follower);
        assertThat(told("Kaybeden " + tag)).containsExactly(follower);
        var text = jdbc.queryForObject("select text_key from notification where recipient = ? and text_args like ?",
                String.class, follower, "%Kaybeden " + tag + "%");
        assertThat(text).isEqualTo("notification.proposal.result.DID_NOT_FIT");

        // The funded project reports progress: its author and followers hear of it, the one who stopped does not.
        long project = projects.ofProposal(won).orElseThrow().getId();
        RunAs.user("memur", () -> projects.report(project, new tr.bel.izmir.bizizmir.budgeting.ImplementationProjects.Report(
                tr.bel.izmir.bizizmir.budgeting.ImplementationStatus.IN_PROGRESS, 35, "Zemin hazırlığı bitti.", List.of()), "memur"),
                "officer");
        eventually("the project's followers are told", () -> jdbc.queryForList(
                "select recipient from notification where kind = 'PROJECT_UPDATE' and text_args like ?", String.class,
                "%Kazanan " + tag + "%").size() == 2);
        assertThat(jdbc.queryForList("select recipient from notification where kind = 'PROJECT_UPDATE' and text_args like ?",
                String.class, "%Kazanan " + tag + "%")).containsExactlyInAnyOrder(author, follower);

        String export = new String(RunAs.user(follower, () -> personalData.exportJson(), "citizen"), StandardCharsets.UTF_8);
        assertThat(export).contains("\"follows\"", "\"case\" : \"" + won + "\"");
    }
}
