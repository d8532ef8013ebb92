package tr.bel.izmir.bizizmir.support;

import tr.bel.izmir.bizizmir.budgeting.AllocationRule;
import tr.bel.izmir.bizizmir.budgeting.BallotRule;
import tr.bel.izmir.bizizmir.budgeting.CyclePhase;
import tr.bel.izmir.bizizmir.budgeting.CycleSpec;
import tr.bel.izmir.bizizmir.budgeting.PbCycleInfo;
import tr.bel.izmir.bizizmir.budgeting.PbCycles;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.Money;

import java.time.Clock;
import java.time.LocalDate;

/**
 * A PB cycle of a test's own, opened by an admin the way a coordinator opens one: collecting
 * proposals since yesterday for 30 days, voting from day 40 to 50, an envelope of ₺500,000, a
 * support threshold of 2, two proposals per resident, knapsack ballot, greedy allocation.
 */
public final class TestCycles {

    private TestCycles() {
    }

    public static PbCycleInfo collectingProposals(PbCycles cycles, long neighbourhoodId, String title) {
        LocalDate today = IzmirTime.now(Clock.systemUTC()).toLocalDate();
        return RunAs.user("admin", () -> cycles.open(new CycleSpec(neighbourhoodId, title, Money.ofLira(500_000),
                CyclePhase.SUBMISSION, today.minusDays(1), today.plusDays(30), today.plusDays(40), today.plusDays(50),
                2, 2, 16, BallotRule.KNAPSACK, AllocationRule.GREEDY)), "admin");
    }
}
