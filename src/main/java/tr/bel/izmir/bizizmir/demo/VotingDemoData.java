package tr.bel.izmir.bizizmir.demo;

import tr.bel.izmir.bizizmir.security.SystemActor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tr.bel.izmir.bizizmir.budgeting.CyclePhase;
import tr.bel.izmir.bizizmir.budgeting.PbCycles;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.voting.ConsultationDraft;
import tr.bel.izmir.bizizmir.voting.ConsultationKind;
import tr.bel.izmir.bizizmir.voting.Consultations;
import tr.bel.izmir.bizizmir.voting.PublicVotes;

import java.time.Clock;
import java.util.List;

/**
 * Votes for the demo: the pilot cycles' public votes are scheduled (they open on the cycles'
 * voting dates), and two consultations run from today for three weeks, one city-wide yes/no
 * question with a comment, one multiple-choice question for Konak. Idempotent.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "bizizmir.demo-data.enabled", havingValue = "true")
class VotingDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(VotingDemoData.class);

    private final PublicVotes votes;
    private final tr.bel.izmir.bizizmir.voting.VoteSchedule schedule;
    private final Consultations consultations;
    private final PbCycles cycles;
    private final NeighbourhoodCatalog neighbourhoods;
    private final Clock clock;

    public VotingDemoData(PublicVotes votes, tr.bel.izmir.bizizmir.voting.VoteSchedule schedule, Consultations consultations,
                          PbCycles cycles, NeighbourhoodCatalog neighbourhoods, Clock clock) {
        this.votes = votes;
        this.schedule = schedule;
        this.consultations = consultations;
        this.cycles = cycles;
        this.neighbourhoods = neighbourhoods;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        // The pilot cycles' votes only (never another cycle that happens to be in the database),
        // and only while the cycle is before its vote.
        for (var pilot : DemoData.PILOTS) {
            var neighbourhood = neighbourhoods.requireByCode(pilot.neighbourhoodCode());
            cycles.openCycleOf(neighbourhood.getId())
                    .filter(cycle -> cycle.getPhase().compareTo(CyclePhase.VOTING) < 0 && votes.ofCycle(cycle.getId()).isEmpty())
                    .ifPresent(cycle -> SystemActor.call(() -> schedule.scheduleCycleVote(cycle.getId(), 3, true)));
        }
        if (!consultations.all().isEmpty()) {
            return;
        }
        var today = IzmirTime.now(clock).toLocalDate();
        var opens = today.atStartOfDay(IzmirTime.ZONE).toInstant();
        var closes = today.plusDays(22).atStartOfDay(IzmirTime.ZONE).toInstant();
        var kordon = SystemActor.as("memur", () -> consultations.publish(new ConsultationDraft(
                "Kordon bisiklet yolu",
                "Kordon'daki bisiklet yolu iki yönlü olacak şekilde genişletilsin mi?",
                "Büyükşehir Belediyesi, Alsancak ile Konak arasındaki Kordon bisiklet yolunu iki yönlü yapmayı planlıyor. "
                        + "Bunun için yaya kaldırımından 1,5 metre alınması gerekiyor. Proje özeti ve güzergâh haritası bağlantılarda.",
                List.of("https://www.izmir.bel.tr/", "https://acikveri.bizizmir.com/"), ConsultationKind.YES_NO, null,
                null, null, 16, opens, closes)));
        var konak = neighbourhoods.districts().stream().filter(d -> d.getCode().equals("konak")).findFirst();
        SystemActor.as("memur", () -> consultations.publish(new ConsultationDraft(
                "Kültürpark'ın geleceği",
                "Kültürpark'ın fuar alanlarından boşalan bölümü en çok neye ayrılsın?",
                "Fuar İzmir'e taşındıktan sonra Kültürpark'ta boşalan alanların kullanımı için üç seçenek hazırlandı.",
                List.of("https://www.izmir.bel.tr/"), ConsultationKind.MULTIPLE_CHOICE, konak.map(d -> d.getId()).orElse(null),
                List.of("Yeşil alan ve çocuk parkı", "Kültür ve sanat atölyeleri", "Spor alanları"),
                List.of("Green space and playground", "Culture and art workshops", "Sports grounds"),
                16, opens, closes)));
        DemoUser.as("sakin", () -> consultations.comment(kordon.getId(),
                "Bisiklet yolu genişlesin ama kaldırımdan değil, otopark şeridinden alınsın."), "citizen", "resident");
        log.info("Demo votes scheduled and two consultations published");
    }
}
