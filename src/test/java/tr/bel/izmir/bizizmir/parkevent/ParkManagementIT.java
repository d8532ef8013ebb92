package tr.bel.izmir.bizizmir.parkevent;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import tr.bel.izmir.bizizmir.parkevent.process.ParkEventApprovalProcess;
import tr.bel.izmir.bizizmir.shared.PhotoUpload;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;
import tr.bel.izmir.bizizmir.tasks.TaskInbox;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Park managers keep parks, areas, photos and closed days on the real application and a real
 * PostgreSQL; closed days and the report deadline are respected, bad input is refused with its
 * translated reason and nothing is half-saved. Each test works in a park of its own.
 */
@IntegrationTest
class ParkManagementIT {

    @Autowired ParkManagement management;
    @Autowired ParkEventControls controls;
    @Autowired ParkEventApplications applications;
    @Autowired CivicGroups civicGroups;
    @Autowired TaskInbox inbox;
    @Autowired TaskService taskService;
    @Autowired ManagementService jobs;
    @Autowired RuntimeService runtime;
    @Autowired tr.bel.izmir.bizizmir.notification.Follows follows;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    String tag;
    LivingParkInfo park;
    ParkAreaInfo area;
    LocalDate day;

    static <T> T asManager(java.util.function.Supplier<T> action) {
        return RunAs.user("park", action, "park-manager", "dept-parks");
    }

    static ParkSpec spec(String name) {
        return new ParkSpec(name, "karsiyaka", new BigDecimal("38.4600"), new BigDecimal("27.1000"), 9, 21,
                EnumSet.of(ActivityType.ART, ActivityType.WORKSHOP, ActivityType.PLAY), "Sahil boyunca geniş çimenlik.", true);
    }

    @BeforeEach
    void ownPark() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        park = asManager(() -> management.createPark(spec("Test Parkı " + tag)));
        area = asManager(() -> management.addArea(park.getId(), "Çimenlik", 80));
        day = LocalDate.now(IzmirTime.ZONE).plusDays(30 + ThreadLocalRandom.current().nextInt(200));
    }

    static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(IzmirTime.ZONE).toInstant();
    }

    static void assertRefused(Executable action, String key) {
        assertThatThrownBy(action::execute)
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    CivicGroupInfo group(String representative) {
        return asManager(() -> civicGroups.register("Grup " + representative, "karsiyaka-bostanli", representative));
    }

    EventRequest request(CivicGroupInfo group, LocalDate on, int fromHour, int toHour, int attendance) {
        return new EventRequest(group.getId(), area.getId(), "Sahilde resim atölyesi", at(on, fromHour), at(on, toHour),
                attendance, true, NoiseLevel.LOW, false, ActivityType.WORKSHOP, 0, false, false, 0, 0);
    }

    long apply(CivicGroupInfo group, EventRequest request) {
        return RunAs.user(group.getRepresentative(), () -> applications.apply(request, UUID.randomUUID().toString()),
                "citizen", "civic-group").applicationId();
    }

    int myApplicationCount(String who) {
        return RunAs.user(who, () -> applications.myApplications().size(), "citizen", "civic-group");
    }

    void runJobs() {
        jobs.createJobQuery().executable().list().forEach(job -> jobs.executeJob(job.getId()));
    }

    void fireTimer(long applicationId, String timerId) {
        var pi = runtime.createProcessInstanceQuery().processDefinitionKey(ParkEventApprovalProcess.KEY)
                .processInstanceBusinessKey(Long.toString(applicationId)).singleResult();
        jobs.executeJob(jobs.createJobQuery().processInstanceId(pi.getId()).activityId(timerId).singleResult().getId());
    }

    /** Applies, approves in the inbox; with {@code ended}, also lets the event happen so the report is due. */
    long approvedEvent(CivicGroupInfo group, boolean ended) {
        long id = apply(group, request(group, day, 10, 12, 40));
        var review = taskService.createTaskQuery().processDefinitionKey(ParkEventApprovalProcess.KEY)
                .processInstanceBusinessKey(Long.toString(id)).taskDefinitionKey(ParkEventApprovalProcess.TASK_REVIEW).singleResult();
        RunAs.user("park", () -> inbox.complete(review.getId(), Map.of(ParkEventApprovalProcess.VAR_REVIEW_DECISION,
                ParkEventApprovalProcess.DECISION_APPROVE)), "park-manager", "dept-parks");
        runJobs();
        assertThat(applications.find(id).orElseThrow().getStatus()).isEqualTo(EventStatus.APPROVED);
        if (ended) {
            fireTimer(id, ParkEventApprovalProcess.TIMER_EVENT_REMINDER);
            fireTimer(id, ParkEventApprovalProcess.TIMER_EVENT_ENDS);
        }
        return id;
    }

    static PhotoUpload jpeg(String name, int size) {
        byte[] bytes = new byte[size];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        return new PhotoUpload(name, bytes);
    }

    @Test
    void a_park_manager_edits_a_park_and_its_areas_and_bad_input_is_refused_with_nothing_saved() {
        var edited = new ParkSpec(park.getName() + " (Bostanlı)", "karsiyaka", new BigDecimal("38.4586"),
                new BigDecimal("27.0967"), 8, 23, EnumSet.of(ActivityType.ART, ActivityType.MEETUP), "Gün batımı.", true);
        asManager(() -> management.updatePark(park.getId(), edited));
        var reread = management.park(park.getId()).orElseThrow();
        assertThat(reread.getName()).endsWith("(Bostanlı)");
        assertThat(reread.getOpeningHour()).isEqualTo(8);
        assertThat(reread.getClosingHour()).isEqualTo(23);
        assertThat(reread.getAllowedActivities()).containsExactlyInAnyOrder(ActivityType.ART, ActivityType.MEETUP);
        assertThat(reread.openStreetMapUrl()).isEqualTo("https://www.openstreetmap.org/?mlat=38.458600&mlon=27.096700#map=17/38.458600/27.096700");

        String name = "Hatalı Park " + tag;
        assertRefused(() -> asManager(() -> management.createPark(new ParkSpec(name, "karsiyaka", new BigDecimal("27.10"),
                new BigDecimal("38.46"), 9, 21, EnumSet.of(ActivityType.ART), null, true))), "parkevent.error.park-location");
        assertRefused(() -> asManager(() -> management.createPark(new ParkSpec(name, "karsiyaka", new BigDecimal("38.46"),
                new BigDecimal("27.10"), 21, 9, EnumSet.of(ActivityType.ART), null, true))), "parkevent.error.park-hours");
        assertRefused(() -> asManager(() -> management.createPark(new ParkSpec(name, "karsiyaka", new BigDecimal("38.46"),
                new BigDecimal("27.10"), 9, 21, EnumSet.noneOf(ActivityType.class), null, true))), "parkevent.error.park-activities");
        assertRefused(() -> asManager(() -> management.createPark(new ParkSpec(name, "atlantis", new BigDecimal("38.46"),
                new BigDecimal("27.10"), 9, 21, EnumSet.of(ActivityType.ART), null, true))), "parkevent.error.park-district");
        assertRefused(() -> asManager(() -> management.createPark(spec("kültürpark"))), "parkevent.error.park-name-taken");
        assertThat(applications.parks()).extracting(LivingParkInfo::getName).doesNotContain(name);

        assertRefused(() -> asManager(() -> management.addArea(park.getId(), "çimenlik", 30)), "parkevent.error.area-name-taken");
        assertRefused(() -> asManager(() -> management.addArea(park.getId(), "Oyun alanı", 0)), "parkevent.error.area-capacity");
        var playground = asManager(() -> management.addArea(park.getId(), "Oyun alanı", 30));
        asManager(() -> management.updateArea(playground.getId(), "Oyun alanı (gölgeli)", 45));
        assertThat(applications.areasOf(park.getId())).extracting(ParkAreaInfo::getName, ParkAreaInfo::getCapacity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Oyun alanı (gölgeli)", 45),
                        org.assertj.core.groups.Tuple.tuple("Çimenlik", 80));

        assertThatThrownBy(() -> RunAs.user("sivil", () -> management.createPark(spec("Yetkisiz " + tag)), "citizen", "civic-group"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void a_closed_day_refuses_new_applications_with_its_reason_and_reports_the_events_already_there() {
        var first = group("kapali1-" + tag);
        var second = group("kapali2-" + tag);
        long held = apply(first, request(first, day, 10, 12, 40));

        var result = asManager(() -> management.addBlackout(park.getId(), day, day.plusDays(2), BlackoutKind.MAINTENANCE,
                "Çim yenileme"));
        assertThat(result.days()).isEqualTo(3);
        assertThat(result.affectedEvents()).extracting(EventApplicationInfo::getId).containsExactly(held);
        // The held application was cancelled through its process, with the closure's reason for the group.
        var cancelled = applications.find(held).orElseThrow();
        assertThat(cancelled.getStatus()).isEqualTo(EventStatus.CANCELLED);
        assertThat(cancelled.getStatusReasonTr()).isEqualTo("Çim yenileme");
        assertThat(controls.cancellation(held)).get().satisfies(c -> {
            assertThat(c.isBlackout()).isTrue();
            assertThat(c.getActedBy()).isEqualTo("park");
            assertThat(c.getPreviousStatus()).isEqualTo(EventStatus.PENDING);
        });
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(Long.toString(held))
                .processDefinitionKey(ParkEventApprovalProcess.KEY).count()).as("its process ended").isZero();
        assertThat(applications.publicEvent(held)).as("a pending application never was public").isEmpty();
        assertThat(management.upcomingBlackouts(park.getId())).extracting(Blackout::day)
                .containsExactly(day, day.plusDays(1), day.plusDays(2));

        int before = myApplicationCount(second.getRepresentative());
        assertRefused(() -> apply(second, request(second, day.plusDays(1), 14, 16, 20)), "parkevent.error.blackout");
        assertThat(myApplicationCount(second.getRepresentative())).as("nothing saved").isEqualTo(before);

        assertRefused(() -> asManager(() -> management.addBlackout(park.getId(), day.plusDays(2), day.plusDays(4),
                BlackoutKind.MUNICIPAL_EVENT, "Fuar")), "parkevent.error.blackout-exists");
        assertThat(management.upcomingBlackouts(park.getId())).as("the overlapping range added no day").hasSize(3);
        assertRefused(() -> asManager(() -> management.addBlackout(park.getId(), day, day.minusDays(1),
                BlackoutKind.MAINTENANCE, "Ters")), "parkevent.error.blackout-order");
        assertRefused(() -> asManager(() -> management.addBlackout(park.getId(), LocalDate.now(IzmirTime.ZONE).minusDays(1),
                LocalDate.now(IzmirTime.ZONE), BlackoutKind.MAINTENANCE, "Dün")), "parkevent.error.blackout-past");
        assertRefused(() -> asManager(() -> management.addBlackout(park.getId(), day.plusDays(10), day.plusDays(10),
                BlackoutKind.MAINTENANCE, "")), "parkevent.error.blackout-reason");

        var blackout = management.upcomingBlackouts(park.getId()).get(1);
        asManager(() -> { management.removeBlackout(blackout.id()); return null; });
        assertThat(apply(second, request(second, day.plusDays(1), 14, 16, 20))).isPositive();
    }

    @Test
    void a_park_manager_cancels_an_approved_event_with_a_public_reason_through_its_process() {
        var organiser = group("iptal-" + tag);
        long id = approvedEvent(organiser, false);

        assertThatThrownBy(() -> RunAs.user(organiser.getRepresentative(), () -> controls.cancel(id, "Benim kararım"),
                "citizen", "civic-group")).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertRefused(() -> asManager(() -> controls.cancel(id, "   ")), "parkevent.control.error.reason-required");
        assertRefused(() -> asManager(() -> controls.cancel(id, "x".repeat(1001))), "parkevent.control.error.reason-too-long");
        assertThat(applications.find(id).orElseThrow().getStatus()).as("nothing changed").isEqualTo(EventStatus.APPROVED);
        assertThat(controls.history(id)).isEmpty();

        String neighbour = "takipci-" + tag;
        RunAs.user(neighbour, () -> follows.toggle("park-event", id), "citizen");
        asManager(() -> controls.cancel(id, "Sulama hattı patladı"));
        // The group and the event's followers are told, after the commit (issue 15).
        java.util.function.Supplier<List<String>> told = () -> jdbc.queryForList(
                "select recipient from notification where kind = 'FOLLOWED_CASE' and case_key = ?", String.class, Long.toString(id));
        tr.bel.izmir.bizizmir.notification.NotificationTesting.eventually("the cancellation is told", () -> told.get().size() >= 2);
        assertThat(told.get()).containsExactlyInAnyOrder(organiser.getRepresentative(), neighbour);
        var a = applications.find(id).orElseThrow();
        assertThat(a.getStatus()).isEqualTo(EventStatus.CANCELLED);
        assertThat(a.getStatusReasonTr()).isEqualTo("Sulama hattı patladı");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(Long.toString(id))
                .processDefinitionKey(ParkEventApprovalProcess.KEY).count()).as("its process ended").isZero();
        assertThat(controls.history(id)).singleElement().satisfies(c -> {
            assertThat(c.getReason()).isEqualTo("Sulama hattı patladı");
            assertThat(c.getActedBy()).isEqualTo("park");
            assertThat(c.isBlackout()).isFalse();
        });
        // The approved event stays on its public page, cancelled; the area is free for others.
        assertThat(applications.publicEvent(id)).get().extracting(PublicEvent::status).isEqualTo(EventStatus.CANCELLED);
        var other = group("iptal2-" + tag);
        assertThat(apply(other, request(other, day, 10, 12, 40))).isPositive();

        assertRefused(() -> asManager(() -> controls.cancel(id, "İkinci kez")), "parkevent.control.error.not-cancellable");
        assertThat(controls.history(id)).hasSize(1);
    }

    @Test
    void an_inactive_park_takes_no_applications() {
        var g = group("pasif-" + tag);
        var inactive = new ParkSpec(park.getName(), park.getDistrictCode(), park.getLatitude(), park.getLongitude(),
                park.getOpeningHour(), park.getClosingHour(), park.getAllowedActivities(), park.getDescription(), false);
        asManager(() -> management.updatePark(park.getId(), inactive));
        assertThat(applications.activeParks()).extracting(LivingParkInfo::getId).doesNotContain(park.getId());
        assertRefused(() -> apply(g, request(g, day, 10, 12, 10)), "parkevent.error.park-inactive");
    }

    @Test
    void park_photos_are_checked_by_size_type_and_count() {
        long photo = asManager(() -> management.addPhoto(park.getId(), jpeg("gol.jpg", 2048)));
        assertThat(management.photoIds(park.getId())).containsExactly(photo);
        assertThat(management.photo(photo).orElseThrow().contentType()).isEqualTo("image/jpeg");

        assertRefused(() -> asManager(() -> management.addPhoto(park.getId(), jpeg("dev.jpg", tr.bel.izmir.bizizmir.shared.Images.MAX_BYTES + 1))),
                "proposal.error.photo-too-big");
        assertRefused(() -> asManager(() -> management.addPhoto(park.getId(), new PhotoUpload("belge.jpg",
                "%PDF-1.7 not a photo".getBytes()))), "proposal.error.photo-type");
        for (int i = 1; i < ParkManagement.MAX_PARK_PHOTOS; i++) {
            int n = i;
            asManager(() -> management.addPhoto(park.getId(), jpeg("foto" + n + ".jpg", 1024)));
        }
        assertRefused(() -> asManager(() -> management.addPhoto(park.getId(), jpeg("fazla.jpg", 1024))),
                "parkevent.error.park-photo-count");
        assertThat(management.photoIds(park.getId())).hasSize(ParkManagement.MAX_PARK_PHOTOS);
        asManager(() -> { management.removePhoto(photo); return null; });
        assertThat(management.photoIds(park.getId())).hasSize(ParkManagement.MAX_PARK_PHOTOS - 1).doesNotContain(photo);
    }

    @Test
    void the_report_carries_photos_which_only_the_group_and_park_managers_see_and_bad_photos_save_nothing() {
        String rep = "rapor-" + tag;
        var g = group(rep);
        long id = approvedEvent(g, true);
        assertThat(RunAs.user(rep, () -> applications.myApplicationsWithSteps(), "citizen", "civic-group"))
                .filteredOn(m -> m.application().getId() == id).singleElement()
                .satisfies(m -> {
                    assertThat(m.nextStep()).isEqualTo(ParkEventApplications.NextStep.FILE_REPORT);
                    assertThat(m.dueAt()).isEqualTo(at(day, 12).plus(ParkEventApplications.REPORT_WITHIN));
                });

        assertRefused(() -> RunAs.user(rep, () -> applications.fileReport(id, 35, "", List.of(jpeg("a.jpg", 1024),
                jpeg("koca.jpg", tr.bel.izmir.bizizmir.shared.Images.MAX_BYTES + 1))), "citizen", "civic-group"), "proposal.error.photo-too-big");
        var six = Collections.nCopies(ParkEventApplications.MAX_REPORT_PHOTOS + 1, jpeg("x.jpg", 512));
        assertRefused(() -> RunAs.user(rep, () -> applications.fileReport(id, 35, "", six), "citizen", "civic-group"),
                "parkevent.error.report-photo-count");
        assertThat(applications.find(id).orElseThrow().getStatus()).as("nothing half-saved").isEqualTo(EventStatus.APPROVED);
        assertThat(RunAs.user(rep, () -> applications.reportPhotoIds(id), "citizen", "civic-group")).isEmpty();

        RunAs.user(rep, () -> applications.fileReport(id, 35, "Bir bank boyası çizildi", List.of(jpeg("a.jpg", 1024),
                jpeg("b.jpg", 2048))), "citizen", "civic-group");
        var reported = applications.find(id).orElseThrow();
        assertThat(reported.getStatus()).isEqualTo(EventStatus.REPORTED);
        assertThat(reported.getDamageReport()).isEqualTo("Bir bank boyası çizildi");
        assertThat(RunAs.user(rep, () -> applications.reportPhotoIds(id), "citizen", "civic-group")).hasSize(2);
        assertThat(RunAs.user("park", () -> applications.reportPhotoIds(id), "park-manager")).hasSize(2);
        assertThat(RunAs.user("baska-" + tag, () -> applications.reportPhotoIds(id), "citizen", "civic-group"))
                .as("minors may be in the photos: not for everyone").isEmpty();
        long photoId = RunAs.user(rep, () -> applications.reportPhotoIds(id), "citizen", "civic-group").get(0);
        assertThat(RunAs.user("baska-" + tag, () -> applications.reportPhoto(photoId), "citizen", "civic-group")).isEmpty();

        var close = taskService.createTaskQuery().processDefinitionKey(ParkEventApprovalProcess.KEY).processInstanceBusinessKey(Long.toString(id))
                .taskDefinitionKey(ParkEventApprovalProcess.TASK_CLOSE_EVENT).singleResult();
        assertThat(taskService.getVariable(close.getId(), ParkEventApprovalProcess.VAR_ACTUAL_ATTENDANCE)).isEqualTo(35);
        int standing = civicGroups.find(g.getId()).orElseThrow().getStanding();
        RunAs.user("park", () -> inbox.complete(close.getId(), Map.of(ParkEventApprovalProcess.VAR_DAMAGE, true,
                ParkEventApprovalProcess.VAR_NO_SHOW, false, ParkEventApprovalProcess.VAR_CLOSING_NOTE, "Bank boyandı")),
                "park-manager", "dept-parks");
        runJobs();
        assertThat(applications.find(id).orElseThrow().getStatus()).isEqualTo(EventStatus.CLOSED);
        assertThat(civicGroups.find(g.getId()).orElseThrow().getStanding())
                .as("damage lowers the standing the eligibility table reads next time")
                .isEqualTo(standing + ParkEventLifecycle.STANDING_DAMAGE);
    }

    @Test
    void a_report_before_the_event_ends_or_after_the_deadline_is_refused_and_a_missing_report_lowers_the_standing() {
        String rep = "gec-" + tag;
        var g = group(rep);
        long id = approvedEvent(g, false);
        assertRefused(() -> RunAs.user(rep, () -> applications.fileReport(id, 10, ""), "citizen", "civic-group"),
                "parkevent.error.report-early");

        fireTimer(id, ParkEventApprovalProcess.TIMER_EVENT_REMINDER);
        fireTimer(id, ParkEventApprovalProcess.TIMER_EVENT_ENDS);
        int standing = civicGroups.find(g.getId()).orElseThrow().getStanding();
        fireTimer(id, ParkEventApprovalProcess.TIMER_REPORT_OVERDUE);
        assertThat(applications.find(id).orElseThrow().getStatus()).isEqualTo(EventStatus.REPORT_OVERDUE);
        assertThat(civicGroups.find(g.getId()).orElseThrow().getStanding())
                .isEqualTo(standing + ParkEventLifecycle.STANDING_MISSING_REPORT);

        assertRefused(() -> RunAs.user(rep, () -> applications.fileReport(id, 10, ""), "citizen", "civic-group"),
                "parkevent.error.report-late");
        var a = applications.find(id).orElseThrow();
        assertThat(a.getReportedAt()).isNull();
        assertThat(a.getActualAttendance()).isNull();
    }

    @Test
    void the_review_task_shows_the_park_manager_what_was_asked_for() {
        var g = group("ozet-" + tag);
        long id = apply(g, new EventRequest(g.getId(), area.getId(), "Sokak tiyatrosu ve oyunlar", at(day, 15), at(day, 17), 60,
                true, NoiseLevel.MEDIUM, false, ActivityType.PLAY, 2, true, true, 30, 0));
        var review = taskService.createTaskQuery().processDefinitionKey(ParkEventApprovalProcess.KEY)
                .processInstanceBusinessKey(Long.toString(id)).singleResult();
        String summary = (String) taskService.getVariable(review.getId(), ParkEventApprovalProcess.VAR_EVENT_SUMMARY);
        assertThat(summary).contains("Grup: Grup ozet-" + tag, "Alan: Çimenlik (kapasite 80)", "15:00–17:00",
                "Beklenen katılımcı: 60", "Küçükler: evet", "Gürültü: orta", "Tür: oyun",
                "Destek: 2 çadır, elektrik, ses sistemi, 30 sandalye");
        assertThat(Arrays.asList(summary.split(" · "))).hasSize(8);
        // The English form text shows it in English (issue 14, English complete).
        String english = (String) taskService.getVariable(review.getId(), ParkEventApprovalProcess.VAR_EVENT_SUMMARY_EN);
        assertThat(english).contains("Group: Grup ozet-" + tag, "Area: Çimenlik (capacity 80)", "15:00–17:00",
                "Expected attendance: 60", "Minors: yes", "Noise: medium", "Kind: play",
                "Support: 2 tents, power, sound system, 30 chairs");
    }

    @Test
    void a_park_manager_registers_a_group_and_only_then_may_it_apply() {
        String rep = "yeni-" + tag;
        var g = asManager(() -> civicGroups.register("Bostanlı Gençlik " + tag, "karsiyaka-bostanli", rep));
        assertRefused(() -> asManager(() -> civicGroups.register("bostanlı gençlik " + tag, "karsiyaka-bostanli", "x")),
                "parkevent.error.group-name-taken");
        asManager(() -> { civicGroups.setRegistered(g.getId(), false); return null; });
        assertThat(asManager(civicGroups::all)).filteredOn(x -> x.getId().equals(g.getId())).singleElement()
                .satisfies(x -> assertThat(x.isRegistered()).isFalse());
        // The register is the park managers': a representative sees their suspended group but
        // can neither readmit it nor register another one, nor read the others.
        assertThat(RunAs.user(rep, civicGroups::mine, "citizen", "civic-group")).extracting(CivicGroupInfo::getId).containsExactly(g.getId());
        assertThatThrownBy(() -> RunAs.user(rep, () -> { civicGroups.setRegistered(g.getId(), true); return null; },
                "citizen", "civic-group")).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> RunAs.user(rep, () -> civicGroups.register("Başka grup " + tag, "karsiyaka-bostanli", rep),
                "citizen", "civic-group")).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> RunAs.user(rep, civicGroups::all, "citizen", "civic-group"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertRefused(() -> apply(g, request(g, day, 10, 12, 20)), "parkevent.error.group-not-registered");
        assertThat(myApplicationCount(rep)).isZero();
        asManager(() -> { civicGroups.setRegistered(g.getId(), true); return null; });
        assertThat(apply(g, request(g, day, 10, 12, 20))).isPositive();
    }

    @org.springframework.boot.test.web.server.LocalServerPort int port;

    String feed(String query) throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/api/v1/public/parks/events.ics" + query)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    void the_ical_feed_can_be_narrowed_to_a_park_or_a_district_and_links_each_event_to_its_page() throws Exception {
        var g = group("takvim-" + tag);
        long id = approvedEvent(g, false);
        String uid = "UID:parkevent-" + id + "@";
        assertThat(feed("?park=" + park.getId())).contains(uid, "/parks/events/" + id);
        assertThat(feed("?district=karsiyaka")).contains(uid);
        assertThat(feed("?district=konak")).doesNotContain(uid);
        var kulturpark = applications.parks().stream().filter(p -> p.getName().equals("Kültürpark")).findFirst().orElseThrow();
        assertThat(feed("?park=" + kulturpark.getId())).doesNotContain(uid);
    }

    @Test
    void the_inbox_files_an_event_under_the_parks_neighbourhood_not_the_groups() {
        var placed = new ParkSpec("Mavişehir Parkı " + tag, "karsiyaka", new BigDecimal("38.4700"), new BigDecimal("27.0800"), 9, 21,
                EnumSet.of(ActivityType.WORKSHOP), null, true, "karsiyaka-mavisehir");
        assertRefused(() -> asManager(() -> management.updatePark(park.getId(), new ParkSpec(park.getName(), "karsiyaka",
                park.getLatitude(), park.getLongitude(), 9, 21, EnumSet.of(ActivityType.WORKSHOP), null, true, "bornova-erzene"))),
                "parkevent.error.park-neighbourhood");
        asManager(() -> management.updatePark(park.getId(), placed));
        assertThat(management.park(park.getId()).orElseThrow().getNeighbourhoodCode()).contains("karsiyaka-mavisehir");

        var g = group("mahalle-" + tag); // a group of Bostanlı
        long id = apply(g, request(g, day, 10, 12, 30));
        var review = taskService.createTaskQuery().processDefinitionKey(ParkEventApprovalProcess.KEY)
                .processInstanceBusinessKey(Long.toString(id)).singleResult();
        var row = RunAs.user("park", () -> inbox.open(review.getId()), "park-manager", "dept-parks").orElseThrow().task();
        assertThat(row.neighbourhoodId()).isEqualTo(management.neighbourhood("karsiyaka-mavisehir").orElseThrow().getId());
    }
}
