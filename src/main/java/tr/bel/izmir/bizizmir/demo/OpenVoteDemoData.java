package tr.bel.izmir.bizizmir.demo;

import tr.bel.izmir.bizizmir.security.SystemActor;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tr.bel.izmir.bizizmir.budgeting.AllocationRule;
import tr.bel.izmir.bizizmir.budgeting.BallotRule;
import tr.bel.izmir.bizizmir.budgeting.CyclePhase;
import tr.bel.izmir.bizizmir.budgeting.CycleSpec;
import tr.bel.izmir.bizizmir.budgeting.PbCycleInfo;
import tr.bel.izmir.bizizmir.budgeting.PbCycles;
import tr.bel.izmir.bizizmir.feasibility.process.FeasibilityCheckProcess;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.neighbourhood.ResidentRegistry;
import tr.bel.izmir.bizizmir.neighbourhood.TcKimlikNo;
import tr.bel.izmir.bizizmir.proposal.ProposalCategory;
import tr.bel.izmir.bizizmir.proposal.ProposalDraft;
import tr.bel.izmir.bizizmir.proposal.ProposalStatus;
import tr.bel.izmir.bizizmir.proposal.ProposalSubmissions;
import tr.bel.izmir.bizizmir.proposal.process.ProposalSubmissionProcess;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.Money;
import tr.bel.izmir.bizizmir.tasks.InboxFilter;
import tr.bel.izmir.bizizmir.tasks.InboxTask;
import tr.bel.izmir.bizizmir.tasks.TaskInbox;
import tr.bel.izmir.bizizmir.voting.PublicVotes;
import tr.bel.izmir.bizizmir.voting.VoteInfo;
import tr.bel.izmir.bizizmir.voting.VoteStatus;
import tr.bel.izmir.bizizmir.voting.process.PublicVoteProcess;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A PB public vote that is open on the day the demo starts, so the ballot, the receipt and
 * "my receipt" can be tried at once (the pilot cycles only vote in about 75 days).
 * <p>
 * A small cycle in Göztepe (Konak), after the other demo runners: the demo resident
 * {@value #VOTER} (local user, verified here in the Göztepe census) and two neighbours without a
 * login submit five neighbourhood projects; they go through the real chain as staff would
 * move them in the inbox (memur screens, the neighbours support up to the threshold, the
 * department assesses with a cost, mudur approves the costly ones), so all five are FEASIBLE
 * with assessed costs. The cycle's voting days start today: the vote is scheduled and its
 * PublicVoteProcess opening timer, due at once, is run here (the job executor may get there
 * first; either is fine). The Sığacık demo residents cannot vote here: a person is a resident
 * of one neighbourhood, and Sığacık's own pilot cycle is still collecting proposals.
 * <p>
 * Idempotent: every step looks first (fixed submission keys, existing supports, the vote of
 * the cycle), and once the vote has opened a restart does nothing at all.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "bizizmir.demo-data.enabled", havingValue = "true")
public class OpenVoteDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OpenVoteDemoData.class);

    static final String NEIGHBOURHOOD = "konak-goztepe";
    /** The demo resident who can vote here (a local user, password {@code demo}). */
    static final String VOTER = "komsu";
    static final String TITLE_PREFIX = "Göztepe Katılımcı Bütçe ";
    static final Money ENVELOPE = Money.ofLira(1_000_000);
    static final int SUPPORT_THRESHOLD = 2;
    static final int MINIMUM_AGE = 16;
    /** Voting runs from today for three weeks (today included). */
    static final int VOTING_DAYS = 21;

    /** Göztepe residents (numbers valid, invented); only the first one has a login. */
    record Neighbour(String username, String firstNineDigits, int birthYear) {
    }

    static final List<Neighbour> NEIGHBOURS = List.of(
            new Neighbour(VOTER, "100000011", 1991),
            new Neighbour("goztepe-sakini-2", "100000012", 1958),
            new Neighbour("goztepe-sakini-3", "100000013", 1984));

    /** A proposal and what the department found when it assessed it. */
    record Idea(String author, String title, String description, ProposalCategory category, String location,
                BigDecimal latitude, BigDecimal longitude, long proposedLira, long assessedLira, String timeline,
                String explanation) {
    }

    static final List<Idea> IDEAS = List.of(
            new Idea(VOTER, "Susuzdede Parkı'na engelsiz çocuk oyun alanı",
                    "Parkın üst terasındaki eskimiş oyun alanı yenilensin: darbe emici kauçuk zemin, tekerlekli sandalyeyle "
                            + "kullanılabilen salıncak ve dönence, ebeveynler için gölgelikli banklar.",
                    ProposalCategory.PARKS, "Susuzdede Parkı, üst teras", new BigDecimal("38.394700"), new BigDecimal("27.081600"),
                    380_000, 420_000, "4 ay",
                    "Alan belediyeye ait ve uygun. Zemin ve engelsiz oyun ekipmanıyla maliyet 420.000 TL; yaz başına yetişir."),
            new Idea("goztepe-sakini-2", "Göztepe sahiline açık hava spor aletleri",
                    "Sahil yürüyüş yolunda sabahları çok kişi yürüyor. Yaşlılar ve gençler için on iki parçalık bir açık hava "
                            + "spor alanı kurulsun, yanına kullanım tabelası konsun.",
                    ProposalCategory.SPORTS, "Mustafa Kemal Sahil Bulvarı, Göztepe İskelesi'nin batısı",
                    new BigDecimal("38.398900"), new BigDecimal("27.082900"), 150_000, 165_000, "2 ay",
                    "Sahil bandında yeşil alan içinde uygun bir yer var. On iki alet, kauçuk zemin ve tabela ile 165.000 TL."),
            new Idea("goztepe-sakini-3", "Göztepe İskelesi'ne bisiklet park yeri ve tamir istasyonu",
                    "İskeleye ve tramvay durağına bisikletle gelenler bisikletini ağaçlara bağlıyor. Yirmi bisikletlik kapalı "
                            + "bir park yeri ile hava pompalı bir tamir istasyonu yapılsın.",
                    ProposalCategory.ROADS, "Göztepe İskelesi ve tramvay durağı arası", new BigDecimal("38.399300"),
                    new BigDecimal("27.084200"), 120_000, 135_000, "6 hafta",
                    "Yaya akışını kesmeyen bir yer belirlendi. Üstü kapalı park yeri ve tamir istasyonu 135.000 TL."),
            new Idea(VOTER, "Ara sokaklarda kaldırım rampaları ve hissedilebilir yüzey",
                    "Tramvay durağından Mithatpaşa Caddesi'ne çıkan ara sokaklarda kaldırımlara rampa yok; bebek arabası ve "
                            + "tekerlekli sandalyeyle geçilemiyor. Köşelere rampa ve görme engelliler için kılavuz yüzey yapılsın.",
                    ProposalCategory.ACCESSIBILITY, "Mithatpaşa Caddesi ile sahil arasındaki ara sokaklar", null, null,
                    300_000, 340_000, "3 ay",
                    "Yirmi dört köşe incelendi; on sekizinde rampa ve kılavuz yüzey yapılabilir. Maliyet 340.000 TL."),
            new Idea("goztepe-sakini-2", "Muhtarlık bahçesine kitap takas dolabı ve okuma köşesi",
                    "Muhtarlığın bahçesine yağmura dayanıklı bir kitap takas dolabı, iki bank ve bir gölgelik konsun; "
                            + "mahalleli kitaplarını paylaşsın, çocuklar okusun.",
                    ProposalCategory.CULTURE, "Göztepe Mahalle Muhtarlığı bahçesi", null, null, 45_000, 60_000, "1 ay",
                    "Muhtarlık bahçesi uygun. Dolap, bank ve gölgelikle 60.000 TL; kitapları kütüphane birimi sağlar."));

    /** Demo staff who work the inbox here, with their roles and department groups (as in application.yaml). */
    private static final Map<String, String[]> STAFF = new LinkedHashMap<>();

    static {
        STAFF.put("memur", new String[] {"officer", "dept-participation", "dept-parks", "dept-works"});
        STAFF.put("mudur", new String[] {"officer", "supervisor", "dept-participation", "dept-parks", "dept-works", "dept-culture", "dept-environment"});
    }

    private static final int MAX_ROUNDS = 8;

    private final NeighbourhoodCatalog neighbourhoods;
    private final ResidentRegistry residents;
    private final PbCycles cycles;
    private final ProposalSubmissions proposals;
    private final TaskInbox inbox;
    private final PublicVotes votes;
    private final tr.bel.izmir.bizizmir.voting.VoteSchedule schedule;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final Clock clock;

    public OpenVoteDemoData(NeighbourhoodCatalog neighbourhoods, ResidentRegistry residents, PbCycles cycles,
                            ProposalSubmissions proposals, TaskInbox inbox, PublicVotes votes,
                            tr.bel.izmir.bizizmir.voting.VoteSchedule schedule, RuntimeService runtime,
                            ManagementService management, Clock clock) {
        this.schedule = schedule;
        this.neighbourhoods = neighbourhoods;
        this.residents = residents;
        this.cycles = cycles;
        this.proposals = proposals;
        this.inbox = inbox;
        this.votes = votes;
        this.runtime = runtime;
        this.management = management;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        var neighbourhood = neighbourhoods.byCode(NEIGHBOURHOOD);
        if (neighbourhood.isEmpty()) {
            return;
        }
        long neighbourhoodId = neighbourhood.get().getId();
        var existing = cycles.openCycleOf(neighbourhoodId);
        if (existing.isPresent() && (!existing.get().getTitle().startsWith(TITLE_PREFIX)
                || votes.ofCycle(existing.get().getId()).map(v -> v.getStatus() != VoteStatus.SCHEDULED).orElse(false))) {
            return; // someone else's cycle, or ours with its vote already opened (or over)
        }
        verifyNeighbours(neighbourhoodId);
        LocalDate today = IzmirTime.now(clock).toLocalDate();
        PbCycleInfo cycle = existing.orElseGet(() -> SystemActor.call(() -> cycles.open(new CycleSpec(neighbourhoodId,
                TITLE_PREFIX + today.getYear(), ENVELOPE, CyclePhase.SUBMISSION,
                today.minusDays(30), today, today, today.plusDays(VOTING_DAYS - 1),
                SUPPORT_THRESHOLD, 3, MINIMUM_AGE, BallotRule.KNAPSACK, AllocationRule.GREEDY))));
        if (cycle.getPhase() == CyclePhase.SUBMISSION) {
            var submitted = submit(cycle);
            moveToFeasible(neighbourhoodId, submitted);
        }
        VoteInfo vote = votes.ofCycle(cycle.getId()).orElseGet(() -> SystemActor.call(() -> schedule.scheduleCycleVote(cycle.getId(), null, true)));
        if (vote.getStatus() == VoteStatus.SCHEDULED && !vote.getOpensAt().isAfter(clock.instant())) {
            runDueJobs(PublicVoteProcess.KEY, List.of(vote.getId()));
        }
        log.info("Demo PB vote '{}' is {} with {} projects", vote.getTitle(), votes.require(vote.getId()).getStatus(),
                votes.optionsOf(votes.require(vote.getId())).size());
    }

    private void verifyNeighbours(long neighbourhoodId) throws IOException {
        for (Neighbour n : NEIGHBOURS) {
            if (residents.residentOf(n.username()).isEmpty()) {
                String tckn = TcKimlikNo.complete(n.firstNineDigits());
                SystemActor.call(() -> residents.importCensus(new ByteArrayInputStream(
                        (tckn + ";" + n.birthYear() + ";" + NEIGHBOURHOOD + "\n").getBytes(StandardCharsets.UTF_8))));
                residents.verify(n.username(), tckn, n.birthYear(), neighbourhoodId, true);
            }
        }
    }

    /** Submits the ideas as their authors; the keys name the cycle, so a repeat finds the same proposals. */
    private Map<Long, Idea> submit(PbCycleInfo cycle) {
        Map<Long, Idea> byProposal = new LinkedHashMap<>();
        for (int i = 0; i < IDEAS.size(); i++) {
            Idea idea = IDEAS.get(i);
            String key = "demo-cycle-" + cycle.getId() + "-" + (i + 1);
            var result = DemoUser.as(idea.author(), () -> proposals.submit(cycle.getId(), new ProposalDraft(idea.title(),
                    idea.description(), idea.category(), idea.location(), idea.latitude(), idea.longitude(),
                    Money.ofLira(idea.proposedLira())), key), "citizen", "resident");
            byProposal.put(result.proposalId(), idea);
        }
        return byProposal;
    }

    /**
     * Moves the proposals on until each is feasible, as the people in the chain would: staff
     * complete their inbox tasks, neighbours support, and the process steps that wait for the
     * job executor are run here.
     */
    private void moveToFeasible(long neighbourhoodId, Map<Long, Idea> submitted) {
        Set<Long> ids = submitted.keySet();
        for (int round = 0; round < MAX_ROUNDS && !allFeasible(ids); round++) {
            runDueJobs(ProposalSubmissionProcess.KEY, ids);
            runDueJobs(FeasibilityCheckProcess.KEY, ids);
            workInbox(neighbourhoodId, submitted);
            runDueJobs(ProposalSubmissionProcess.KEY, ids);
            runDueJobs(FeasibilityCheckProcess.KEY, ids);
            support(submitted);
        }
        if (!allFeasible(ids)) {
            log.warn("Demo PB proposals in Göztepe did not all become feasible: {}", ids.stream()
                    .map(id -> id + "=" + proposals.find(id).map(p -> p.getStatus().name()).orElse("?")).toList());
        }
    }

    private boolean allFeasible(Collection<Long> ids) {
        return ids.stream().allMatch(id -> proposals.find(id).map(p -> p.getStatus() == ProposalStatus.FEASIBLE).orElse(false));
    }

    private void workInbox(long neighbourhoodId, Map<Long, Idea> submitted) {
        var filter = new InboxFilter(null, neighbourhoodId, InboxFilter.Due.ANY, false,
                InboxFilter.Assignment.MINE_AND_GROUPS, null);
        STAFF.forEach((username, roles) -> {
            List<InboxTask> tasks = DemoUser.as(username, () -> inbox.page(filter, TaskInbox.Sort.CREATED, true, 0, 100), roles);
            for (InboxTask task : tasks) {
                Idea idea = task.businessKey() == null ? null : submitted.get(Long.valueOf(task.businessKey()));
                if (idea == null || !(ProposalSubmissionProcess.KEY.equals(task.processKey())
                        || FeasibilityCheckProcess.KEY.equals(task.processKey()))) {
                    continue;
                }
                Map<String, Object> form = switch (task.taskKey()) {
                    case ProposalSubmissionProcess.TASK_SCREEN_PROPOSAL ->
                            Map.of(ProposalSubmissionProcess.VAR_SCREENING_DECISION, ProposalSubmissionProcess.DECISION_ACCEPT);
                    case FeasibilityCheckProcess.TASK_ASSESS -> Map.of(
                            FeasibilityCheckProcess.VAR_FEASIBLE, "true",
                            "legalCheck", true,
                            FeasibilityCheckProcess.VAR_COST_ESTIMATE, idea.assessedLira(),
                            FeasibilityCheckProcess.VAR_TIMELINE, idea.timeline(),
                            FeasibilityCheckProcess.VAR_PUBLIC_EXPLANATION, idea.explanation());
                    case FeasibilityCheckProcess.TASK_APPROVE ->
                            Map.of(FeasibilityCheckProcess.VAR_APPROVAL_DECISION, FeasibilityCheckProcess.APPROVE);
                    default -> null;
                };
                if (form != null) {
                    DemoUser.as(username, () -> inbox.complete(task.id(), form), roles);
                }
            }
        });
    }

    /** Each neighbour supports the others' proposals that are collecting support. */
    private void support(Map<Long, Idea> submitted) {
        for (var entry : submitted.entrySet()) {
            for (Neighbour n : NEIGHBOURS) {
                boolean collecting = proposals.find(entry.getKey())
                        .map(p -> p.getStatus() == ProposalStatus.COLLECTING_SUPPORT).orElse(false);
                if (collecting && !n.username().equals(entry.getValue().author())
                        && !DemoUser.as(n.username(), () -> proposals.hasSupported(entry.getKey()), "citizen", "resident")) {
                    DemoUser.as(n.username(), () -> proposals.support(entry.getKey()), "citizen", "resident");
                }
            }
        }
    }

    /**
     * Runs the due jobs (async continuations, due timers) of these cases' processes, as the job
     * executor would. When the executor runs one at the same moment, one of the two loses on
     * optimistic locking and the other's result stands.
     */
    private void runDueJobs(String processKey, Collection<Long> businessKeys) {
        for (int round = 0; round < 20; round++) {
            List<Job> due = new ArrayList<>();
            for (Long key : businessKeys) {
                runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
                        .processInstanceBusinessKey(key.toString()).list()
                        .forEach(pi -> due.addAll(management.createJobQuery().processInstanceId(pi.getId()).executable().list()));
            }
            if (due.isEmpty()) {
                return;
            }
            for (Job job : due) {
                try {
                    management.executeJob(job.getId());
                } catch (OptimisticLockingException raced) {
                    log.debug("Job {} was run by the job executor at the same time", job.getId());
                } catch (ProcessEngineException e) {
                    if (management.createJobQuery().jobId(job.getId()).count() > 0) {
                        throw e;
                    }
                    log.debug("Job {} was already run by the job executor", job.getId());
                }
            }
        }
    }
}
