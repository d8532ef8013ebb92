package tr.bel.izmir.bizizmir.assembly;

import tr.bel.izmir.bizizmir.security.SystemActor;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodImport;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;
import tr.bel.izmir.bizizmir.support.TestNeighbourhoods;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Meetings on the real application and PostgreSQL: the chair schedules with an agenda, members
 * confirm, the secretary publishes minutes and attendance with the quorum; bad input is refused.
 * The chair changes, reschedules and cancels meetings with the notice period, keeps the record
 * when there is no secretary and appoints one (issue 14, bug 5).
 */
@IntegrationTest
class AssemblyMeetingIT {

    static final String[] MEMBER = {"citizen", "assembly-member"};
    static final String[] CHAIR = {"citizen", "assembly-member", "assembly-chair"};

    @Autowired NeighbourhoodImport neighbourhoodImport;
    @Autowired NeighbourhoodCatalog neighbourhoods;
    @Autowired AssemblyDirectory assemblies;
    @Autowired AssemblyMeetings meetings;
    @Autowired JdbcTemplate jdbc;
    @Autowired AdvisoryItems advisory;
    @Autowired AssemblyMemberships memberships;

    AssemblyInfo assembly;
    String secretary;
    String fourth;

    /** Four serving members: uye, baskan (chair), a secretary and a fourth member. */
    @BeforeEach
    void assemblyWithFourMembers() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String name = "Toplanti " + tag;
        long neighbourhoodId = TestNeighbourhoods.fresh(neighbourhoodImport, neighbourhoods, "Foca", name).getId();
        LocalDate start = LocalDate.now().minusDays(50);
        assembly = SystemActor.call(() -> assemblies.establish(neighbourhoodId, name + " Mahalle Meclisi", false, start));
        secretary = "yazman-" + tag;
        fourth = "dorduncu-" + tag;
        SystemActor.call(() -> assemblies.enrol(assembly.getId(), "uye", AssemblyMemberInfo.Role.MEMBER, start));
        SystemActor.call(() -> assemblies.enrol(assembly.getId(), "baskan", AssemblyMemberInfo.Role.CHAIR, start));
        SystemActor.call(() -> assemblies.enrol(assembly.getId(), secretary, AssemblyMemberInfo.Role.SECRETARY, start));
        SystemActor.call(() -> assemblies.enrol(assembly.getId(), fourth, AssemblyMemberInfo.Role.MEMBER, start));
    }

    static void refused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    AssemblyMeeting schedule(List<String> agenda) {
        return RunAs.user("baskan", () -> meetings.schedule(assembly.getId(), LocalDateTime.now().plusDays(7).withHour(19).withMinute(0),
                "Muhtarlık toplantı salonu", "https://toplanti.izmir.bel.tr/meclis", agenda), CHAIR);
    }

    /** Who got the assembly-meeting notification with this text about this meeting. */
    List<String> told(String textKey, long meetingId) {
        return jdbc.queryForList("select recipient from notification where kind = 'ASSEMBLY_MEETING' and text_key = ? "
                + "and case_key = ? order by recipient", String.class, textKey, Long.toString(meetingId));
    }

    /** The meeting's time comes (the test moves it rather than waiting a week). */
    void held(long meetingId) {
        jdbc.update("update assembly_meeting set starts_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(2, ChronoUnit.HOURS)), meetingId);
    }

    @Test
    void the_chair_schedules_members_confirm_and_the_secretary_publishes_minutes_with_quorum() {
        var meeting = schedule(List.of("Kordon bisiklet yolu danışma konusu", "", "Pazar yeri düzenlemesi"));
        // The other serving members are told, the chair who scheduled it is not (issue 15).
        tr.bel.izmir.bizizmir.notification.NotificationTesting.eventually("members told of the meeting",
                () -> told("notification.meeting.scheduled", meeting.getId()).equals(List.of(fourth, secretary, "uye").stream().sorted().toList()));
        var view = meetings.find(meeting.getId()).orElseThrow();
        assertThat(view.agenda()).as("blank lines are not items").containsExactly("Kordon bisiklet yolu danışma konusu", "Pazar yeri düzenlemesi");

        RunAs.user("uye", () -> meetings.confirm(meeting.getId(), true), MEMBER);
        RunAs.user(fourth, () -> meetings.confirm(meeting.getId(), false), MEMBER);
        RunAs.user(fourth, () -> meetings.confirm(meeting.getId(), true), MEMBER);
        var mine = RunAs.user("uye", () -> meetings.ofMyAssemblies(), MEMBER);
        assertThat(mine).filteredOn(v -> v.meeting().getId().equals(meeting.getId())).singleElement()
                .satisfies(v -> assertThat(v.confirmedAttending()).isEqualTo(2));
        refused(() -> RunAs.user(secretary, () -> meetings.recordMinutes(meeting.getId(), "Toplantı yapıldı, kararlar alındı.", Set.of("uye")), MEMBER),
                "meeting.error.not-yet-held");

        held(meeting.getId());
        refused(() -> RunAs.user("sakin", () -> meetings.confirm(meeting.getId(), true), MEMBER), "meeting.error.not-a-member");
        refused(() -> RunAs.user("uye", () -> meetings.confirm(meeting.getId(), false), MEMBER), "meeting.error.already-started");
        refused(() -> RunAs.user("uye", () -> meetings.recordMinutes(meeting.getId(), "Toplantı yapıldı, kararlar alındı.", Set.of("uye")), MEMBER),
                "meeting.error.not-secretary");
        refused(() -> RunAs.user(secretary, () -> meetings.recordMinutes(meeting.getId(), "Toplantı yapıldı, kararlar alındı.", Set.of("uye", "sakin")), MEMBER),
                "meeting.error.present-not-member");
        refused(() -> RunAs.user(secretary, () -> meetings.recordMinutes(meeting.getId(), "Kısa", Set.of("uye")), MEMBER),
                "meeting.error.minutes-too-short");
        assertThat(meetings.find(meeting.getId()).orElseThrow().meeting().isRecorded()).as("nothing half-saved").isFalse();

        RunAs.user(secretary, () -> meetings.recordMinutes(meeting.getId(),
                "Bisiklet yolu konusu görüşüldü; üyeler oylarını çevrim içi verecek. Pazar yeri bir sonraki toplantıya kaldı.",
                Set.of("uye", "baskan", secretary)), MEMBER);
        var recorded = meetings.ofAssembly(assembly.getId()).get(0).meeting();
        tr.bel.izmir.bizizmir.notification.NotificationTesting.eventually("members told of the minutes",
                () -> told("notification.meeting.minutes", meeting.getId()).equals(List.of("baskan", fourth, "uye").stream().sorted().toList()));
        assertThat(recorded.isRecorded()).isTrue();
        assertThat(recorded.getPresentCount()).contains(3);
        assertThat(recorded.getMembersCount()).contains(4);
        assertThat(recorded.getQuorum()).as("3 of 4").contains(true);
        assertThat(recorded.getMinutes().orElseThrow()).contains("Pazar yeri bir sonraki toplantıya kaldı.");
        refused(() -> RunAs.user(secretary, () -> meetings.recordMinutes(meeting.getId(), "İkinci kez yazılmaya çalışılan tutanak.", Set.of()), MEMBER),
                "meeting.error.already-recorded");
    }

    @Test
    void half_of_the_members_present_is_no_quorum() {
        var meeting = schedule(List.of("Tek madde"));
        held(meeting.getId());
        RunAs.user(secretary, () -> meetings.recordMinutes(meeting.getId(), "Yeter sayı olmadığı için karar alınmadı.",
                Set.of("baskan", secretary)), MEMBER);
        assertThat(meetings.find(meeting.getId()).orElseThrow().meeting().getQuorum()).as("2 of 4").contains(false);
        assertThat(AssemblyMeetings.quorum(4, 3)).isTrue();
        assertThat(AssemblyMeetings.quorum(0, 0)).isFalse();
    }

    @Test
    void a_meeting_without_agenda_or_place_or_by_a_non_chair_is_refused_and_saves_nothing() {
        int before = meetings.ofAssembly(assembly.getId()).size();
        refused(() -> schedule(List.of()), "meeting.error.agenda-empty");
        refused(() -> schedule(List.of("  ", "")), "meeting.error.agenda-empty");
        refused(() -> RunAs.user("baskan", () -> meetings.schedule(assembly.getId(), LocalDateTime.now().plusDays(3), " ", null,
                List.of("Madde")), CHAIR), "meeting.error.where-required");
        refused(() -> RunAs.user("baskan", () -> meetings.schedule(assembly.getId(), LocalDateTime.now().plusDays(3), null,
                "http://toplanti.example", List.of("Madde")), CHAIR), "meeting.error.link");
        refused(() -> RunAs.user("baskan", () -> meetings.schedule(assembly.getId(), LocalDateTime.now().minusDays(1), "Salon", null,
                List.of("Madde")), CHAIR), "meeting.error.in-the-past");
        refused(() -> RunAs.user("uye", () -> meetings.schedule(assembly.getId(), LocalDateTime.now().plusDays(3), "Salon", null,
                List.of("Madde")), MEMBER), "meeting.error.not-chair");
        assertThat(meetings.ofAssembly(assembly.getId())).hasSize(before);
    }

    @Test
    void the_secretary_records_votes_cast_at_a_meeting_on_advisory_items() {
        var meeting = schedule(List.of("Sahil yolu danışma konusu"));
        long itemId = RunAs.user("memur", () -> advisory.table(assembly.getId(), "Sahil yolu aydınlatması",
                "Sahil yoluna LED aydınlatma.", "dept-works", 14), "officer", "dept-participation", "dept-works").getId();
        refused(() -> RunAs.user(secretary, () -> advisory.recordMeetingVote(itemId, meeting.getId(), "uye",
                AdvisoryVoteInfo.Choice.RECOMMEND, null), MEMBER), "meeting.error.not-yet-held");
        held(meeting.getId());
        refused(() -> RunAs.user("uye", () -> advisory.recordMeetingVote(itemId, meeting.getId(), "uye",
                AdvisoryVoteInfo.Choice.RECOMMEND, null), MEMBER), "advisory.error.not-secretary");
        refused(() -> RunAs.user(secretary, () -> advisory.recordMeetingVote(itemId, meeting.getId(), "sakin",
                AdvisoryVoteInfo.Choice.RECOMMEND, null), MEMBER), "advisory.error.not-a-member");

        RunAs.user(secretary, () -> advisory.recordMeetingVote(itemId, meeting.getId(), "uye",
                AdvisoryVoteInfo.Choice.NOT_RECOMMEND, "Işık kirliliği kuşları etkiler."), MEMBER);
        refused(() -> RunAs.user("uye", () -> advisory.vote(itemId, AdvisoryVoteInfo.Choice.RECOMMEND, null), MEMBER),
                "advisory.error.already-voted");
        var exchange = advisory.exchange(itemId).orElseThrow();
        assertThat(exchange.count().notRecommendVotes()).isEqualTo(1);
        assertThat(exchange.comments()).singleElement().satisfies(c -> assertThat(c.atMeeting()).isTrue());
        assertThat(advisory.openOf(assembly.getId())).extracting(AdvisoryItemInfo::getId).contains(itemId);
    }

    @Test
    void meetings_need_the_notice_period_which_the_chair_keeps_when_rescheduling() {
        refused(() -> RunAs.user("baskan", () -> meetings.schedule(assembly.getId(), LocalDateTime.now().plusDays(1),
                "Muhtarlık", null, List.of("Madde")), CHAIR), "meeting.error.notice");
        assertThat(meetings.noticeDays()).as("bizizmir.assembly.meeting-notice-days, default").isEqualTo(3);

        var meeting = schedule(List.of("Kordon yürüyüş yolu"));
        RunAs.user("uye", () -> meetings.confirm(meeting.getId(), true), MEMBER);
        refused(() -> RunAs.user("uye", () -> meetings.change(meeting.getId(), LocalDateTime.now().plusDays(10), "Salon", null,
                List.of("Madde")), MEMBER), "meeting.error.not-chair");
        refused(() -> RunAs.user("baskan", () -> meetings.change(meeting.getId(), LocalDateTime.now().plusDays(2), "Salon", null,
                List.of("Madde")), CHAIR), "meeting.error.notice");
        refused(() -> RunAs.user("baskan", () -> meetings.change(meeting.getId(), LocalDateTime.now().plusDays(10), " ", null,
                List.of("Madde")), CHAIR), "meeting.error.where-required");
        var unchanged = meetings.find(meeting.getId()).orElseThrow();
        assertThat(unchanged.meeting().getStartsAt()).as("nothing half-saved").isEqualTo(meeting.getStartsAt());
        assertThat(unchanged.agenda()).containsExactly("Kordon yürüyüş yolu");

        // Same time, another room and agenda: no notice needed, answers stay.
        LocalDateTime sameTime = meeting.getStartsAt().atZone(tr.bel.izmir.bizizmir.shared.IzmirTime.ZONE).toLocalDateTime();
        RunAs.user("baskan", () -> meetings.change(meeting.getId(), sameTime, "Kültür merkezi", null,
                List.of("Kordon yürüyüş yolu", "Pazar yeri")), CHAIR);
        var moved = meetings.find(meeting.getId()).orElseThrow();
        assertThat(moved.meeting().getPlace()).contains("Kültür merkezi");
        assertThat(moved.meeting().getOnlineLink()).isEmpty();
        assertThat(moved.agenda()).containsExactly("Kordon yürüyüş yolu", "Pazar yeri");
        assertThat(RunAs.user("uye", () -> meetings.ofMyAssemblies(), MEMBER)).filteredOn(v -> v.meeting().getId().equals(meeting.getId()))
                .singleElement().satisfies(v -> assertThat(v.confirmedAttending()).isEqualTo(1));

        // Rescheduled: answers given for the old time no longer count.
        LocalDateTime later = LocalDateTime.now().plusDays(12).withHour(18).withMinute(30).withSecond(0).withNano(0);
        RunAs.user("baskan", () -> meetings.change(meeting.getId(), later, "Kültür merkezi", null, List.of("Kordon yürüyüş yolu")), CHAIR);
        var rescheduled = meetings.ofAssembly(assembly.getId()).stream().filter(v -> v.meeting().getId().equals(meeting.getId()))
                .findFirst().orElseThrow();
        assertThat(rescheduled.meeting().getStartsAt()).isEqualTo(later.atZone(tr.bel.izmir.bizizmir.shared.IzmirTime.ZONE).toInstant());
        assertThat(RunAs.user("uye", () -> meetings.ofMyAssemblies(), MEMBER)).filteredOn(v -> v.meeting().getId().equals(meeting.getId()))
                .singleElement().satisfies(v -> assertThat(v.confirmedAttending()).isZero());

        held(meeting.getId());
        refused(() -> RunAs.user("baskan", () -> meetings.change(meeting.getId(), LocalDateTime.now().plusDays(10), "Salon", null,
                List.of("Madde")), CHAIR), "meeting.error.started-no-change");
        refused(() -> RunAs.user("baskan", () -> meetings.cancel(meeting.getId(), "Toplantı yapılamadı, ertelendi."), CHAIR),
                "meeting.error.started-no-change");
    }

    @Test
    void the_chair_cancels_a_meeting_with_a_public_reason_and_nothing_more_happens_to_it() {
        var meeting = schedule(List.of("Kordon yürüyüş yolu"));
        refused(() -> RunAs.user("baskan", () -> meetings.cancel(meeting.getId(), "  "), CHAIR), "meeting.error.cancel-reason");
        refused(() -> RunAs.user("uye", () -> meetings.cancel(meeting.getId(), "Salon bulunamadı, iptal."), MEMBER), "meeting.error.not-chair");
        assertThat(meetings.find(meeting.getId()).orElseThrow().meeting().isCancelled()).isFalse();

        RunAs.user("baskan", () -> meetings.cancel(meeting.getId(), "Salon tadilatta; yeni tarih duyurulacak."), CHAIR);
        var cancelled = meetings.ofAssembly(assembly.getId()).stream().filter(v -> v.meeting().getId().equals(meeting.getId()))
                .findFirst().orElseThrow().meeting();
        assertThat(cancelled.isCancelled()).isTrue();
        assertThat(cancelled.getCancelReason()).contains("Salon tadilatta; yeni tarih duyurulacak.");
        refused(() -> RunAs.user("uye", () -> meetings.confirm(meeting.getId(), true), MEMBER), "meeting.error.cancelled");
        refused(() -> RunAs.user("baskan", () -> meetings.cancel(meeting.getId(), "İkinci kez iptal ediliyor."), CHAIR), "meeting.error.cancelled");
        refused(() -> RunAs.user("baskan", () -> meetings.change(meeting.getId(), LocalDateTime.now().plusDays(10), "Salon", null,
                List.of("Madde")), CHAIR), "meeting.error.cancelled");
        held(meeting.getId());
        refused(() -> RunAs.user(secretary, () -> meetings.recordMinutes(meeting.getId(), "Toplantı yapılmadı ama tutanak yazılıyor.",
                Set.of()), MEMBER), "meeting.error.cancelled");
    }

    @Test
    void the_chair_keeps_the_record_and_appoints_a_secretary() {
        var meeting = schedule(List.of("Sahil yolu danışma konusu"));
        long itemId = RunAs.user("memur", () -> advisory.table(assembly.getId(), "Sahil yolu bankları",
                "Sahil yoluna yeni banklar.", "dept-works", 14), "officer", "dept-works").getId();
        held(meeting.getId());
        RunAs.user("baskan", () -> advisory.recordMeetingVote(itemId, meeting.getId(), fourth,
                AdvisoryVoteInfo.Choice.RECOMMEND, null), CHAIR);
        RunAs.user("baskan", () -> meetings.recordMinutes(meeting.getId(),
                "Sahil yolu bankları görüşüldü; yazman gelemediği için tutanağı başkan yazdı.", Set.of("baskan", "uye", fourth)), CHAIR);
        assertThat(meetings.find(meeting.getId()).orElseThrow().meeting().getQuorum()).as("3 of 4").contains(true);
        assertThat(advisory.exchange(itemId).orElseThrow().count().recommendVotes()).isEqualTo(1);

        refused(() -> RunAs.user("uye", () -> memberships.appointSecretary(assembly.getId(), fourth), MEMBER), "meeting.error.not-chair");
        refused(() -> RunAs.user("baskan", () -> memberships.appointSecretary(assembly.getId(), "sakin"), CHAIR),
                "membership.error.not-serving");
        refused(() -> RunAs.user("baskan", () -> memberships.appointSecretary(assembly.getId(), "baskan"), CHAIR),
                "membership.error.chair-not-secretary");
        RunAs.user("baskan", () -> memberships.appointSecretary(assembly.getId(), fourth), CHAIR);
        assertThat(memberships.serving(assembly.getId(), fourth).orElseThrow().getRole()).isEqualTo(AssemblyMemberInfo.Role.SECRETARY);
        assertThat(memberships.serving(assembly.getId(), secretary).orElseThrow().getRole())
                .as("one secretary at a time: the previous one is a member again").isEqualTo(AssemblyMemberInfo.Role.MEMBER);
    }
}
