package tr.bel.izmir.bizizmir.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tr.bel.izmir.bizizmir.assembly.AdvisoryItems;
import tr.bel.izmir.bizizmir.assembly.AdvisoryVoteInfo;
import tr.bel.izmir.bizizmir.assembly.AssemblyDirectory;
import tr.bel.izmir.bizizmir.assembly.AssemblyMeetings;
import tr.bel.izmir.bizizmir.assembly.AssemblyMemberships;
import tr.bel.izmir.bizizmir.assembly.MembershipApplicationInfo;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.shared.IzmirTime;

import java.time.Clock;
import java.util.Arrays;

/**
 * Demo data of the Sığacık pilot assembly, after {@link DemoData}: two advisory items (one
 * waiting for uye's vote on the phone page, one already advised and waiting for memur's answer
 * in the inbox), a scheduled meeting with an agenda, and sakin's membership application waiting
 * for an officer's check. Each part is seeded once, through the same services the screens use.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "bizizmir.demo-data.enabled", havingValue = "true")
class AssemblyDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AssemblyDemoData.class);
    static final String PILOT = "seferihisar-sigacik";

    private final AssemblyDirectory assemblies;
    private final AdvisoryItems advisory;
    private final AssemblyMeetings meetings;
    private final AssemblyMemberships memberships;
    private final NeighbourhoodCatalog neighbourhoods;
    private final Clock clock;

    public AssemblyDemoData(AssemblyDirectory assemblies, AdvisoryItems advisory, AssemblyMeetings meetings,
                            AssemblyMemberships memberships, NeighbourhoodCatalog neighbourhoods, Clock clock) {
        this.assemblies = assemblies;
        this.advisory = advisory;
        this.meetings = meetings;
        this.memberships = memberships;
        this.neighbourhoods = neighbourhoods;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var neighbourhood = neighbourhoods.byCode(PILOT);
        var assembly = neighbourhood.flatMap(n -> assemblies.ofNeighbourhood(n.getId()));
        if (assembly.isEmpty()) {
            return;
        }
        long assemblyId = assembly.get().getId();
        if (advisory.ofAssembly(assemblyId).isEmpty()) {
            DemoUser.as("memur", () -> advisory.table(assemblyId, "Sığacık sahil yürüyüş yolunun yenilenmesi",
                    "Liman ile kale arasındaki 1,2 km'lik sahil yürüyüş yolunun zemini yenilenecek, aydınlatma LED'e "
                            + "çevrilecek ve üç noktaya oturma alanı yapılacak. Çalışma Nisan–Mayıs aylarında sürecek; bu sürede "
                            + "yolun yarısı yayalara açık kalacak.", "dept-works", 14), "officer", "dept-participation", "dept-parks", "dept-works");
            long shade = DemoUser.as("memur", () -> advisory.table(assemblyId, "Sığacık Kalesi çevresine gölgelik ve oturma alanı",
                    "Kale surlarının doğu tarafındaki boş alana gölgelik, bank ve içme suyu çeşmesi konulması.", "dept-parks", 10),
                    "officer", "dept-participation", "dept-parks", "dept-works").getId();
            DemoUser.as("uye", () -> advisory.vote(shade, AdvisoryVoteInfo.Choice.RECOMMEND, "Yazın burada oturacak gölge yok."),
                    "assembly-member");
            DemoUser.as("baskan", () -> advisory.vote(shade, AdvisoryVoteInfo.Choice.RECOMMEND, "Çeşme mutlaka engelli erişimine uygun olsun."),
                    "assembly-member", "assembly-chair");
            log.info("Demo advisory items tabled for the Sığacık assembly");
        }
        if (meetings.ofAssembly(assemblyId).isEmpty()) {
            var when = IzmirTime.now(clock).toLocalDate().plusDays(7).atTime(19, 0);
            DemoUser.as("baskan", () -> meetings.schedule(assemblyId, when, "Sığacık Muhtarlığı toplantı salonu",
                    "https://toplanti.izmir.bel.tr/sigacik-meclisi", Arrays.asList(
                            "Sahil yürüyüş yolu danışma konusu", "Kale çevresi gölgelik: birimin yanıtı",
                            "Katılımcı bütçe önerilerinin durumu")), "assembly-member", "assembly-chair");
        }
        if (DemoUser.as("sakin", memberships::myApplications, "citizen", "resident").isEmpty()) {
            DemoUser.as("sakin", () -> memberships.apply(assemblyId, MembershipApplicationInfo.Kind.INDIVIDUAL, null,
                    "Sığacık'ta doğdum büyüdüm; mahalle derneğinde çevre temizliği gönüllüsüyüm."), "citizen", "resident");
        }
    }
}
