package tr.bel.izmir.bizizmir.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.jdbc.core.JdbcTemplate;
import tr.bel.izmir.bizizmir.budgeting.CyclePhase;
import tr.bel.izmir.bizizmir.budgeting.PbCycles;
import tr.bel.izmir.bizizmir.feasibility.FeasibilityAssessmentInfo;
import tr.bel.izmir.bizizmir.feasibility.FeasibilityChecks;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.neighbourhood.ResidentRegistry;
import tr.bel.izmir.bizizmir.proposal.ProposalStatus;
import tr.bel.izmir.bizizmir.proposal.ProposalSubmissions;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.Money;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;
import tr.bel.izmir.bizizmir.voting.PublicVotes;
import tr.bel.izmir.bizizmir.voting.VoteInfo;
import tr.bel.izmir.bizizmir.voting.VoteKind;
import tr.bel.izmir.bizizmir.voting.VoteOptionInfo;
import tr.bel.izmir.bizizmir.voting.VoteRule;
import tr.bel.izmir.bizizmir.voting.VoteStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * After start-up the demo resident komsu finds an open PB vote in Göztepe, made through the
 * real proposal, feasibility and vote processes, casts a knapsack ballot within the envelope
 * and gets a receipt; running every demo runner again adds nothing.
 */
@IntegrationTest
class OpenVoteDemoDataIT {

    @Autowired List<ApplicationRunner> runners;
    @Autowired PublicVotes votes;
    @Autowired ResidentRegistry residents;
    @Autowired NeighbourhoodCatalog neighbourhoods;
    @Autowired PbCycles cycles;
    @Autowired ProposalSubmissions proposals;
    @Autowired FeasibilityChecks feasibility;
    @Autowired JdbcTemplate jdbc;

    VoteInfo openVoteOfTheDemoResident() {
        var home = residents.residentOf(OpenVoteDemoData.VOTER).orElseThrow();
        assertThat(neighbourhoods.require(home.neighbourhoodId()).getCode()).isEqualTo(OpenVoteDemoData.NEIGHBOURHOOD);
        var open = votes.all().stream().filter(v -> v.getKind() == VoteKind.PB_CYCLE && v.getStatus() == VoteStatus.OPEN
                && v.getNeighbourhoodId() == home.neighbourhoodId()).toList();
        assertThat(open).as("one open PB vote in the demo resident's neighbourhood").hasSize(1);
        return open.get(0);
    }

    @Test
    void the_demo_resident_finds_an_open_pb_vote_and_casts_a_knapsack_ballot_with_a_receipt() {
        VoteInfo vote = openVoteOfTheDemoResident();
        Instant now = Instant.now();
        assertThat(vote.getRule()).isEqualTo(VoteRule.KNAPSACK);
        assertThat(vote.getBudget()).contains(OpenVoteDemoData.ENVELOPE);
        assertThat(vote.isAcceptingAt(now)).isTrue();
        assertThat(vote.getClosesAt()).isAfter(now.plus(java.time.Duration.ofDays(OpenVoteDemoData.VOTING_DAYS - 2)));
        int age = residents.residentOf(OpenVoteDemoData.VOTER).orElseThrow().ageIn(IzmirTime.now(java.time.Clock.systemUTC()).getYear());
        assertThat(age).isGreaterThanOrEqualTo(vote.getMinimumAge());
        assertThat(cycles.require(vote.getCycleId()).getPhase()).as("the cycle shows 'voting'").isEqualTo(CyclePhase.VOTING);

        // The ballot: every demo idea, feasible, at the cost the department assessed.
        List<VoteOptionInfo> options = votes.optionsOf(vote);
        assertThat(options).extracting(VoteOptionInfo::getLabel)
                .containsExactlyInAnyOrderElementsOf(OpenVoteDemoData.IDEAS.stream().map(OpenVoteDemoData.Idea::title).toList());
        Map<String, Long> assessed = new LinkedHashMap<>();
        OpenVoteDemoData.IDEAS.forEach(i -> assessed.put(i.title(), i.assessedLira()));
        for (VoteOptionInfo option : options) {
            assertThat(proposals.find(option.getProposalId()).orElseThrow().getStatus()).isEqualTo(ProposalStatus.FEASIBLE);
            assertThat(feasibility.publicView(option.getProposalId()).flatMap(FeasibilityAssessmentInfo::getCostEstimate))
                    .contains(Money.ofLira(assessed.get(option.getLabel())));
            assertThat(option.getCost()).contains(Money.ofLira(assessed.get(option.getLabel())));
        }
        Money total = options.stream().map(o -> o.getCost().orElseThrow()).reduce(Money.ZERO, Money::plus);
        assertThat(total).as("not everything fits: a real choice").isGreaterThan(OpenVoteDemoData.ENVELOPE);

        // Over the envelope: refused, nothing stored.
        List<Long> all = options.stream().map(VoteOptionInfo::getId).toList();
        long ballotsBefore = jdbc.queryForObject("select count(*) from ballot where vote_id = ?", Long.class, vote.getId());
        assertThatThrownBy(() -> RunAs.user(OpenVoteDemoData.VOTER, () -> votes.cast(vote.getId(), all, UUID.randomUUID().toString()),
                "citizen", "resident"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("vote.error.over-budget"));
        assertThat(jdbc.queryForObject("select count(*) from ballot where vote_id = ?", Long.class, vote.getId())).isEqualTo(ballotsBefore);

        // Within the envelope: a receipt, shown again under "my receipt".
        List<Long> chosen = new ArrayList<>();
        Money spent = Money.ZERO;
        for (VoteOptionInfo option : options) {
            Money cost = option.getCost().orElseThrow();
            if (spent.plus(cost).compareTo(OpenVoteDemoData.ENVELOPE) <= 0) {
                chosen.add(option.getId());
                spent = spent.plus(cost);
            }
        }
        assertThat(chosen).hasSizeGreaterThan(1).hasSizeLessThan(options.size());
        var receipt = RunAs.user(OpenVoteDemoData.VOTER, () -> votes.cast(vote.getId(), chosen, UUID.randomUUID().toString()),
                "citizen", "resident");
        assertThat(receipt.receiptCode()).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
        assertThat(receipt.optionIds()).containsExactlyInAnyOrderElementsOf(chosen);
        var mine = RunAs.user(OpenVoteDemoData.VOTER, () -> votes.myBallot(vote.getId()), "citizen", "resident").orElseThrow();
        assertThat(mine.receiptCode()).contains(receipt.receiptCode());
        assertThat(mine.optionIds()).containsExactlyInAnyOrderElementsOf(chosen);

        // The Sığacık demo resident is told why not.
        assertThatThrownBy(() -> RunAs.user("sakin", () -> votes.cast(vote.getId(), chosen, UUID.randomUUID().toString()),
                "citizen", "resident"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("vote.error.other-neighbourhood"));
    }

    @Test
    void running_every_demo_runner_again_creates_nothing_new() throws Exception {
        VoteInfo vote = openVoteOfTheDemoResident();
        var demoRunners = new ArrayList<>(runners.stream()
                .filter(r -> r.getClass().getPackageName().equals(OpenVoteDemoData.class.getPackageName())).toList());
        AnnotationAwareOrderComparator.sort(demoRunners);
        assertThat(demoRunners).hasAtLeastOneElementOfType(OpenVoteDemoData.class).hasAtLeastOneElementOfType(VotingDemoData.class);
        assertThat(demoRunners.get(demoRunners.size() - 1)).as("after the other demo runners").isInstanceOf(OpenVoteDemoData.class);

        Map<String, Long> before = counts();
        for (ApplicationRunner runner : demoRunners) {
            runner.run(null);
        }
        assertThat(counts()).isEqualTo(before);
        assertThat(openVoteOfTheDemoResident().getId()).isEqualTo(vote.getId());
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("neighbourhood", "census_entry", "resident", "verification_attempt", "pb_cycle", "proposal",
                "proposal_support", "feasibility_assessment", "vote", "vote_option", "ballot", "vote_participation",
                "consultation", "consultation_comment", "pb_allocation", "impl_project", "impl_update", "assembly",
                "assembly_member", "advisory_item", "assembly_meeting", "assembly_membership_application", "living_park",
                "park_area", "park_event_application", "act_ru_execution", "act_ru_task", "act_ru_job", "act_hi_procinst")) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }
}
