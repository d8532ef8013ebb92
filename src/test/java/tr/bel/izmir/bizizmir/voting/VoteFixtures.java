package tr.bel.izmir.bizizmir.voting;

import tr.bel.izmir.bizizmir.security.SystemActor;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import tr.bel.izmir.bizizmir.budgeting.AllocationRule;
import tr.bel.izmir.bizizmir.budgeting.BallotRule;
import tr.bel.izmir.bizizmir.budgeting.CyclePhase;
import tr.bel.izmir.bizizmir.budgeting.CycleSpec;
import tr.bel.izmir.bizizmir.budgeting.PbCycleInfo;
import tr.bel.izmir.bizizmir.budgeting.PbCycles;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodImport;
import tr.bel.izmir.bizizmir.neighbourhood.ResidentRegistry;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.Money;
import tr.bel.izmir.bizizmir.support.TestResidents;
import tr.bel.izmir.bizizmir.voting.process.PublicVoteProcess;
import tr.bel.izmir.bizizmir.support.TestNeighbourhoods;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Votes on the real application for tests that share one database: each call makes its own
 * neighbourhood, PB cycle and feasible proposals (rows as the proposal and feasibility
 * features leave them), schedules the vote and lets its process open it.
 */
public final class VoteFixtures {

    public final NeighbourhoodImport neighbourhoodImport;
    public final NeighbourhoodCatalog neighbourhoods;
    public final ResidentRegistry residents;
    public final PbCycles cycles;
    public final PublicVotes votes;
    public final RuntimeService runtime;
    public final ManagementService management;
    public final JdbcTemplate jdbc;
    public final VoteSchedule schedule;

    public VoteFixtures(NeighbourhoodImport neighbourhoodImport, NeighbourhoodCatalog neighbourhoods,
                        ResidentRegistry residents, PbCycles cycles, PublicVotes votes, VoteSchedule schedule,
                        RuntimeService runtime, ManagementService management, JdbcTemplate jdbc) {
        this.schedule = schedule;
        this.neighbourhoodImport = neighbourhoodImport;
        this.neighbourhoods = neighbourhoods;
        this.residents = residents;
        this.cycles = cycles;
        this.votes = votes;
        this.runtime = runtime;
        this.management = management;
        this.jdbc = jdbc;
    }

    /** A PB vote with its neighbourhood and the options (costs in lira) of its ballot. */
    public record PbVote(long neighbourhoodId, PbCycleInfo cycle, VoteInfo vote, List<VoteOptionInfo> options, String tag) {
        public long option(int index) {
            return options.get(index).getId();
        }
    }

    public long neighbourhood(String prefix) {
        return TestNeighbourhoods.fresh(neighbourhoodImport, neighbourhoods, "Kiraz",
                prefix + " " + UUID.randomUUID().toString().substring(0, 8)).getId();
    }

    /**
     * A PB cycle (envelope 500,000 TRY, minimum age 16) whose vote runs from {@code opensInDays}
     * to {@code closesInDays} (whole days in Istanbul, relative to today), with feasible
     * proposals costing 200,000, 250,000 and 100,000 TRY and one that is not feasible.
     */
    public PbVote pbVote(BallotRule rule, Integer k, boolean changeable, int opensInDays, int closesInDays) {
        long neighbourhoodId = neighbourhood("Oy");
        LocalDate today = IzmirTime.now(Clock.systemUTC()).toLocalDate();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        PbCycleInfo cycle = SystemActor.call(() -> cycles.open(new CycleSpec(neighbourhoodId, "Oylama " + tag, Money.ofLira(500_000),
                CyclePhase.REVIEW, today.minusDays(60), today.minusDays(30), today.plusDays(opensInDays),
                today.plusDays(closesInDays), 0, 3, 16, rule, AllocationRule.GREEDY)));
        List<Long> feasible = new ArrayList<>();
        feasible.add(proposal(cycle, "Parka gölgelik " + tag, "FEASIBLE", 200_000));
        feasible.add(proposal(cycle, "Bisiklet yolu " + tag, "FEASIBLE", 250_000));
        feasible.add(proposal(cycle, "Kütüphaneye kitap " + tag, "FEASIBLE", 100_000));
        proposal(cycle, "Denize iskele " + tag, "NOT_FEASIBLE", 2_000_000);
        VoteInfo vote = SystemActor.call(() -> schedule.scheduleCycleVote(cycle.getId(), k, changeable));
        runDueJobs(vote.getId());
        vote = votes.require(vote.getId());
        return new PbVote(neighbourhoodId, cycle, vote, votes.optionsOf(vote), tag);
    }

    /** A proposal as the proposal and feasibility features leave it after a completed check. */
    public long proposal(PbCycleInfo cycle, String title, String status, long costLira) {
        Timestamp now = Timestamp.from(Instant.now());
        Long id = jdbc.queryForObject("""
                insert into proposal (cycle_id, neighbourhood_id, author, submission_key, title, description, category,
                    location, cost_estimate_try, status, support_count, submitted_at, updated_at, version)
                values (?, ?, ?, ?, ?, 'Açıklama', 'PARKS', 'Meydan', ?, ?, 0, ?, ?, 0) returning id
                """, Long.class, cycle.getId(), cycle.getNeighbourhoodId(), "yazar-" + UUID.randomUUID(),
                UUID.randomUUID().toString(), title, costLira / 2, status, now, now);
        jdbc.update("""
                insert into feasibility_assessment (proposal_id, department_group, started_at, due_at, original_due_at,
                    feasible, cost_estimate_try, public_explanation, completed_at)
                values (?, 'dept-parks', ?, ?, ?, ?, ?, 'Teknik olarak yapılabilir, bütçe uygundur.', ?)
                """, id, now, now, now, "FEASIBLE".equals(status), costLira, now);
        return id;
    }

    /** Executes the jobs of this vote's process that are due now (the job executor is off in tests). */
    public void runDueJobs(long voteId) {
        management.createJobQuery().processInstanceId(processOf(voteId)).executable().list()
                .forEach(job -> management.executeJob(job.getId()));
    }

    /** Executes this vote's closing timer now, as if its closing time had come. */
    public void closeNow(long voteId) {
        management.createJobQuery().processInstanceId(processOf(voteId)).timers()
                .activityId(PublicVoteProcess.TIMER_CLOSES).list()
                .forEach(job -> management.executeJob(job.getId()));
    }

    public String processOf(long voteId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PublicVoteProcess.KEY)
                .processInstanceBusinessKey(Long.toString(voteId)).singleResult().getId();
    }

    public String resident(String prefix, long neighbourhoodId, int birthYear) {
        return TestResidents.verified(residents, neighbourhoods, prefix + "-" + UUID.randomUUID().toString().substring(0, 8),
                neighbourhoodId, birthYear);
    }

    public long ballots(long voteId) {
        return jdbc.queryForObject("select count(*) from ballot where vote_id = ?", Long.class, voteId);
    }

    public long participants(long voteId) {
        return jdbc.queryForObject("select count(*) from vote_participation where vote_id = ?", Long.class, voteId);
    }
}
