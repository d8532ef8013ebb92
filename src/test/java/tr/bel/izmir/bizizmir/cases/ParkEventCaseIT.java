package tr.bel.izmir.bizizmir.cases;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import tr.bel.izmir.bizizmir.parkevent.ActivityType;
import tr.bel.izmir.bizizmir.parkevent.Blackout;
import tr.bel.izmir.bizizmir.parkevent.CivicGroupInfo;
import tr.bel.izmir.bizizmir.parkevent.EventRequest;
import tr.bel.izmir.bizizmir.parkevent.EventStatus;
import tr.bel.izmir.bizizmir.parkevent.LivingParkInfo;
import tr.bel.izmir.bizizmir.parkevent.NoiseLevel;
import tr.bel.izmir.bizizmir.parkevent.ParkAreaInfo;
import tr.bel.izmir.bizizmir.parkevent.ParkEventApplications;
import tr.bel.izmir.bizizmir.parkevent.ParkManagement;
import tr.bel.izmir.bizizmir.parkevent.process.ParkEventApprovalProcess;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.Messages;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;
import tr.bel.izmir.bizizmir.tasks.CaseActivity;
import tr.bel.izmir.bizizmir.tasks.TaskInbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The park event case on the real application, engine and PostgreSQL: park managers, officers,
 * supervisors and admins see it, other staff only while they hold one of its tasks; the case
 * shows what the park manager decides on (group, park, time, people, support item by item), the
 * open task and its holders, the history with the decision and its reason, notes, and the
 * group's other applications.
 */
@IntegrationTest
class ParkEventCaseIT {

    /** Days of their own, far from the other park tests' days, so no test competes for a slot. */
    static final AtomicInteger NEXT_DAY = new AtomicInteger(400 + ThreadLocalRandom.current().nextInt(200));
    static final String[] PARK = {"park-manager", "dept-parks"};

    @Autowired ParkEventCases cases;
    @Autowired ParkEventApplications applications;
    @Autowired tr.bel.izmir.bizizmir.parkevent.CivicGroups civicGroups;
    @Autowired ParkManagement parkManagement;
    @Autowired TaskInbox inbox;
    @Autowired TaskService taskService;
    @Autowired ManagementService management;

    LivingParkInfo kulturpark;
    ParkAreaInfo lawn;
    String tag;

    @BeforeEach
    void park() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        kulturpark = applications.parks().stream().filter(p -> p.getName().equals("Kültürpark")).findFirst().orElseThrow();
        lawn = applications.areasOf(kulturpark.getId()).stream().filter(a -> a.getCapacity() == 150).findFirst().orElseThrow();
    }

    LocalDate freeDay() {
        var closed = parkManagement.upcomingBlackouts(kulturpark.getId()).stream().map(Blackout::day).toList();
        LocalDate day;
        do {
            day = LocalDate.now(IzmirTime.ZONE).plusDays(NEXT_DAY.getAndIncrement());
        } while (closed.contains(day));
        return day;
    }

    static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(IzmirTime.ZONE).toInstant();
    }

    CivicGroupInfo group(String representative) {
        return RunAs.user("park", () -> civicGroups.register("Dosya grubu " + representative, "konak-alsancak", representative), PARK);
    }

    long apply(CivicGroupInfo group, String title, LocalDate day) {
        var request = new EventRequest(group.getId(), lawn.getId(), title, at(day, 11), at(day, 13), 60, true,
                NoiseLevel.MEDIUM, false, ActivityType.PLAY, 3, true, false, 40, 6);
        return RunAs.user(group.getRepresentative(), () -> applications.apply(request, UUID.randomUUID().toString()),
                "citizen", "civic-group").applicationId();
    }

    String reviewTask(long id) {
        return taskService.createTaskQuery().processInstanceBusinessKey(Long.toString(id))
                .processDefinitionKey(ParkEventApprovalProcess.KEY)
                .taskDefinitionKey(ParkEventApprovalProcess.TASK_REVIEW).singleResult().getId();
    }

    void runJobs() {
        management.createJobQuery().executable().list().forEach(job -> management.executeJob(job.getId()));
    }

    @Test
    void park_managers_officers_supervisors_and_admins_see_an_event_case_and_other_staff_only_while_they_hold_its_task() {
        var group = group("dosya-" + tag);
        long id = apply(group, "Mahalle oyun günü " + tag, freeDay());

        var seen = RunAs.user("park", () -> cases.file(id, Messages.TURKISH), PARK);
        var content = seen.content();
        assertThat(content.application().getTitle()).isEqualTo("Mahalle oyun günü " + tag);
        assertThat(content.group().getName()).isEqualTo(group.getName());
        assertThat(content.park().getName()).isEqualTo("Kültürpark");
        assertThat(content.area().getId()).isEqualTo(lawn.getId());
        assertThat(content.application().getExpectedAttendance()).isEqualTo(60);
        assertThat(content.application().getTentCount()).isEqualTo(3);
        assertThat(content.application().getChairCount()).isEqualTo(40);
        assertThat(content.application().isPowerNeeded()).isTrue();
        assertThat(content.isPublic()).as("not on the public calendar before approval").isFalse();
        assertThat(seen.trail().openTasks()).singleElement().satisfies(t -> {
            assertThat(t.taskKey()).isEqualTo(ParkEventApprovalProcess.TASK_REVIEW);
            assertThat(t.assignee()).isNull();
            assertThat(t.candidateGroups()).containsExactly("park-manager");
            assertThat(t.workable()).as("the park manager may claim it").isTrue();
        });
        for (String[] roles : List.of(new String[]{"officer"}, new String[]{"supervisor"}, new String[]{"admin"})) {
            assertThat(RunAs.user("x-" + tag, () -> cases.maySee(id), roles)).as(roles[0]).isTrue();
            assertThat(RunAs.user("x-" + tag, () -> cases.file(id, Messages.TURKISH), roles).trail().openTasks())
                    .as("%s reads the case; the review is the park managers'", roles[0])
                    .singleElement().satisfies(t -> assertThat(t.workable()).isFalse());
        }

        // Staff without a part in the case: refused, content and notes alike; the group itself has no staff case.
        for (String role : List.of("assembly-member", "assembly-chair", "moderator", "process-owner")) {
            assertThat(RunAs.user("x-" + tag, () -> cases.maySee(id), role)).as(role).isFalse();
            assertThatThrownBy(() -> RunAs.user("x-" + tag, () -> cases.file(id, Messages.TURKISH), role))
                    .as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> RunAs.user("x-" + tag, () -> cases.content(id), role))
                    .as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> RunAs.user("x-" + tag, () -> cases.addNote(id, "Benim de fikrim var"), role))
                    .as(role).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> RunAs.user(group.getRepresentative(), () -> cases.file(id, Messages.TURKISH), "citizen", "civic-group"))
                .isInstanceOf(AccessDeniedException.class);
        for (String[] roles : List.of(PARK, new String[]{"moderator"})) {
            assertThatThrownBy(() -> RunAs.user("x-" + tag, () -> cases.file(Long.MAX_VALUE, Messages.TURKISH), roles))
                    .isInstanceOfSatisfying(DomainException.NotFound.class, e -> assertThat(e.messageKey()).isEqualTo("parkevent.error.not-found"));
        }

        // A park manager hands the review to a moderator (a complaint about the group): now the moderator sees the case.
        String moderator = "mod-" + tag;
        taskService.setAssignee(reviewTask(id), moderator); // someone holds the task (hand-overs: TaskAssignmentsIT)
        assertThat(RunAs.user(moderator, () -> cases.content(id), "moderator").application().getId()).isEqualTo(id);
        RunAs.user(moderator, () -> inbox.complete(reviewTask(id), Map.of(ParkEventApprovalProcess.VAR_REVIEW_DECISION,
                ParkEventApprovalProcess.DECISION_APPROVE)), "moderator");
        runJobs();
        assertThat(RunAs.user(moderator, () -> cases.maySee(id), "moderator"))
                .as("once the task is done the case is closed to them again").isFalse();
        assertThat(RunAs.user("park", () -> cases.content(id), PARK).isPublic()).as("approved: on the public calendar").isTrue();
    }

    @Test
    void the_history_names_who_asked_for_changes_and_why_and_the_case_shows_the_due_date_notes_and_the_groups_other_events() {
        var group = group("gecmis-" + tag);
        long earlier = apply(group, "Bahar şenliği " + tag, freeDay());
        long id = apply(group, "Yaz şenliği " + tag, freeDay());
        String reason = "Lütfen çadır sayısını ikiye indirin; çimler yeni ekildi.";
        RunAs.user("park", () -> inbox.claim(reviewTask(id)), PARK);
        assertThat(RunAs.user("mudur", () -> cases.file(id, Messages.TURKISH), "officer", "supervisor").trail().openTasks())
                .singleElement().satisfies(t -> assertThat(t.assignee()).isEqualTo("park"));
        RunAs.user("park", () -> inbox.complete(reviewTask(id), Map.of(
                ParkEventApprovalProcess.VAR_REVIEW_DECISION, ParkEventApprovalProcess.DECISION_CHANGES,
                ParkEventApprovalProcess.VAR_REVIEW_REASON, reason)), PARK);
        runJobs();

        var file = RunAs.user("mudur", () -> cases.file(id, Messages.TURKISH), "officer", "supervisor");
        var application = file.content().application();
        assertThat(application.getStatus()).isEqualTo(EventStatus.CHANGES_REQUESTED);
        assertThat(file.content().nextDue()).as("the revision's last day: the lead time before the event")
                .contains(ParkEventApplications.reviseDueAt(application));
        assertThat(file.trail().history()).filteredOn(CaseActivity.Entry::isTask)
                .filteredOn(e -> e.activityId().equals(ParkEventApprovalProcess.TASK_REVIEW)).singleElement().satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("park");
                    assertThat(e.ended()).isNotNull();
                    assertThat(e.decisions()).extracting(CaseActivity.Decision::key, CaseActivity.Decision::value)
                            .contains(tuple(ParkEventApprovalProcess.VAR_REVIEW_REASON, reason));
                });
        assertThat(file.trail().openTasks()).as("now the group's to revise").singleElement()
                .satisfies(t -> assertThat(t.taskKey()).isEqualTo(ParkEventApprovalProcess.TASK_REVISE));
        assertThat(file.content().otherEventsOfGroup()).extracting(a -> a.getId()).containsExactly(earlier);

        // Notes: one park manager to the others, read by an officer; bad input refused with a reason.
        String note = "Grup geçen yıl da çimleri korumuştu; ikinci başvuruda kolaylık gösterilebilir.";
        RunAs.user("park", () -> cases.addNote(id, note), PARK);
        assertThatThrownBy(() -> RunAs.user("park", () -> cases.addNote(id, "  "), PARK))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("case.note.error.required"));
        assertThat(RunAs.user("memur", () -> cases.file(id, Messages.TURKISH), "officer").trail().notes())
                .singleElement().satisfies(n -> {
                    assertThat(n.getBody()).isEqualTo(note);
                    assertThat(n.getAuthor()).isEqualTo("park");
                });
        assertThat(RunAs.user("memur", () -> cases.file(earlier, Messages.TURKISH), "officer").trail().notes())
                .as("notes belong to their case").isEmpty();
    }
}
