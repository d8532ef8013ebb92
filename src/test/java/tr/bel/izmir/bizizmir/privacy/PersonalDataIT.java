package tr.bel.izmir.bizizmir.privacy;

import tr.bel.izmir.bizizmir.security.SystemActor;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tr.bel.izmir.bizizmir.budgeting.PbCycles;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.neighbourhood.ResidentRegistry;
import tr.bel.izmir.bizizmir.proposal.ProposalCategory;
import tr.bel.izmir.bizizmir.proposal.ProposalDraft;
import tr.bel.izmir.bizizmir.proposal.ProposalStatus;
import tr.bel.izmir.bizizmir.proposal.ProposalSubmissions;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** KVKK: a person downloads what we hold about them, then has it erased. */
@IntegrationTest
class PersonalDataIT {

    @Autowired PersonalData personalData;

    @Autowired tr.bel.izmir.bizizmir.voting.VoteSchedule voteSchedule;
    @Autowired ResidentRegistry residents;
    @Autowired NeighbourhoodCatalog neighbourhoods;
    @Autowired PbCycles cycles;
    @Autowired ProposalSubmissions proposals;
    @Autowired tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodImport neighbourhoodImport;
    @Autowired tr.bel.izmir.bizizmir.assembly.AssemblyDirectory assemblies;
    @Autowired tr.bel.izmir.bizizmir.assembly.AssemblyMemberships memberships;
    @Autowired tr.bel.izmir.bizizmir.assembly.AssemblyReviews reviews;
    @Autowired tr.bel.izmir.bizizmir.assembly.AdvisoryItems advisory;
    @Autowired tr.bel.izmir.bizizmir.assembly.AssemblyMeetings meetings;
    @Autowired org.camunda.bpm.engine.RuntimeService runtime;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired tr.bel.izmir.bizizmir.voting.PublicVotes votes;
    @Autowired tr.bel.izmir.bizizmir.voting.Consultations consultations;
    @Autowired org.camunda.bpm.engine.ManagementService management;

    @Test
    void a_resident_downloads_their_data_and_erasing_it_leaves_no_trace_of_them() throws Exception {
        String user = "kvkk-" + UUID.randomUUID().toString().substring(0, 8);
        String tckn = tr.bel.izmir.bizizmir.support.TestResidents.newTckn();
        long sigacik = neighbourhoods.requireByCode("seferihisar-sigacik").getId();
        SystemActor.call(() -> residents.importCensus(new ByteArrayInputStream((tckn + ";1977;seferihisar-sigacik\n").getBytes(StandardCharsets.UTF_8))));
        residents.verify(user, tckn, 1977, sigacik, true);
        long cycle = cycles.openCycleOf(sigacik).orElseThrow().getId();
        var submitted = RunAs.user(user, () -> proposals.submit(cycle, new ProposalDraft("Sahile çöp kovası konsun",
                "Sığacık sahilinde yaz aylarında çöpler taşıyor; ek kovalar konsun.", ProposalCategory.ENVIRONMENT,
                "Sığacık sahili", null, null, null), UUID.randomUUID().toString()), "citizen", "resident");

        String export = new String(RunAs.user(user, () -> personalData.exportJson(), "citizen", "resident"), StandardCharsets.UTF_8);
        assertThat(export).contains(user, "Sığacık, Seferihisar", "1977", "Sahile çöp kovası konsun")
                .doesNotContain(tckn);

        RunAs.user(user, () -> personalData.eraseMine(), "citizen", "resident");

        assertThat(residents.residentOf(user)).isEmpty();
        var proposal = proposals.find(submitted.proposalId()).orElseThrow();
        assertThat(proposal.getAuthor()).isNotEqualTo(user).startsWith("erased-");
        assertThat(proposal.getStatus()).as("an open proposal is withdrawn").isEqualTo(ProposalStatus.WITHDRAWN);
        String after = new String(RunAs.user(user, () -> personalData.exportJson(), "citizen", "resident"), StandardCharsets.UTF_8);
        assertThat(after).doesNotContain("Sahile çöp kovası konsun").doesNotContain("1977");
    }

    static final String[] MEMBER = {"citizen", "resident", "assembly-member"};

    /**
     * An assembly member downloads their applications, membership, votes and attendance; after
     * erasure nothing names them, the pending application is gone, but every count stays.
     */
    @Test
    void an_assembly_member_downloads_their_assembly_data_and_erasure_keeps_the_counts() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        RunAs.user("admin", () -> {
            try {
                neighbourhoodImport.importCsv(new ByteArrayInputStream(("district;neighbourhood\nUrla;Kvkk " + tag
                        + "\nUrla;Kvkkiki " + tag + "\n").getBytes(StandardCharsets.UTF_8)), p -> { });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "admin");
        long hood = neighbourhoods.requireByCode("urla-kvkk-" + tag).getId();
        long otherHood = neighbourhoods.requireByCode("urla-kvkkiki-" + tag).getId();
        var today = java.time.LocalDate.now();
        var assembly = SystemActor.call(() -> assemblies.establish(hood, "Kvkk " + tag + " Mahalle Meclisi", false, today.minusDays(10)));
        var other = SystemActor.call(() -> assemblies.establish(otherHood, "Kvkkiki " + tag + " Mahalle Meclisi", false, today.minusDays(10)));
        String user = "kvkk-uye-" + tag;
        SystemActor.call(() -> assemblies.enrol(assembly.getId(), user, tr.bel.izmir.bizizmir.assembly.AssemblyMemberInfo.Role.MEMBER, today.minusDays(5)));
        SystemActor.call(() -> assemblies.enrol(assembly.getId(), "uye", tr.bel.izmir.bizizmir.assembly.AssemblyMemberInfo.Role.MEMBER, today.minusDays(5)));
        SystemActor.call(() -> assemblies.enrol(assembly.getId(), "baskan", tr.bel.izmir.bizizmir.assembly.AssemblyMemberInfo.Role.CHAIR, today.minusDays(5)));

        // A proposal of the neighbourhood under the assembly's review, which the member votes on.
        var cycle = RunAs.user("admin", () -> cycles.open(new tr.bel.izmir.bizizmir.budgeting.CycleSpec(hood, "Kvkk döngüsü " + tag,
                tr.bel.izmir.bizizmir.shared.Money.ofLira(300_000), tr.bel.izmir.bizizmir.budgeting.CyclePhase.SUBMISSION,
                today.minusDays(1), today.plusDays(30), today.plusDays(40), today.plusDays(50), 2, 2, 16,
                tr.bel.izmir.bizizmir.budgeting.BallotRule.KNAPSACK, tr.bel.izmir.bizizmir.budgeting.AllocationRule.GREEDY)), "admin");
        String author = tr.bel.izmir.bizizmir.support.TestResidents.verified(residents, neighbourhoods, "kvkk-yazar-" + tag, hood, 1980);
        long proposalId = RunAs.user(author, () -> proposals.submit(cycle.getId(), new ProposalDraft("Okul önüne yaya geçidi",
                "Okul çıkışında araçlar hızlı geçiyor; yükseltilmiş yaya geçidi yapılsın.", ProposalCategory.ROADS,
                "İlkokul önü", null, null, null), UUID.randomUUID().toString()), "citizen", "resident").proposalId();
        reviews.request(proposalId);
        RunAs.user(user, () -> reviews.vote(proposalId, false, "Yol dar, önce kaldırım " + tag), MEMBER);

        var item = RunAs.user("memur", () -> advisory.table(assembly.getId(), "Çarşıya otopark " + tag,
                "Çarşı girişine 40 araçlık açık otopark.", "dept-parks", 14), "officer", "dept-participation", "dept-parks");
        RunAs.user(user, () -> advisory.vote(item.getId(), tr.bel.izmir.bizizmir.assembly.AdvisoryVoteInfo.Choice.NOT_RECOMMEND,
                "Çarşı yayalaşmalı " + tag), MEMBER);
        var meeting = RunAs.user("baskan", () -> meetings.schedule(assembly.getId(),
                java.time.LocalDateTime.now().plusDays(7).withHour(19).withMinute(0), "Muhtarlık", null,
                java.util.List.of("Otopark")), "citizen", "resident", "assembly-member", "assembly-chair");
        var coming = RunAs.user("baskan", () -> meetings.schedule(assembly.getId(),
                java.time.LocalDateTime.now().plusDays(14).withHour(19).withMinute(0), "Muhtarlık", null,
                java.util.List.of("Çarşı")), "citizen", "resident", "assembly-member", "assembly-chair");
        RunAs.user(user, () -> meetings.confirm(meeting.getId(), true), MEMBER);
        RunAs.user(user, () -> meetings.confirm(coming.getId(), true), MEMBER);
        // The first meeting has been held (the test moves it rather than waiting a week).
        jdbc.update("update assembly_meeting set starts_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minus(2, java.time.temporal.ChronoUnit.HOURS)), meeting.getId());
        var application = RunAs.user(user, () -> memberships.apply(other.getId(),
                tr.bel.izmir.bizizmir.assembly.MembershipApplicationInfo.Kind.INDIVIDUAL, null, "Komşu mahallede de gönüllüyüm " + tag), MEMBER);

        String export = new String(RunAs.user(user, () -> personalData.exportJson(), MEMBER), StandardCharsets.UTF_8);
        assertThat(export).contains("assemblyApplications", "Komşu mahallede de gönüllüyüm " + tag, "PENDING",
                "assemblyMemberships", "Kvkk " + tag + " Mahalle Meclisi", "MEMBER",
                "assemblyReviewVotes", "Yol dar, önce kaldırım " + tag, "\"proposalId\" : " + proposalId,
                "advisoryVotes", "Çarşı yayalaşmalı " + tag, "NOT_RECOMMEND",
                "assemblyMeetingAttendance", "\"meetingId\" : " + meeting.getId());

        RunAs.user(user, () -> personalData.eraseMine(), MEMBER);

        String after = new String(RunAs.user(user, () -> personalData.exportJson(), MEMBER), StandardCharsets.UTF_8);
        assertThat(after).doesNotContain("Yol dar", "Çarşı yayalaşmalı", "Komşu mahallede", "Kvkk " + tag + " Mahalle Meclisi");
        assertThat(memberships.find(application.getId())).as("the pending application is dropped").isEmpty();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(application.getId().toString())
                .processDefinitionKey("AssemblyMembershipProcess").count()).isZero();
        assertThat(memberships.serving(assembly.getId(), user)).as("no longer serves").isEmpty();
        assertThat(memberships.membersOf(assembly.getId())).extracting(m -> m.getUsername()).doesNotContain(user)
                .anySatisfy(name -> assertThat(name).startsWith("erased-"));
        // The votes and the attendance still count, without the name.
        var review = reviews.publicView(proposalId).orElseThrow();
        assertThat(review.votesCast()).isEqualTo(1);
        assertThat(review.members()).as("two serving members are left").isEqualTo(2);
        assertThat(advisory.count(item.getId()).votesCast()).isEqualTo(1);
        assertThat(advisory.count(item.getId()).notRecommendVotes()).isEqualTo(1);
        var seenByMember = RunAs.user("uye", () -> meetings.ofAssembly(assembly.getId()), MEMBER);
        var held = seenByMember.stream().filter(v -> v.meeting().getId().equals(meeting.getId())).findFirst().orElseThrow();
        assertThat(held.confirmedAttending()).as("a held meeting keeps its count").isEqualTo(1);
        assertThat(held.attendance()).extracting(a -> a.getMember()).doesNotContain(user)
                .singleElement().satisfies(name -> assertThat(name).startsWith("erased-"));
        var next = seenByMember.stream().filter(v -> v.meeting().getId().equals(coming.getId())).findFirst().orElseThrow();
        assertThat(next.confirmedAttending()).as("someone who left will not come").isZero();
    }

    /**
     * A resident who voted, commented on a consultation and reported a comment: the export lists
     * the votes taken part in (never the choice), the comments and reports; after erasure none of
     * it names them, while the ballot, the turnout and the public comment's text still count.
     */
    @Test
    void a_voter_downloads_their_voting_data_and_erasure_keeps_ballots_and_turnout() throws Exception {
        var fixtures = new tr.bel.izmir.bizizmir.voting.VoteFixtures(neighbourhoodImport, neighbourhoods, residents,
                cycles, votes, voteSchedule, runtime, management, jdbc);
        var pb = fixtures.pbVote(tr.bel.izmir.bizizmir.budgeting.BallotRule.KNAPSACK, null, true, 0, 3);
        String voter = fixtures.resident("kvkk-secmen", pb.neighbourhoodId(), 1985);
        String other = fixtures.resident("kvkk-komsu", pb.neighbourhoodId(), 1970);
        long voteId = pb.vote().getId();
        RunAs.user(voter, () -> votes.cast(voteId, java.util.List.of(pb.option(0)), "k-" + UUID.randomUUID()), "citizen", "resident");
        RunAs.user(other, () -> votes.cast(voteId, java.util.List.of(pb.option(2)), "k-" + UUID.randomUUID()), "citizen", "resident");

        String title = "Kvkk danışma " + pb.tag();
        var consultation = SystemActor.as("memur", () -> consultations.publish(new tr.bel.izmir.bizizmir.voting.ConsultationDraft(title,
                "Çarşı trafiğe kapatılsın mı?", "Çarşı için görüş alınıyor.", java.util.List.of(),
                tr.bel.izmir.bizizmir.voting.ConsultationKind.YES_NO, null, java.util.List.of(), null, 16,
                java.time.Instant.now().minusSeconds(60), java.time.Instant.now().plus(java.time.Duration.ofDays(7)))));
        var mine = RunAs.user(voter, () -> consultations.comment(consultation.getId(),
                "Yayalaşma esnafa da iyi gelir " + pb.tag()), "citizen", "resident");
        var theirs = RunAs.user(other, () -> consultations.comment(consultation.getId(),
                "Otopark olmadan olmaz " + pb.tag()), "citizen", "resident");
        RunAs.user(voter, () -> consultations.report(theirs.getId(), "Konu dışı " + pb.tag()), "citizen", "resident");

        String export = new String(RunAs.user(voter, () -> personalData.exportJson(), "citizen", "resident"), StandardCharsets.UTF_8);
        assertThat(export).contains("votesTakenPart", pb.vote().getTitle(), "consultationComments",
                "Yayalaşma esnafa da iyi gelir " + pb.tag(), title, "commentReports", "Konu dışı " + pb.tag())
                .as("the export never says what was chosen")
                .doesNotContain(votes.optionsOf(pb.vote()).get(0).getLabel());

        RunAs.user(voter, () -> personalData.eraseMine(), "citizen", "resident");

        String after = new String(RunAs.user(voter, () -> personalData.exportJson(), "citizen", "resident"), StandardCharsets.UTF_8);
        assertThat(after).doesNotContain(pb.vote().getTitle(), "Yayalaşma esnafa", "Konu dışı");
        assertThat(fixtures.ballots(voteId)).as("both ballots still count").isEqualTo(2);
        assertThat(fixtures.participants(voteId)).as("turnout unchanged").isEqualTo(2);
        assertThat(jdbc.queryForList("select username from vote_participation where vote_id = ?", String.class, voteId))
                .doesNotContain(voter).anySatisfy(name -> assertThat(name).startsWith("erased-"));
        assertThat(consultations.comments(consultation.getId())).extracting(c -> c.getBody(), c -> c.getAuthor())
                .contains(org.assertj.core.groups.Tuple.tuple("Yayalaşma esnafa da iyi gelir " + pb.tag(), "erased-c" + mine.getId()));
        assertThat(jdbc.queryForObject("select count(*) from comment_report where comment_id = ?", Long.class,
                theirs.getId())).as("the report still counts").isEqualTo(1);
    }
}
