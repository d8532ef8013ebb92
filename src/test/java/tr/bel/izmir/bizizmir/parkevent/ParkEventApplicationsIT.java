package tr.bel.izmir.bizizmir.parkevent;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import tr.bel.izmir.bizizmir.parkevent.internal.AreaSlots;
import tr.bel.izmir.bizizmir.parkevent.process.ParkEventApprovalProcess;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;
import tr.bel.izmir.bizizmir.tasks.TaskInbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Living Park event applications on the real application and a real PostgreSQL: apply, review
 * in the staff inbox, refusals of bad input with nothing saved, and no double-booking even when
 * two groups apply for the same slot at the same moment.
 */
@IntegrationTest
class ParkEventApplicationsIT {

    /** Every test books its own day, so tests sharing the database never compete for a slot. */
    static final AtomicInteger NEXT_DAY = new AtomicInteger(30 + ThreadLocalRandom.current().nextInt(300));

    @Autowired ParkEventApplications applications;
    @Autowired CivicGroups civicGroups;
    @Autowired TaskInbox inbox;
    @Autowired TaskService taskService;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired AreaSlots slots;
    @LocalServerPort int port;

    LivingParkInfo kulturpark;
    ParkAreaInfo lawn;
    @Autowired ParkManagement parkManagement;
    LocalDate day;
    String tag;

    @BeforeEach
    void parkAndDay() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        kulturpark = applications.parks().stream().filter(p -> p.getName().equals("Kültürpark")).findFirst().orElseThrow();
        lawn = applications.areasOf(kulturpark.getId()).stream().filter(a -> a.getCapacity() == 150).findFirst().orElseThrow();
        // A day of its own, never one of Kültürpark's closed days (the fair's set-up is seeded).
        var closed = parkManagement.upcomingBlackouts(kulturpark.getId()).stream().map(Blackout::day).toList();
        do {
            day = LocalDate.now(IzmirTime.ZONE).plusDays(NEXT_DAY.getAndIncrement());
        } while (closed.contains(day));
    }

    static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(IzmirTime.ZONE).toInstant();
    }

    /** A freshly registered group with its own representative. */
    CivicGroupInfo group(String representative) {
        return RunAs.user("park", () -> civicGroups.register("Grup " + representative, "konak-alsancak", representative),
                "park-manager", "dept-parks");
    }

    EventRequest request(CivicGroupInfo group, Instant start, Instant end, int attendance) {
        return new EventRequest(group.getId(), lawn.getId(), "Çocuklar için resim atölyesi", start, end, attendance,
                true, NoiseLevel.LOW, false, ActivityType.WORKSHOP, 0, false, false, 0, 0);
    }

    ParkEventApplications.ApplicationResult apply(String who, EventRequest request) {
        return RunAs.user(who, () -> applications.apply(request, UUID.randomUUID().toString()), "citizen", "civic-group");
    }

    void runJobs() {
        management.createJobQuery().executable().list().forEach(job -> management.executeJob(job.getId()));
    }

    String reviewTask(long applicationId) {
        return taskService.createTaskQuery().processInstanceBusinessKey(Long.toString(applicationId))
                .processDefinitionKey(ParkEventApprovalProcess.KEY)
                .taskDefinitionKey(ParkEventApprovalProcess.TASK_REVIEW).singleResult().getId();
    }

    @Test
    void a_group_applies_and_a_park_manager_approves_the_event_in_the_inbox() throws Exception {
        String rep = "temsilci-" + tag;
        var group = group(rep);
        String key = UUID.randomUUID().toString();
        var request = request(group, at(day, 14, 0), at(day, 16, 0), 60);

        var result = RunAs.user(rep, () -> applications.apply(request, key), "citizen", "civic-group");
        assertThat(result.status()).isEqualTo(EventStatus.PENDING);
        var again = RunAs.user(rep, () -> applications.apply(request, key), "citizen", "civic-group");
        assertThat(again.applicationId()).as("a double-click gives the same application").isEqualTo(result.applicationId());
        assertThat(applications.slotsHeldBy(result.applicationId())).as("four 30-minute slots").isEqualTo(4);

        String task = reviewTask(result.applicationId());
        RunAs.user("park", () -> inbox.complete(task, Map.of(ParkEventApprovalProcess.VAR_REVIEW_DECISION,
                ParkEventApprovalProcess.DECISION_APPROVE)), "park-manager", "dept-parks");
        runJobs();

        assertThat(applications.find(result.applicationId()).orElseThrow().getStatus()).isEqualTo(EventStatus.APPROVED);
        assertThat(applications.publicCalendar(at(day, 0, 0), at(day.plusDays(1), 0, 0)))
                .extracting(EventApplicationInfo::getId).contains(result.applicationId());
        assertThat(taskService.createTaskQuery().processDefinitionKey(ParkEventApprovalProcess.KEY)
                .processInstanceBusinessKey(Long.toString(result.applicationId())).count()).as("no support requested: waiting for the reminder timer").isZero();

        // Anyone can subscribe to the public calendar without signing in.
        var feed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/public/parks/events.ics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        assertThat(feed.body()).contains("UID:parkevent-" + result.applicationId() + "@");

        // Its links use the configured portal address, never the Host a request names.
        String forged = getWithHost("/api/v1/public/parks/events.ics", "evil.example");
        assertThat(forged).startsWith("HTTP/1.1 200").contains("UID:parkevent-" + result.applicationId() + "@")
                .contains("URL:http://localhost:" + port + "/").doesNotContain("evil.example");
    }

    /** A raw request: Java's HTTP client does not let a caller choose the Host header. */
    String getWithHost(String path, String host) throws java.io.IOException {
        try (var socket = new java.net.Socket("localhost", port)) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nX-Forwarded-Host: " + host
                    + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {ParkEventApprovalProcess.DECISION_REFUSE,
            ParkEventApprovalProcess.DECISION_CHANGES})
    void refusing_or_asking_for_changes_without_a_reason_is_refused_and_the_review_stays_open(String decision) {
        var group = group("gerekce-" + decision + "-" + tag);
        var result = apply(group.getRepresentative(), request(group, at(day, 14, 0), at(day, 15, 0), 20));
        String task = reviewTask(result.applicationId());
        for (String blank : new String[]{null, "   "}) {
            Map<String, Object> values = new java.util.HashMap<>();
            values.put(ParkEventApprovalProcess.VAR_REVIEW_DECISION, decision);
            if (blank != null) {
                values.put(ParkEventApprovalProcess.VAR_REVIEW_REASON, blank);
            }
            assertThatThrownBy(() -> RunAs.user("park", () -> inbox.complete(task, values), "park-manager", "dept-parks"))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("parkevent.error.review-reason-required");
            runJobs();
            assertThat(applications.find(result.applicationId()).orElseThrow().getStatus()).isEqualTo(EventStatus.PENDING);
            assertThat(reviewTask(result.applicationId())).as("the review is still open").isEqualTo(task);
        }
        RunAs.user("park", () -> inbox.complete(task, Map.of(ParkEventApprovalProcess.VAR_REVIEW_DECISION, decision,
                ParkEventApprovalProcess.VAR_REVIEW_REASON, "Alan o gün dolu")), "park-manager", "dept-parks");
        runJobs();
        var reviewed = applications.find(result.applicationId()).orElseThrow();
        assertThat(reviewed.getStatus()).isNotEqualTo(EventStatus.PENDING);
        assertThat(reviewed.getStatusReasonTr()).as("the group sees the reason").isEqualTo("Alan o gün dolu");
    }

    @Autowired tr.bel.izmir.bizizmir.privacy.PersonalData personalData;
    @Autowired tr.bel.izmir.bizizmir.transparency.PublicTimeline timeline;

    @Test
    void the_public_timeline_shows_steps_done_when_done_and_the_reminder_as_planned() {
        var group = group("zaman-" + tag);
        var request = new EventRequest(group.getId(), lawn.getId(), "Çocuklar için resim atölyesi", at(day, 16, 0),
                at(day, 17, 0), 30, true, NoiseLevel.LOW, false, ActivityType.WORKSHOP, 1, false, false, 0, 0);
        var result = apply(group.getRepresentative(), request);
        RunAs.user("park", () -> inbox.complete(reviewTask(result.applicationId()), Map.of(
                ParkEventApprovalProcess.VAR_REVIEW_DECISION, ParkEventApprovalProcess.DECISION_APPROVE)), "park-manager", "dept-parks");
        runJobs();
        var keys = java.util.List.of(ParkEventApprovalProcess.KEY);
        var support = timeline.of(Long.toString(result.applicationId()), keys).stream()
                .filter(s -> s.activityId().equals("UserTask_ProvideSupport")).findFirst().orElseThrow();
        assertThat(support.inProgress()).as("support not provided yet: not shown as done").isTrue();
        assertThat(support.isPlanned()).isFalse();

        var task = taskService.createTaskQuery().processDefinitionKey(ParkEventApprovalProcess.KEY).processInstanceBusinessKey(Long.toString(result.applicationId()))
                .taskDefinitionKey("UserTask_ProvideSupport").singleResult();
        RunAs.user("park", () -> inbox.complete(task.getId(), Map.of("supportProvided", true)), "park-manager", "dept-parks");
        var steps = timeline.of(Long.toString(result.applicationId()), keys);
        var done = steps.stream().filter(s -> s.activityId().equals("UserTask_ProvideSupport")).findFirst().orElseThrow();
        assertThat(done.inProgress()).isFalse();
        assertThat(done.shownAt()).as("shown when it was done").isEqualTo(done.ended());
        var reminder = steps.stream().filter(s -> s.activityId().equals("Timer_EventReminder")).findFirst().orElseThrow();
        assertThat(reminder.isPlanned()).as("the reminder is still to come").isTrue();
        assertThat(reminder.shownAt()).isAfter(java.time.Instant.now()).isBefore(at(day, 16, 0));
        assertThat(steps.get(steps.size() - 1)).as("planned steps come last").isEqualTo(reminder);
    }

    @Test
    void a_representative_downloads_their_groups_and_events_and_erasure_leaves_the_event_without_their_name()
            throws Exception {
        String rep = "kvkk-" + tag;
        var group = group(rep);
        var result = apply(rep, request(group, at(day, 9, 0), at(day, 10, 0), 25));
        String export = new String(RunAs.user(rep, () -> personalData.exportJson(), "citizen", "civic-group"),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(export).contains("\"civicGroupsRepresented\"", "Grup " + rep, "\"parkEventApplications\"",
                "Çocuklar için resim atölyesi", "\"expectedAttendance\" : 25");

        RunAs.user(rep, () -> personalData.eraseMine(), "citizen", "civic-group");
        String after = new String(RunAs.user(rep, () -> personalData.exportJson(), "citizen", "civic-group"),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(after).doesNotContain("Grup " + rep, "Çocuklar için resim atölyesi");
        var event = applications.find(result.applicationId()).orElseThrow();
        assertThat(event.getApplicant()).as("the event stays on the calendar, without its applicant's name")
                .startsWith("erased-").doesNotContain(rep);
        assertThat(event.getStatus()).isEqualTo(EventStatus.PENDING);
    }

    @Test
    void a_refused_application_gives_its_slots_back() {
        var first = group("ilk-" + tag);
        var second = group("ikinci-" + tag);
        var result = apply(first.getRepresentative(), request(first, at(day, 10, 0), at(day, 12, 0), 30));
        RunAs.user("park", () -> inbox.complete(reviewTask(result.applicationId()), Map.of(
                ParkEventApprovalProcess.VAR_REVIEW_DECISION, ParkEventApprovalProcess.DECISION_REFUSE,
                ParkEventApprovalProcess.VAR_REVIEW_REASON, "Alanda bakım var")), "park-manager", "dept-parks");
        runJobs();
        var refused = applications.find(result.applicationId()).orElseThrow();
        assertThat(refused.getStatus()).isEqualTo(EventStatus.REFUSED);
        assertThat(refused.getStatusReasonTr()).isEqualTo("Alanda bakım var");
        assertThat(applications.slotsHeldBy(result.applicationId())).isZero();
        assertThat(apply(second.getRepresentative(), request(second, at(day, 10, 0), at(day, 12, 0), 30)).status())
                .isEqualTo(EventStatus.PENDING);
    }

    @Test
    void an_application_less_than_14_days_ahead_is_ineligible_with_the_reason_and_frees_its_slots() {
        var group = group("acele-" + tag);
        LocalDate soon = LocalDate.now(IzmirTime.ZONE).plusDays(5);
        var result = apply(group.getRepresentative(), request(group, at(soon, 20, 0), at(soon, 21, 0), 10));
        assertThat(result.status()).isEqualTo(EventStatus.INELIGIBLE);
        assertThat(result.reasonTr()).contains("14 gün");
        assertThat(result.reasonEn()).contains("14 days");
        assertThat(applications.slotsHeldBy(result.applicationId())).isZero();
    }

    void assertRefused(String who, EventRequest request, String key) {
        int before = RunAs.user(who, () -> applications.myApplications().size(), "citizen", "civic-group");
        assertThatThrownBy(() -> apply(who, request))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
        assertThat(RunAs.user(who, () -> applications.myApplications().size(), "citizen", "civic-group"))
                .as("nothing saved for %s", key).isEqualTo(before);
    }

    @Test
    void bad_applications_are_refused_with_their_reason_and_nothing_is_saved() {
        String rep = "hatali-" + tag;
        var group = group(rep);
        LocalDate yesterday = LocalDate.now(IzmirTime.ZONE).minusDays(1);
        assertRefused(rep, request(group, at(yesterday, 14, 0), at(yesterday, 15, 0), 10), "parkevent.error.in-past");
        assertRefused(rep, request(group, at(day, 15, 0), at(day, 14, 0), 10), "parkevent.error.end-before-start");
        assertRefused(rep, request(group, at(day, 21, 0), at(day, 23, 0), 10), "parkevent.error.outside-hours");
        assertRefused(rep, request(group, at(day, 6, 0), at(day, 9, 0), 10), "parkevent.error.outside-hours");
        assertRefused(rep, request(group, at(day, 14, 0), at(day, 15, 0), 151), "parkevent.error.over-capacity");
        assertRefused(rep, new EventRequest(group.getId(), lawn.getId(), "Ab", at(day, 14, 0), at(day, 15, 0), 10,
                false, NoiseLevel.LOW, false, ActivityType.ART, 0, false, false, 0, 0), "parkevent.error.title-length");

        var unregistered = RunAs.user("sivil", () -> civicGroups.mine(), "citizen", "civic-group").stream()
                .filter(g -> !g.isRegistered()).findFirst().orElseThrow();
        assertRefused("sivil", request(unregistered, at(day, 14, 0), at(day, 15, 0), 10), "parkevent.error.group-not-registered");
        assertRefused("baskasi-" + tag, request(group, at(day, 14, 0), at(day, 15, 0), 10), "parkevent.error.not-representative");

        var other = group("diger-" + tag);
        apply(other.getRepresentative(), request(other, at(day, 14, 0), at(day, 16, 0), 10));
        assertRefused(rep, request(group, at(day, 15, 30), at(day, 17, 0), 10), "parkevent.error.overlap");
        assertThat(apply(rep, request(group, at(day, 16, 0), at(day, 17, 0), 10)).status())
                .as("right after the other event is free").isEqualTo(EventStatus.PENDING);
    }

    @Test
    void of_two_groups_applying_for_the_same_slot_at_the_same_moment_exactly_one_gets_it() throws Exception {
        var first = group("eszaman1-" + tag);
        var second = group("eszaman2-" + tag);
        var requests = List.of(request(first, at(day, 18, 0), at(day, 20, 0), 40),
                request(second, at(day, 19, 0), at(day, 21, 0), 40));
        var gate = new CountDownLatch(1);
        List<Object> outcomes = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                var group = i == 0 ? first : second;
                var request = requests.get(i);
                futures.add(pool.submit(() -> {
                    gate.await();
                    try {
                        outcomes.add(apply(group.getRepresentative(), request));
                    } catch (DomainException e) {
                        outcomes.add(e);
                    }
                    return null;
                }));
            }
            gate.countDown();
            for (var f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(outcomes).hasSize(2);
        assertThat(outcomes).filteredOn(o -> o instanceof ParkEventApplications.ApplicationResult).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof DomainException).singleElement()
                .satisfies(o -> {
                    assertThat(o).isInstanceOf(DomainException.Conflict.class);
                    assertThat(((DomainException) o).messageKey()).isEqualTo("parkevent.error.overlap");
                });
        var winner = (ParkEventApplications.ApplicationResult) outcomes.stream()
                .filter(o -> o instanceof ParkEventApplications.ApplicationResult).findFirst().orElseThrow();
        assertThat(applications.slotsHeldBy(winner.applicationId())).isEqualTo(4);
        // Whoever lost (the early check or the insert), the database itself refuses a second booking
        // of 19:00, a slot both requests wanted.
        assertThatThrownBy(() -> slots.reserve(lawn.getId(), winner.applicationId(), at(day, 19, 0), at(day, 19, 30)))
                .as("a slot held by another application").isInstanceOf(DataIntegrityViolationException.class);
    }

    /** Timers wait for dates weeks ahead: fire the one the process waits at now. */
    void fireTimer(long applicationId, String timerId) {
        var pi = runtime.createProcessInstanceQuery().processDefinitionKey(ParkEventApprovalProcess.KEY)
                .processInstanceBusinessKey(Long.toString(applicationId)).singleResult();
        var job = management.createJobQuery().processInstanceId(pi.getId()).activityId(timerId).singleResult();
        management.executeJob(job.getId());
    }

    @Test
    void a_revised_event_is_approved_supported_reported_and_closed_and_the_groups_standing_grows() {
        String rep = "tam-" + tag;
        var group = group(rep);
        int standing = group.getStanding();
        var request = new EventRequest(group.getId(), lawn.getId(), "Mahalle piknik ve oyun günü", at(day, 11, 0),
                at(day, 13, 0), 149, true, NoiseLevel.MEDIUM, false, ActivityType.PLAY, 2, true, false, 20, 4);
        long id = apply(rep, request).applicationId();

        RunAs.user("park", () -> inbox.complete(reviewTask(id), Map.of(
                ParkEventApprovalProcess.VAR_REVIEW_DECISION, ParkEventApprovalProcess.DECISION_CHANGES,
                ParkEventApprovalProcess.VAR_REVIEW_REASON, "Lütfen katılımcı sayısını 100'ün altına indirin")),
                "park-manager", "dept-parks");
        runJobs();
        var asked = applications.find(id).orElseThrow();
        assertThat(asked.getStatus()).isEqualTo(EventStatus.CHANGES_REQUESTED);
        assertThat(asked.getStatusReasonTr()).contains("100");
        assertThatThrownBy(() -> RunAs.user("baskasi-" + tag, () -> applications.revise(id, request), "citizen", "civic-group"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("parkevent.error.not-representative"));
        var moved = new EventRequest(group.getId(), lawn.getId(), request.title(), at(day, 12, 0), at(day, 14, 0), 80,
                true, NoiseLevel.LOW, false, ActivityType.PLAY, 0, false, false, 0, 0);
        assertThatThrownBy(() -> RunAs.user(rep, () -> applications.revise(id, moved), "citizen", "civic-group"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("parkevent.error.revise-slot"));
        var fewer = new EventRequest(group.getId(), lawn.getId(), request.title(), request.startsAt(), request.endsAt(), 80,
                true, NoiseLevel.LOW, false, ActivityType.PLAY, 2, true, false, 20, 4);
        RunAs.user(rep, () -> applications.revise(id, fewer), "citizen", "civic-group");
        assertThat(applications.find(id).orElseThrow().getExpectedAttendance()).isEqualTo(80);

        RunAs.user("park", () -> inbox.complete(reviewTask(id), Map.of(
                ParkEventApprovalProcess.VAR_REVIEW_DECISION, ParkEventApprovalProcess.DECISION_APPROVE)), "park-manager", "dept-parks");
        runJobs();
        assertThat(applications.find(id).orElseThrow().getStatus()).isEqualTo(EventStatus.APPROVED);
        var support = taskService.createTaskQuery().processDefinitionKey(ParkEventApprovalProcess.KEY).processInstanceBusinessKey(Long.toString(id))
                .taskDefinitionKey(ParkEventApprovalProcess.TASK_PROVIDE_SUPPORT).singleResult();
        assertThat(support).as("tents, power, chairs and tables were asked for").isNotNull();
        RunAs.user("park", () -> inbox.complete(support.getId(), Map.of("supportProvided", true)), "park-manager", "dept-parks");

        fireTimer(id, ParkEventApprovalProcess.TIMER_EVENT_REMINDER);
        fireTimer(id, ParkEventApprovalProcess.TIMER_EVENT_ENDS);
        RunAs.user(rep, () -> applications.fileReport(id, 75, ""), "citizen", "civic-group");
        var reported = applications.find(id).orElseThrow();
        assertThat(reported.getStatus()).isEqualTo(EventStatus.REPORTED);
        assertThat(reported.getActualAttendance()).isEqualTo(75);
        assertThat(reported.getReportedAt()).isNotNull();

        var close = taskService.createTaskQuery().processDefinitionKey(ParkEventApprovalProcess.KEY).processInstanceBusinessKey(Long.toString(id))
                .taskDefinitionKey(ParkEventApprovalProcess.TASK_CLOSE_EVENT).singleResult();
        RunAs.user("park", () -> inbox.complete(close.getId(), Map.of(ParkEventApprovalProcess.VAR_DAMAGE, false,
                ParkEventApprovalProcess.VAR_NO_SHOW, false)), "park-manager", "dept-parks");
        runJobs();
        assertThat(applications.find(id).orElseThrow().getStatus()).isEqualTo(EventStatus.CLOSED);
        assertThat(civicGroups.find(group.getId()).orElseThrow().getStanding())
                .isEqualTo(standing + ParkEventLifecycle.STANDING_GOOD_EVENT);
        assertThat(applications.slotsHeldBy(id)).as("a held event stays on the calendar").isEqualTo(4);
    }

    @Test
    void a_group_withdraws_its_application_and_the_area_is_free_again() {
        var first = group("vazgecen-" + tag);
        var second = group("sonraki-" + tag);
        long id = apply(first.getRepresentative(), request(first, at(day, 9, 0), at(day, 10, 0), 20)).applicationId();
        assertThatThrownBy(() -> RunAs.user(second.getRepresentative(), () -> applications.withdraw(id), "citizen", "civic-group"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("parkevent.error.not-representative"));
        RunAs.user(first.getRepresentative(), () -> applications.withdraw(id), "citizen", "civic-group");
        assertThat(applications.find(id).orElseThrow().getStatus()).isEqualTo(EventStatus.WITHDRAWN);
        assertThat(applications.slotsHeldBy(id)).isZero();
        assertThat(taskService.createTaskQuery().processDefinitionKey(ParkEventApprovalProcess.KEY)
                .processInstanceBusinessKey(Long.toString(id)).count()).isZero();
        assertThatThrownBy(() -> RunAs.user(first.getRepresentative(), () -> applications.withdraw(id), "citizen", "civic-group"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("parkevent.error.not-withdrawable"));
        assertThat(apply(second.getRepresentative(), request(second, at(day, 9, 0), at(day, 10, 0), 20)).status())
                .isEqualTo(EventStatus.PENDING);
    }
}
