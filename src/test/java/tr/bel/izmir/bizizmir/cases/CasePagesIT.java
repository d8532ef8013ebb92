package tr.bel.izmir.bizizmir.cases;

import tr.bel.izmir.bizizmir.security.SystemActor;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.bel.izmir.bizizmir.assembly.AdvisoryItems;
import tr.bel.izmir.bizizmir.assembly.AssemblyDirectory;
import tr.bel.izmir.bizizmir.assembly.AssemblyMemberships;
import tr.bel.izmir.bizizmir.assembly.MembershipApplicationInfo;
import tr.bel.izmir.bizizmir.budgeting.BallotRule;
import tr.bel.izmir.bizizmir.budgeting.PbCycles;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodImport;
import tr.bel.izmir.bizizmir.shared.Messages;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;
import tr.bel.izmir.bizizmir.support.TestNeighbourhoods;
import tr.bel.izmir.bizizmir.support.VaadinClient;
import tr.bel.izmir.bizizmir.voting.PublicVotes;
import tr.bel.izmir.bizizmir.voting.VoteControls;
import tr.bel.izmir.bizizmir.voting.VoteFixtures;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case pages of advisory items, membership applications, votes and PB cycles as the running
 * application renders them (through Vaadin's client protocol, no browser): an officer reads the
 * content, the control records and the sections every case page shares; a park manager, who has
 * no part in these cases, gets the translated no-permission page with nothing of the case.
 */
@IntegrationTest
class CasePagesIT {

    @LocalServerPort int port;
    @Autowired VoteFixtures fixtures;
    @Autowired Messages messages;
    @Autowired AdvisoryItems advisory;
    @Autowired AssemblyDirectory assemblies;
    @Autowired AssemblyMemberships memberships;
    @Autowired NeighbourhoodImport neighbourhoodImport;
    @Autowired NeighbourhoodCatalog neighbourhoods;
    @Autowired PbCycles cycles;
    @Autowired PublicVotes votes;
    @Autowired VoteControls controls;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void an_officer_reads_advisory_membership_vote_and_cycle_cases_and_a_park_manager_is_refused_them() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long hood = TestNeighbourhoods.fresh(neighbourhoodImport, neighbourhoods, "Bayindir", "Sayfa " + tag).getId();
        var assembly = SystemActor.call(() -> assemblies.establish(hood, "Sayfa " + tag + " Mahalle Meclisi", false, LocalDate.now().minusDays(5)));
        String itemTitle = "Çarşı meydanına gölgelik " + tag;
        var item = RunAs.user("memur", () -> advisory.table(assembly.getId(), itemTitle,
                "Meydanın güney yüzüne 400 metrekarelik gölgelik.", "dept-works", 14), "officer", "dept-works");
        String member = "uye-" + tag;
        SystemActor.call(() -> assemblies.enrol(assembly.getId(), member, tr.bel.izmir.bizizmir.assembly.AssemblyMemberInfo.Role.MEMBER,
                LocalDate.now().minusDays(5)));
        SystemActor.call(() -> assemblies.enrol(assembly.getId(), "ikinci-" + tag, tr.bel.izmir.bizizmir.assembly.AssemblyMemberInfo.Role.MEMBER,
                LocalDate.now().minusDays(5)));
        String comment = "Gölgelik pazar günleri de işe yarar " + tag;
        RunAs.user(member, () -> advisory.vote(item.getId(), tr.bel.izmir.bizizmir.assembly.AdvisoryVoteInfo.Choice.RECOMMEND, comment),
                "citizen", "resident", "assembly-member");
        String applicant = "basvuran-" + tag;
        var application = RunAs.user(applicant, () -> memberships.apply(assembly.getId(), MembershipApplicationInfo.Kind.INITIATIVE,
                "Bisiklet Girişimi " + tag, "Girişimimiz üç yıldır mahallede bisiklet atölyesi düzenliyor."), "citizen");
        var pb = fixtures.pbVote(BallotRule.KNAPSACK, null, true, 0, 3);
        String voter = fixtures.resident("sayfa", pb.neighbourhoodId(), 1980);
        RunAs.user(voter, () -> votes.cast(pb.vote().getId(), List.of(pb.option(0)), "k-" + tag), "citizen", "resident");
        String reason = "Bayram tatili nedeniyle iki gün uzatıldı " + tag;
        RunAs.user("memur", () -> controls.extend(pb.vote().getId(), pb.vote().getClosesAt().plus(Duration.ofDays(2)), reason), "officer");

        Map<String, List<String>> pages = Map.of(
                "staff/cases/advisory-items/" + item.getId(), List.of(itemTitle, "400 metrekarelik", "Fen İşleri Dairesi",
                        "Birimin yanıtı", "Henüz yanıt verilmedi.", "Geçmiş",
                        "Tavsiye ediyorum: " + comment, "1 / 2 üye oy verdi", "İç notlar", "Sayfa " + tag + " Mahalle Meclisi"),
                "staff/cases/memberships/" + application.getId(), List.of(applicant, "Bisiklet Girişimi " + tag,
                        "bisiklet atölyesi", "Üyelik başvurusunu incele", "Üyelik başvurularının herkese açık sayfası yoktur."),
                "staff/cases/votes/" + pb.vote().getId(), List.of(pb.vote().getTitle(), "1 kişi oy kullandı", reason, "memur, ",
                        "Parka gölgelik " + pb.tag(), "Oylamaları yönet"),
                "staff/cases/cycles/" + pb.cycle().getId(), List.of(pb.cycle().getTitle(), "Bütçe zarfı", "1 kişi oy kullandı", reason,
                        "Denize iskele " + pb.tag(), "Bu dosyanın süreci henüz başlamadı.", "Katılımcı bütçe dönemlerini yönet"));
        String denied = messages.get("error.page.denied.title", Messages.TURKISH);
        var officer = VaadinClient.signedIn(port, "mudur", "demo");
        var parkManager = VaadinClient.signedIn(port, "park", "demo");
        for (var page : pages.entrySet()) {
            String shown = officer.navigate(page.getKey());
            assertThat(shown).as(page.getKey()).startsWith("200 ").doesNotContain(denied).contains(page.getValue());
            String refused = parkManager.navigate(page.getKey());
            assertThat(refused).as(page.getKey()).contains(denied).doesNotContain(page.getValue().get(0));
        }
    }
}
