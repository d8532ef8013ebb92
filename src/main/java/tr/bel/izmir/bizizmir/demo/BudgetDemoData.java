package tr.bel.izmir.bizizmir.demo;

import tr.bel.izmir.bizizmir.security.SystemActor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tr.bel.izmir.bizizmir.budgeting.AllocationRule;
import tr.bel.izmir.bizizmir.budgeting.BallotRule;
import tr.bel.izmir.bizizmir.budgeting.BudgetAllocations;
import tr.bel.izmir.bizizmir.budgeting.CyclePhase;
import tr.bel.izmir.bizizmir.budgeting.CycleSpec;
import tr.bel.izmir.bizizmir.budgeting.CycleVoteResult;
import tr.bel.izmir.bizizmir.budgeting.ImplementationProjects;
import tr.bel.izmir.bizizmir.budgeting.ImplementationStatus;
import tr.bel.izmir.bizizmir.budgeting.PbCycles;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.Money;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A past PB cycle in Bostanlı (Karşıyaka) whose vote closed last month: its published results
 * (greedy by votes) and the winners under implementation with an update or two, so the
 * results page and the project pages show something real. Idempotent.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "bizizmir.demo-data.enabled", havingValue = "true")
class BudgetDemoData implements ApplicationRunner {

    static final String NEIGHBOURHOOD = "karsiyaka-bostanli";

    private final PbCycles cycles;
    private final BudgetAllocations allocations;
    private final ImplementationProjects projects;
    private final NeighbourhoodCatalog neighbourhoods;
    private final Clock clock;

    @Autowired
    BudgetDemoData(PbCycles cycles, BudgetAllocations allocations, ImplementationProjects projects,
                   NeighbourhoodCatalog neighbourhoods, Clock clock) {
        this.cycles = cycles;
        this.allocations = allocations;
        this.projects = projects;
        this.neighbourhoods = neighbourhoods;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var neighbourhood = neighbourhoods.byCode(NEIGHBOURHOOD);
        if (neighbourhood.isEmpty() || cycles.openCycleOf(neighbourhood.get().getId()).isPresent()) {
            return;
        }
        LocalDate today = IzmirTime.now(clock).toLocalDate();
        var cycle = SystemActor.call(() -> cycles.open(new CycleSpec(neighbourhood.get().getId(),
                "Bostanlı Katılımcı Bütçe " + today.minusYears(1).getYear(), Money.ofLira(750_000), CyclePhase.ALLOCATION,
                today.minusDays(120), today.minusDays(90), today.minusDays(50), today.minusDays(30),
                25, 3, 16, BallotRule.KNAPSACK, AllocationRule.GREEDY)));
        // Demo proposal ids far above real ones: these projects have no proposal page.
        long base = 900_000L + cycle.getId() * 10;
        var ballot = List.of(
                new CycleVoteResult.BallotProject(base + 1, "Sahil yoluna bisiklet park yerleri", Money.ofLira(120_000)),
                new CycleVoteResult.BallotProject(base + 2, "Çocuk parkına gölgelik", Money.ofLira(180_000)),
                new CycleVoteResult.BallotProject(base + 3, "Semt kütüphanesine sesli kitaplar", Money.ofLira(60_000)),
                new CycleVoteResult.BallotProject(base + 4, "Mahalle evinde engelsiz rampa ve asansör", Money.ofLira(420_000)),
                new CycleVoteResult.BallotProject(base + 5, "Pazar yerine içme suyu çeşmeleri", Money.ofLira(90_000)),
                new CycleVoteResult.BallotProject(base + 6, "Kapalı basketbol sahası", Money.ofLira(900_000)));
        int[] popularity = {55, 70, 35, 60, 30, 75};
        Random random = new Random(2026);
        List<Set<Long>> ballots = new ArrayList<>();
        for (int v = 0; v < 240; v++) {
            Set<Long> chosen = new java.util.TreeSet<>();
            for (int p = 0; p < ballot.size(); p++) {
                if (random.nextInt(100) < popularity[p] * 2 / 3) {
                    chosen.add(ballot.get(p).proposalId());
                }
            }
            ballots.add(chosen);
        }
        SystemActor.call(() -> allocations.publishPastVote(cycle.getId(), new CycleVoteResult(cycle.getId(), ballot, ballots), "butce"));
        var funded = projects.ofCycle(cycle.getId());
        if (!funded.isEmpty()) {
            SystemActor.call(() -> projects.report(funded.get(0).getId(), new ImplementationProjects.Report(ImplementationStatus.TENDERING, 10,
                    "İhale ilanı yayımlandı; teklifler ay sonuna kadar alınıyor.", List.of()), "memur"));
            SystemActor.call(() -> projects.report(funded.get(0).getId(), new ImplementationProjects.Report(ImplementationStatus.IN_PROGRESS, 40,
                    "Yüklenici işe başladı; zemin hazırlığı tamamlandı.", List.of()), "memur"));
        }
        if (funded.size() > 1) {
            SystemActor.call(() -> projects.report(funded.get(1).getId(), new ImplementationProjects.Report(ImplementationStatus.COMPLETED, 100,
                    "Proje tamamlandı ve hizmete açıldı.", List.of()), "memur"));
        }
    }
}
