package tr.bel.izmir.bizizmir.demo;

import tr.bel.izmir.bizizmir.security.SystemActor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tr.bel.izmir.bizizmir.assembly.AssemblyDirectory;
import tr.bel.izmir.bizizmir.budgeting.AllocationRule;
import tr.bel.izmir.bizizmir.budgeting.BallotRule;
import tr.bel.izmir.bizizmir.budgeting.CyclePhase;
import tr.bel.izmir.bizizmir.budgeting.CycleSpec;
import tr.bel.izmir.bizizmir.budgeting.PbCycles;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodImport;
import tr.bel.izmir.bizizmir.neighbourhood.ResidentRegistry;
import tr.bel.izmir.bizizmir.neighbourhood.TcKimlikNo;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.Money;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Seeds a fresh database: the seed neighbourhoods (through the same CSV import that admins
 * use), the pilot assemblies that the programme names, and one open PB cycle per pilot.
 * Idempotent: anything already present is left as it is, so restarts change nothing.
 * On by default in local mode; off in the postgres profile unless asked for.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "bizizmir.demo-data.enabled", havingValue = "true")
public class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /**
     * The programme text names three pilots ("Citta Slow, Acil Çözüm Ekibi ve Mera İzmir
     * (toplamda dört)") by initiative, not by neighbourhood; the neighbourhood each stands in
     * is our assumption, recorded in DD004, until the programme office confirms it.
     */
    record Pilot(String neighbourhoodCode, String assemblyName, long envelopeLira, int supportThreshold) {
    }

    /**
     * Sığacık's support threshold is small on purpose: the README walks a whole PB cycle there
     * with the demo residents, who must be able to carry a proposal over it.
     */
    static final List<Pilot> PILOTS = List.of(
            new Pilot("seferihisar-sigacik", "Sığacık Mahalle Meclisi (Cittaslow)", 1_500_000, 3),
            new Pilot("karabaglar-uzundere", "Uzundere Mahalle Meclisi (Acil Çözüm Ekibi)", 2_000_000, 25),
            new Pilot("bergama-kozak", "Kozak Mahalle Meclisi (Mera İzmir)", 1_000_000, 25));

    /** Demo residents: local users verified against demo census entries (numbers valid, invented). */
    record DemoResident(String username, String firstNineDigits, int birthYear, String neighbourhoodCode) {
    }

    static final List<DemoResident> RESIDENTS = List.of(
            new DemoResident("sakin", "100000001", 1988, "seferihisar-sigacik"),
            new DemoResident("uye", "100000002", 1975, "seferihisar-sigacik"),
            new DemoResident("baskan", "100000003", 1969, "seferihisar-sigacik"),
            new DemoResident("ahmet", "100000004", 1994, "seferihisar-sigacik"),
            new DemoResident("ayse", "100000005", 1981, "seferihisar-sigacik"));

    /** Demo assembly members (local users uye and baskan); V5 enrols them too where the assembly already existed. */
    record DemoMember(String username, String neighbourhoodCode, tr.bel.izmir.bizizmir.assembly.AssemblyMemberInfo.Role role) {
    }

    static final List<DemoMember> MEMBERS = List.of(
            new DemoMember("uye", "seferihisar-sigacik", tr.bel.izmir.bizizmir.assembly.AssemblyMemberInfo.Role.MEMBER),
            new DemoMember("baskan", "seferihisar-sigacik", tr.bel.izmir.bizizmir.assembly.AssemblyMemberInfo.Role.CHAIR));

    private final NeighbourhoodImport neighbourhoodImport;
    private final NeighbourhoodCatalog neighbourhoods;
    private final AssemblyDirectory assemblies;
    private final PbCycles cycles;
    private final Clock clock;

    private final ResidentRegistry residents;
    private final org.springframework.beans.factory.ObjectProvider<tr.bel.izmir.bizizmir.proposal.ProposalSubmissions> proposals;

    public DemoData(NeighbourhoodImport neighbourhoodImport, NeighbourhoodCatalog neighbourhoods,
                    AssemblyDirectory assemblies, PbCycles cycles, ResidentRegistry residents,
                    org.springframework.beans.factory.ObjectProvider<tr.bel.izmir.bizizmir.proposal.ProposalSubmissions> proposals,
                    Clock clock) {
        this.residents = residents;
        this.proposals = proposals;
        this.neighbourhoodImport = neighbourhoodImport;
        this.neighbourhoods = neighbourhoods;
        this.assemblies = assemblies;
        this.cycles = cycles;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (neighbourhoods.countAll() == 0) {
            try (InputStream csv = new ClassPathResource("reference/neighbourhoods-seed.csv").getInputStream()) {
                var result = SystemActor.call(() -> neighbourhoodImport.importCsv(csv, percent -> { }));
                log.info("Seed neighbourhoods: {} created, {} rejected", result.created(), result.errors().size());
            }
        }
        LocalDate today = IzmirTime.now(clock).toLocalDate();
        for (Pilot pilot : PILOTS) {
            var neighbourhood = neighbourhoods.requireByCode(pilot.neighbourhoodCode());
            if (assemblies.ofNeighbourhood(neighbourhood.getId()).isEmpty()) {
                SystemActor.call(() -> assemblies.establish(neighbourhood.getId(), pilot.assemblyName(), true, today.withDayOfYear(1)));
            }
            if (cycles.openCycleOf(neighbourhood.getId()).isEmpty()) {
                SystemActor.call(() -> cycles.open(new CycleSpec(neighbourhood.getId(),
                        neighbourhood.getName() + " Katılımcı Bütçe " + today.getYear(),
                        Money.ofLira(pilot.envelopeLira()), CyclePhase.SUBMISSION,
                        today.minusDays(7), today.plusDays(45), today.plusDays(75), today.plusDays(95),
                        pilot.supportThreshold(), 3, 16, BallotRule.KNAPSACK, AllocationRule.GREEDY)));
            }
        }
        for (DemoMember m : MEMBERS) {
            assemblies.ofNeighbourhood(neighbourhoods.requireByCode(m.neighbourhoodCode()).getId()).ifPresent(assembly ->
                    SystemActor.call(() -> assemblies.enrol(assembly.getId(), m.username(), m.role(), assembly.getEstablishedOn())));
        }
        for (DemoResident r : RESIDENTS) {
            if (residents.residentOf(r.username()).isEmpty()) {
                String tckn = TcKimlikNo.complete(r.firstNineDigits());
                SystemActor.call(() -> residents.importCensus(new java.io.ByteArrayInputStream(
                        (tckn + ";" + r.birthYear() + ";" + r.neighbourhoodCode() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8))));
                residents.verify(r.username(), tckn, r.birthYear(), neighbourhoods.requireByCode(r.neighbourhoodCode()).getId(), true);
            }
        }
        seedProposals();
    }

    /**
     * A few proposals by the demo residents, so the portal and the officers' inbox are not
     * empty on first start. They go through the real service and process (eligibility,
     * screening task), submitted as their authors; the fixed submission keys make this idempotent.
     */
    void seedProposals() {
        var sigacik = neighbourhoods.requireByCode("seferihisar-sigacik");
        var cycle = cycles.openCycleOf(sigacik.getId());
        if (cycle.isEmpty()) {
            return;
        }
        record Idea(String author, String title, String description, tr.bel.izmir.bizizmir.proposal.ProposalCategory category,
                    String location, long cost) {
        }
        var ideas = List.of(
                new Idea("sakin", "Sığacık Kalesi çevresine gölgelikli oturma alanı",
                        "Kale surlarının dibindeki boş alana gölgelik, banklar ve bir içme suyu çeşmesi konulsun; yaşlılar ve turistler dinlenebilsin.",
                        tr.bel.izmir.bizizmir.proposal.ProposalCategory.PARKS, "Sığacık Kalesi doğu kapısı", 180_000),
                new Idea("uye", "Liman yolu için bisiklet şeridi",
                        "Sığacık limanından Akkum plajına giden yola ayrılmış, işaretli bir bisiklet şeridi yapılsın.",
                        tr.bel.izmir.bizizmir.proposal.ProposalCategory.ROADS, "Sığacık limanı – Akkum yolu", 900_000),
                new Idea("baskan", "Mahalle kütüphanesinde çocuk okuma saatleri",
                        "Hafta sonları gönüllülerin çocuklara kitap okuduğu saatler ve bunun için minder, raf ve kitap alımı.",
                        tr.bel.izmir.bizizmir.proposal.ProposalCategory.CULTURE, "Sığacık muhtarlığı yanındaki kütüphane", 40_000));
        for (Idea idea : ideas) {
            DemoUser.as(idea.author(), () -> proposals.getObject().submit(cycle.get().getId(),
                    new tr.bel.izmir.bizizmir.proposal.ProposalDraft(idea.title(), idea.description(), idea.category(),
                            idea.location(), null, null, Money.ofLira(idea.cost())),
                    "demo-" + idea.author() + "-1"), "citizen", "resident");
        }
    }
}
