package tr.bel.izmir.bizizmir.notification;

import tr.bel.izmir.bizizmir.security.SystemActor;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tr.bel.izmir.bizizmir.assembly.AdvisoryItemInfo;
import tr.bel.izmir.bizizmir.assembly.AdvisoryItems;
import tr.bel.izmir.bizizmir.assembly.AdvisoryVoteInfo;
import tr.bel.izmir.bizizmir.assembly.AssemblyDirectory;
import tr.bel.izmir.bizizmir.assembly.AssemblyMemberInfo;
import tr.bel.izmir.bizizmir.assembly.process.AdvisoryItemProcess;
import tr.bel.izmir.bizizmir.budgeting.BallotRule;
import tr.bel.izmir.bizizmir.budgeting.PbCycles;
import tr.bel.izmir.bizizmir.feasibility.FeasibilityChecks;
import tr.bel.izmir.bizizmir.feasibility.process.FeasibilityCheckProcess;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodImport;
import tr.bel.izmir.bizizmir.neighbourhood.ResidentRegistry;
import tr.bel.izmir.bizizmir.notification.internal.TaskNotifications;
import tr.bel.izmir.bizizmir.parkevent.ActivityType;
import tr.bel.izmir.bizizmir.parkevent.EventRequest;
import tr.bel.izmir.bizizmir.parkevent.NoiseLevel;
import tr.bel.izmir.bizizmir.parkevent.ParkEventApplications;
import tr.bel.izmir.bizizmir.parkevent.ParkManagement;
import tr.bel.izmir.bizizmir.parkevent.Blackout;
import tr.bel.izmir.bizizmir.parkevent.process.ParkEventApprovalProcess;
import tr.bel.izmir.bizizmir.proposal.ProposalCategory;
import tr.bel.izmir.bizizmir.proposal.ProposalDraft;
import tr.bel.izmir.bizizmir.proposal.ProposalSubmissions;
import tr.bel.izmir.bizizmir.proposal.process.ProposalSubmissionProcess;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.Money;
import tr.bel.izmir.bizizmir.support.TestCycles;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;
import tr.bel.izmir.bizizmir.support.TestNeighbourhoods;
import tr.bel.izmir.bizizmir.support.TestResidents;
import tr.bel.izmir.bizizmir.tasks.TaskInbox;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static tr.bel.izmir.bizizmir.notification.NotificationTesting.eventually;

/**
 * What notifies whom, through the real processes on the real engine: a resident's proposal
 * screened, a task handed to a colleague or overdue, and every BPMN timer that used to end in a
 * log line (park event reminder and missing report, the advisory answer's reminder and its
 * escalation, the overdue feasibility assessment's escalation) now tells a person.
 */
@IntegrationTest
class NotificationTriggersIT {

    @Autowired ProposalSubmissions submissions;

    @Autowired tr.bel.izmir.bizizmir.voting.VoteSchedule voteSchedule;
    @Autowired ResidentRegistry residents;
    @Autowired NeighbourhoodImport neighbourhoodImport;
    @Autowired NeighbourhoodCatalog neighbourhoods;
    @Autowired PbCycles cycles;
    @Autowired TaskInbox inbox;
    @Autowired tr.bel.izmir.bizizmir.tasks.TaskAssignments assignments;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired FeasibilityChecks feasibility;
    @Autowired TaskNotifications taskNotifications;
    @Autowired AssemblyDirectory assemblies;
    @Autowired AdvisoryItems advisory;
    @Autowired ParkEventApplications parkEvents;
    @Autowired tr.bel.izmir.bizizmir.parkevent.CivicGroups civicGroups;
    @Autowired ParkManagement parkManagement;
    @Autowired JdbcTemplate jdbc;
    @Autowired MyNotifications myNotifications;
    @Autowired Follows follows;

    static final String[] OFFICER = {"officer", "dept-participation", "dept-parks"};
    String tag;

    @BeforeEach
    void tag() {
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    /** Who was told, with which kind, in a notification whose text arguments contain the marker. */
    List<String> told(NotificationKind kind, String marker) {
        return jdbc.queryForList("select recipient from notification where kind = ? and text_args like ? order by recipient",
                String.class, kind.name(), "%" + marker + "%");
    }

    /** Who was told with this text, in a notification whose text arguments contain the marker. */
    List<String> toldWith(String textKey, String marker) {
        return jdbc.queryForList("select recipient from notification where text_key = ? and text_args like ? order by recipient",
                String.class, textKey, "%" + marker + "%");
    }

    void eventuallyTold(NotificationKind kind, String marker, String... people) {
        eventually(kind + " " + marker + " to " + List.of(people), () -> told(kind, marker).containsAll(List.of(people)));
    }

    void runJobs() {
        management.createJobQuery().executable().list().forEach(job -> management.executeJob(job.getId()));
    }

    void fire(String processKey, long businessKey, String timerId) {
        var pi = runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(Long.toString(businessKey)).singleResult();
        management.executeJob(management.createJobQuery().processInstanceId(pi.getId()).activityId(timerId).singleResult().getId());
    }

    /** A proposal of a new resident in a fresh neighbourhood with an open cycle: {author, id}. */
    Object[] proposal(String title) throws Exception {
        long neighbourhoodId = TestNeighbourhoods.fresh(neighbourhoodImport, neighbourhoods, "Bornova", "Bildirim " + tag).getId();
        LocalDate today = LocalDate.now();
        var cycle = TestCycles.collectingProposals(cycles, neighbourhoodId, "Bildirim döngüsü " + tag);
        String author = TestResidents.verified(residents, neighbourhoods, "ntf-yazar-" + tag, neighbourhoodId, 1980);
        var draft = new ProposalDraft(title, "Parkın girişine gölgelik, iki bank ve bir içme suyu çeşmesi.",
                ProposalCategory.PARKS, "Park girişi", new BigDecimal("38.462100"), new BigDecimal("27.216500"), Money.ofLira(90_000));
        long id = RunAs.user(author, () -> submissions.submit(cycle.getId(), draft, List.of(), UUID.randomUUID().toString()),
                "citizen", "resident").proposalId();
        return new Object[]{author, id};
    }

    String screeningTask(long proposalId) {
        return taskService.createTaskQuery().processDefinitionKey(ProposalSubmissionProcess.KEY)
                .processInstanceBusinessKey(Long.toString(proposalId))
                .taskDefinitionKey(ProposalSubmissionProcess.TASK_SCREEN_PROPOSAL).singleResult().getId();
    }

    @Test
    void the_author_is_told_that_her_proposal_was_rejected_in_screening_with_the_reason() throws Exception {
        String title = "Gölgelik " + tag;
        Object[] p = proposal(title);
        String author = (String) p[0];
        long id = (long) p[1];
        assertThat(told(NotificationKind.PROPOSAL_SCREENED, tag)).as("nothing yet").isEmpty();
        assertThat(RunAs.user(author, () -> follows.isFollowing("proposal", id), "citizen", "resident"))
                .as("the author follows her proposal").isTrue();

        RunAs.user("memur", () -> inbox.complete(screeningTask(id), Map.of(
                ProposalSubmissionProcess.VAR_SCREENING_DECISION, ProposalSubmissionProcess.DECISION_REJECT,
                ProposalSubmissionProcess.VAR_SCREENING_REASON, "Bu alan özel mülk; belediye burada yapım yapamaz.")), OFFICER);
        runJobs();
        eventuallyTold(NotificationKind.PROPOSAL_SCREENED, tag, author);
        var mine = RunAs.user(author, () -> myNotifications.latest(), "citizen", "resident");
        assertThat(mine).singleElement().satisfies(n -> {
            assertThat(myNotifications.text(n, tr.bel.izmir.bizizmir.shared.Messages.TURKISH))
                    .isEqualTo("“" + title + "” öneriniz ön incelemede reddedildi. Gerekçe: Bu alan özel mülk; belediye burada yapım yapamaz.");
            assertThat(n.link()).contains("proposals/" + id);
        });
    }

    @Test
    void a_task_handed_to_a_colleague_tells_the_colleague_and_an_overdue_task_tells_its_group_once() throws Exception {
        Object[] p = proposal("Çeşme " + tag);
        long id = (long) p[1];
        String task = screeningTask(id);
        RunAs.user("memur", () -> inbox.claim(task), OFFICER);
        assertThat(told(NotificationKind.TASK_ASSIGNED, tag)).as("claiming for oneself tells nobody").isEmpty();
        RunAs.user("memur", () -> assignments.handOver(task, "katilim", "Katılım masasında sıra sende"), OFFICER);
        eventuallyTold(NotificationKind.TASK_ASSIGNED, tag, "katilim");
        RunAs.user("katilim", () -> inbox.unclaim(task), "officer", "dept-participation");

        // The task passes its due date: the participation desk (its candidate group) is told, once.
        var t = taskService.createTaskQuery().taskId(task).singleResult();
        t.setDueDate(Date.from(Instant.now().minusSeconds(3600)));
        taskService.saveTask(t);
        assertThat(taskNotifications.notifyOverdue(Instant.now())).isPositive();
        eventuallyTold(NotificationKind.TASK_OVERDUE, tag, "katilim", "memur", "mudur");
        assertThat(taskNotifications.notifyOverdue(Instant.now())).as("each overdue task is reported once").isZero();

        // The morning digest counts it for the participation desk, once a day however often the schedule runs.
        assertThat(taskNotifications.dueToday(Instant.now())).filteredOn(l -> l.group().equals("dept-participation"))
                .singleElement().satisfies(l -> assertThat(l.overdue()).isPositive());
        taskNotifications.sendDigests(Instant.now());
        assertThat(taskNotifications.sendDigests(Instant.now())).as("once per group and day").isZero();
        eventually("the desk gets its digest", () -> jdbc.queryForList("select recipient from notification where kind = ? "
                + "and case_key = 'dept-participation'", String.class, NotificationKind.TASK_DIGEST.name()).contains("katilim"));
        var digest = RunAs.user("katilim", () -> myNotifications.latest(), "officer", "dept-participation").stream()
                .filter(n -> n.getKind() == NotificationKind.TASK_DIGEST).findFirst().orElseThrow();
        assertThat(myNotifications.text(digest, tr.bel.izmir.bizizmir.shared.Messages.ENGLISH))
                .as("the group is named in the reader's language").startsWith("Participation desk: ");
    }

    @Autowired tr.bel.izmir.bizizmir.voting.PublicVotes publicVotes;

    @Test
    void when_the_vote_opens_the_authors_of_the_proposals_on_the_ballot_are_told_and_no_one_else() {
        var fixtures = new tr.bel.izmir.bizizmir.voting.VoteFixtures(neighbourhoodImport, neighbourhoods, residents, cycles,
                publicVotes, voteSchedule, runtime, management, jdbc);
        var vote = fixtures.pbVote(tr.bel.izmir.bizizmir.budgeting.BallotRule.KNAPSACK, null, false, -1, 7);
        assertThat(vote.options()).hasSize(3);
        eventually("three authors told", () -> jdbc.queryForObject("select count(*) from notification where kind = ? and "
                + "text_args like ?", Long.class, NotificationKind.PROPOSAL_VOTE.name(), "%" + vote.tag() + "%") == 3);
        assertThat(jdbc.queryForObject("select count(*) from notification where text_args like ?", Long.class,
                "%Denize iskele " + vote.tag() + "%")).as("the infeasible proposal is not on the ballot").isZero();
    }

    @Autowired NotificationPreferences preferences;

    @Test
    void residents_who_opted_in_hear_that_a_vote_opened_where_they_live_and_a_day_before_it_closes_unless_they_voted() {
        var fixtures = new tr.bel.izmir.bizizmir.voting.VoteFixtures(neighbourhoodImport, neighbourhoods, residents, cycles,
                publicVotes, voteSchedule, runtime, management, jdbc);
        var pb = fixtures.pbVote(tr.bel.izmir.bizizmir.budgeting.BallotRule.KNAPSACK, null, false, 2, 3);
        long voteId = pb.vote().getId();
        String voter = fixtures.resident("ntf-oycu", pb.neighbourhoodId(), 1980);
        String forgetful = fixtures.resident("ntf-unutkan", pb.neighbourhoodId(), 1980);
        String quiet = fixtures.resident("ntf-sessiz", pb.neighbourhoodId(), 1980);
        String elsewhere = fixtures.resident("ntf-baska", fixtures.neighbourhood("Baska"), 1980);
        for (String optIn : List.of(voter, forgetful, elsewhere)) {
            RunAs.user(optIn, () -> preferences.choose(NotificationKind.VOTE_IN_MY_AREA, NotificationChannel.IN_APP), "citizen", "resident");
        }
        assertThat(RunAs.user(quiet, () -> preferences.channels().get(NotificationKind.VOTE_IN_MY_AREA), "citizen", "resident"))
                .as("opt-in: off unless chosen").isEqualTo(NotificationChannel.OFF);

        // The opening time comes (the test runs the timer rather than waiting two days).
        management.executeJob(management.createJobQuery().processInstanceId(fixtures.processOf(voteId))
                .activityId(tr.bel.izmir.bizizmir.voting.process.PublicVoteProcess.TIMER_OPENS).singleResult().getId());
        fixtures.runDueJobs(voteId);
        String title = pb.vote().getTitle();
        eventually("the residents who opted in hear the vote opened", () -> toldWith("notification.vote.opened", title)
                .equals(List.of(forgetful, voter).stream().sorted().toList()));

        // The test ran the opening timer two days early: the vote's opening time is moved to now, as if they had passed.
        jdbc.update("update vote set opens_at = ? where id = ?", java.sql.Timestamp.from(Instant.now().minusSeconds(60)), voteId);
        long cheapest = publicVotes.optionsOf(publicVotes.require(voteId)).get(2).getId();
        RunAs.user(voter, () -> publicVotes.cast(voteId, List.of(cheapest), "k-" + tag), "citizen", "resident");
        assertThat(voteSchedule.remindClosingSoon(java.time.Duration.ofDays(5))).isPositive();
        assertThat(voteSchedule.remindClosingSoon(java.time.Duration.ofDays(5))).as("once per vote").isZero();
        eventually("only the one who has not voted is reminded", () -> toldWith("notification.vote.closing-soon", title)
                .equals(List.of(forgetful)));
        assertThat(toldWith("notification.vote.opened", title)).doesNotContain(quiet, elsewhere);
    }

    @Test
    void the_author_hears_that_the_threshold_was_reached_and_that_the_feasibility_check_was_extended() throws Exception {
        Object[] p = proposal("Çeşme " + tag);
        String author = (String) p[0];
        long id = (long) p[1];
        RunAs.user("memur", () -> inbox.complete(screeningTask(id), Map.of(
                ProposalSubmissionProcess.VAR_SCREENING_DECISION, ProposalSubmissionProcess.DECISION_ACCEPT)), OFFICER);
        runJobs();
        long hood = submissions.find(id).orElseThrow().getNeighbourhoodId();
        for (String neighbour : List.of("ntf-komsu1-" + tag, "ntf-komsu2-" + tag)) {
            String who = TestResidents.verified(residents, neighbourhoods, neighbour, hood, 1985);
            RunAs.user(who, () -> submissions.support(id), "citizen", "resident");
        }
        eventuallyTold(NotificationKind.PROPOSAL_SUPPORT, tag, author);
        runJobs();
        String reason = "Zemin etüdü için ek süre gerekiyor; sonuç belediye meclisinden sonra.";
        feasibility.extend(id, LocalDate.now().plusDays(40), reason);
        eventually("the extension is told", () -> jdbc.queryForObject("select count(*) from notification where kind = ? "
                + "and recipient = ? and text_args like ?", Long.class, NotificationKind.PROPOSAL_FEASIBILITY.name(), author,
                "%" + reason + "%") == 1);
    }

    @Test
    void the_overdue_feasibility_assessment_timer_tells_the_supervisors() throws Exception {
        Object[] p = proposal("Aydınlatma " + tag);
        long id = (long) p[1];
        feasibility.request(id);
        fire(FeasibilityCheckProcess.KEY, id, FeasibilityCheckProcess.TIMER_OVERDUE);
        eventuallyTold(NotificationKind.TASK_OVERDUE, tag, "mudur");
    }

    @Test
    void the_advisory_answer_reminder_tells_the_department_and_the_overdue_timer_tells_the_supervisors() throws Exception {
        String name = "Bildirim meclisi " + tag;
        long neighbourhoodId = TestNeighbourhoods.fresh(neighbourhoodImport, neighbourhoods, "Bayindir", name).getId();
        LocalDate today = LocalDate.now();
        var assembly = SystemActor.call(() -> assemblies.establish(neighbourhoodId, name, false, today.minusDays(10)));
        SystemActor.call(() -> assemblies.enrol(assembly.getId(), "uye", AssemblyMemberInfo.Role.MEMBER, today.minusDays(10)));
        SystemActor.call(() -> assemblies.enrol(assembly.getId(), "baskan", AssemblyMemberInfo.Role.CHAIR, today.minusDays(10)));
        String title = "Bisiklet yolu " + tag;
        AdvisoryItemInfo item = RunAs.user("memur", () -> advisory.table(assembly.getId(), title,
                "Parkın kuzeyinden geçen 800 metrelik bisiklet yolu; mevcut yürüyüş yolu daralacak.", "dept-parks", 14), OFFICER);
        long id = item.getId();
        eventuallyTold(NotificationKind.ADVISORY_VOTE_OPENED, tag, "baskan", "uye");
        // dept-parks hears that the item was tabled for it, before the assembly has voted.
        eventually("the department hears of the tabling", () -> toldWith("notification.advisory.tabled", tag)
                .containsAll(List.of("memur", "mudur", "park")));

        RunAs.user("uye", () -> advisory.vote(id, AdvisoryVoteInfo.Choice.RECOMMEND, null), "citizen", "resident", "assembly-member");
        // Before the voting deadline (a window reaching past it here), only the member who has not voted is reminded, once.
        assertThat(advisory.remindBeforeDeadline(java.time.Duration.ofDays(30))).isPositive();
        assertThat(advisory.remindBeforeDeadline(java.time.Duration.ofDays(30))).as("once per item").isZero();
        eventually("the chair, who has not voted, is reminded", () -> toldWith("notification.advisory.deadline-soon", tag)
                .equals(List.of("baskan")));
        RunAs.user("baskan", () -> advisory.vote(id, AdvisoryVoteInfo.Choice.RECOMMEND, null),
                "citizen", "resident", "assembly-member", "assembly-chair");
        var process = runtime.createProcessInstanceQuery().processDefinitionKey(AdvisoryItemProcess.KEY)
                .processInstanceBusinessKey(Long.toString(id)).singleResult();
        if (management.createJobQuery().processInstanceId(process.getId()).activityId(AdvisoryItemProcess.TIMER_VOTING_DEADLINE).count() > 0) {
            fire(AdvisoryItemProcess.KEY, id, AdvisoryItemProcess.TIMER_VOTING_DEADLINE);
        }

        // The advice is recorded: the department hears that an answer is expected of it, and by when.
        eventually("the department is asked for its answer", () -> toldWith("notification.advisory.answer-requested", tag)
                .containsAll(List.of("memur", "mudur", "park")));
        fire(AdvisoryItemProcess.KEY, id, AdvisoryItemProcess.TIMER_ANSWER_REMINDER);
        // dept-parks: the officers and the park manager of the local users
        eventuallyTold(NotificationKind.ADVISORY_ANSWER_DUE, tag, "memur", "mudur", "park");
        fire(AdvisoryItemProcess.KEY, id, AdvisoryItemProcess.TIMER_ANSWER_OVERDUE);
        eventuallyTold(NotificationKind.TASK_OVERDUE, tag, "mudur");
    }

    @Test
    void the_park_event_reminder_and_the_missing_report_timers_tell_the_group() {
        var kulturpark = parkEvents.parks().stream().filter(pk -> pk.getName().equals("Kültürpark")).findFirst().orElseThrow();
        var lawn = parkEvents.areasOf(kulturpark.getId()).stream().filter(a -> a.getCapacity() == 150).findFirst().orElseThrow();
        var closed = parkManagement.upcomingBlackouts(kulturpark.getId()).stream().map(Blackout::day).toList();
        LocalDate day;
        do {
            day = LocalDate.now(IzmirTime.ZONE).plusDays(400 + ThreadLocalRandom.current().nextInt(300));
        } while (closed.contains(day));
        String rep = "ntf-temsilci-" + tag;
        var group = RunAs.user("park", () -> civicGroups.register("Grup " + rep, "konak-alsancak", rep), "park-manager", "dept-parks");
        String title = "Resim atölyesi " + tag;
        var request = new EventRequest(group.getId(), lawn.getId(), title,
                day.atTime(LocalTime.of(14, 0)).atZone(IzmirTime.ZONE).toInstant(),
                day.atTime(LocalTime.of(16, 0)).atZone(IzmirTime.ZONE).toInstant(), 60,
                true, NoiseLevel.LOW, false, ActivityType.WORKSHOP, 0, false, false, 0, 0);
        long id = RunAs.user(rep, () -> parkEvents.apply(request, UUID.randomUUID().toString()), "citizen", "civic-group").applicationId();
        String review = taskService.createTaskQuery().processInstanceBusinessKey(Long.toString(id))
                .processDefinitionKey(ParkEventApprovalProcess.KEY).taskDefinitionKey(ParkEventApprovalProcess.TASK_REVIEW)
                .singleResult().getId();
        RunAs.user("park", () -> inbox.complete(review, Map.of(ParkEventApprovalProcess.VAR_REVIEW_DECISION,
                ParkEventApprovalProcess.DECISION_APPROVE)), "park-manager", "dept-parks");
        runJobs();
        eventuallyTold(NotificationKind.PARK_EVENT_DECISION, tag, rep);

        fire(ParkEventApprovalProcess.KEY, id, ParkEventApprovalProcess.TIMER_EVENT_REMINDER);
        eventuallyTold(NotificationKind.PARK_EVENT_REMINDER, tag, rep);
        fire(ParkEventApprovalProcess.KEY, id, ParkEventApprovalProcess.TIMER_EVENT_ENDS);
        fire(ParkEventApprovalProcess.KEY, id, ParkEventApprovalProcess.TIMER_REPORT_OVERDUE);
        eventually("the report due when the event ended, and then missing", () -> toldWith("notification.park-event.report-due", tag)
                .equals(List.of(rep)) && toldWith("notification.park-event.report-overdue", tag).equals(List.of(rep)));
        assertThat(told(NotificationKind.PARK_EVENT_REPORT, tag)).as("both are about the report").hasSize(2);
        assertThat(told(NotificationKind.PARK_EVENT_REMINDER, tag)).as("one reminder before the event").hasSize(1);
    }
}
