package tr.bel.izmir.bizizmir.budgeting;

import tr.bel.izmir.bizizmir.security.SystemActor;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tr.bel.izmir.bizizmir.budgeting.allocation.PabulibParser;
import tr.bel.izmir.bizizmir.budgeting.process.BudgetAllocationProcess;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.Money;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;
import tr.bel.izmir.bizizmir.tasks.TaskInbox;
import tr.bel.izmir.bizizmir.voting.PublicVotes;
import tr.bel.izmir.bizizmir.voting.VoteFixtures;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The pabulib file of a cycle is open data once its allocation is published (issue 18), ballots
 * under sequential numbers only, and only when the vote had at least the minimum group size of
 * ballots (DD010): six ballots stay unpublished under the default of ten.
 */
@IntegrationTest
class PublishedPabulibIT {

    @Autowired VoteFixtures fixtures;
    @Autowired PublishedPabulib published;

    @Autowired tr.bel.izmir.bizizmir.voting.VoteSchedule voteSchedule;
    @Autowired BudgetAllocations allocations;
    @Autowired ObjectProvider<CycleBallots> ballots;
    @Autowired PbCycles cycles;
    @Autowired PublicVotes votes;
    @Autowired JdbcTemplate jdbc;
    @Autowired TaskInbox inbox;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @LocalServerPort int port;

    @Test
    void a_published_cycle_with_enough_ballots_is_open_data_and_one_with_too_few_is_not() throws Exception {
        long hood = fixtures.neighbourhood("Pabulib");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = IzmirTime.now(Clock.systemUTC()).toLocalDate();
        PbCycleInfo cycle = SystemActor.call(() -> cycles.open(new CycleSpec(hood, "Açık veri döngüsü " + tag, Money.ofLira(500_000),
                CyclePhase.VOTING, today.minusDays(60), today.minusDays(30), today, today, 0, 3, 16,
                BallotRule.K_APPROVAL, AllocationRule.GREEDY)));
        long a = fixtures.proposal(cycle, "Gölgelik " + tag, "FEASIBLE", 200_000);
        long b = fixtures.proposal(cycle, "Kaldırım " + tag, "FEASIBLE", 350_000);
        var vote = SystemActor.call(() -> voteSchedule.scheduleCycleVote(cycle.getId(), 2, false));
        fixtures.runDueJobs(vote.getId());
        Map<Long, Long> optionOf = new HashMap<>();
        votes.optionsOf(votes.require(vote.getId())).forEach(o -> optionOf.put(o.getProposalId(), o.getId()));
        List<String> voters = new ArrayList<>();
        for (List<Long> choice : List.of(List.of(a), List.of(a, b), List.of(b), List.of(a), List.of(a, b), List.of(a))) {
            String voter = fixtures.resident("pabulib", hood, 1990);
            voters.add(voter);
            List<Long> options = choice.stream().map(optionOf::get).toList();
            RunAs.user(voter, () -> votes.cast(vote.getId(), options, UUID.randomUUID().toString()), "resident");
        }
        fixtures.closeNow(vote.getId());
        var instance = runtime.createProcessInstanceQuery().processDefinitionKey(BudgetAllocationProcess.KEY)
                .processInstanceBusinessKey(cycle.getId().toString()).singleResult();
        management.createJobQuery().processInstanceId(instance.getId()).executable().list()
                .forEach(job -> management.executeJob(job.getId()));
        var review = taskService.createTaskQuery().processDefinitionKey(BudgetAllocationProcess.KEY)
                .processInstanceBusinessKey(cycle.getId().toString()).singleResult();
        RunAs.user("butce", () -> inbox.complete(review.getId(), Map.of(
                BudgetAllocationProcess.VAR_DECISION, BudgetAllocationProcess.APPROVE)), "officer", "dept-budget");
        assertThat(allocations.published(cycle.getId())).isPresent();

        // Six ballots: below the default minimum group size of ten, so not published ballot by ballot.
        assertThat(published.cycles()).doesNotContain(cycle.getId());
        assertThatThrownBy(() -> published.export(cycle.getId())).isInstanceOf(DomainException.NotFound.class);
        var refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/public/datasets/pabulib/" + cycle.getId() + ".pb")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(404);

        // With a minimum of five it is open data: the election, ballots numbered 1..6, no voter named.
        var lenient = new PublishedPabulib(allocations, ballots, 5);
        assertThat(lenient.cycles()).contains(cycle.getId());
        String pb = lenient.export(cycle.getId());
        var parsed = new PabulibParser().parse(pb);
        assertThat(parsed.ballots()).extracting(x -> x.voterId()).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(parsed.projects()).hasSize(2);
        assertThat(voters).allSatisfy(v -> assertThat(pb).doesNotContain(v));
    }
}
