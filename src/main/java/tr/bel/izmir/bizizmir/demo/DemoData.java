package tr.bel.izmir.bizizmir.demo;

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
    record Pilot(String neighbourhoodCode, String assemblyName, long envelopeLira) {
    }

    static final List<Pilot> PILOTS = List.of(
            new Pilot("seferihisar-sigacik", "Sığacık Mahalle Meclisi (Cittaslow)", 1_500_000),
            new Pilot("karabaglar-uzundere", "Uzundere Mahalle Meclisi (Acil Çözüm Ekibi)", 2_000_000),
            new Pilot("bergama-kozak", "Kozak Mahalle Meclisi (Mera İzmir)", 1_000_000));

    /** Demo residents: local users verified against demo census entries (numbers valid, invented). */
    record DemoResident(String username, String firstNineDigits, int birthYear, String neighbourhoodCode) {
    }

    static final List<DemoResident> RESIDENTS = List.of(
            new DemoResident("sakin", "100000001", 1988, "seferihisar-sigacik"),
            new DemoResident("uye", "100000002", 1975, "seferihisar-sigacik"),
            new DemoResident("baskan", "100000003", 1969, "seferihisar-sigacik"));

    private final NeighbourhoodImport neighbourhoodImport;
    private final NeighbourhoodCatalog neighbourhoods;
    private final AssemblyDirectory assemblies;
    private final PbCycles cycles;
    private final Clock clock;

    private final ResidentRegistry residents;

    public DemoData(NeighbourhoodImport neighbourhoodImport, NeighbourhoodCatalog neighbourhoods,
                    AssemblyDirectory assemblies, PbCycles cycles, ResidentRegistry residents, Clock clock) {
        this.residents = residents;
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
                var result = neighbourhoodImport.importTrusted(csv, percent -> { });
                log.info("Seed neighbourhoods: {} created, {} rejected", result.created(), result.errors().size());
            }
        }
        LocalDate today = IzmirTime.now(clock).toLocalDate();
        for (Pilot pilot : PILOTS) {
            var neighbourhood = neighbourhoods.requireByCode(pilot.neighbourhoodCode());
            if (assemblies.ofNeighbourhood(neighbourhood.getId()).isEmpty()) {
                assemblies.establishTrusted(neighbourhood.getId(), pilot.assemblyName(), true, today.withDayOfYear(1));
            }
            if (cycles.openCycleOf(neighbourhood.getId()).isEmpty()) {
                cycles.openTrusted(new CycleSpec(neighbourhood.getId(),
                        neighbourhood.getName() + " Katılımcı Bütçe " + today.getYear(),
                        Money.ofLira(pilot.envelopeLira()), CyclePhase.SUBMISSION,
                        today.minusDays(7), today.plusDays(45), today.plusDays(75), today.plusDays(95),
                        25, 3, 16, BallotRule.KNAPSACK, AllocationRule.GREEDY));
            }
        }
        for (DemoResident r : RESIDENTS) {
            if (residents.residentOf(r.username()).isEmpty()) {
                String tckn = TcKimlikNo.complete(r.firstNineDigits());
                residents.importCensusTrusted(new java.io.ByteArrayInputStream(
                        (tckn + ";" + r.birthYear() + ";" + r.neighbourhoodCode() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                residents.verify(r.username(), tckn, r.birthYear(), neighbourhoods.requireByCode(r.neighbourhoodCode()).getId(), true);
            }
        }
    }
}
