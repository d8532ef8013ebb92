package tr.bel.izmir.bizizmir.assembly;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodImport;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;
import tr.bel.izmir.bizizmir.support.TestNeighbourhoods;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Coordinators administer assemblies in the product (issue 13, item 2): establish, rename, mark
 * as a pilot; a bad name or a stale edit is refused with its reason and nothing is saved.
 */
@IntegrationTest
class AssemblyAdministrationIT {

    @Autowired NeighbourhoodImport neighbourhoodImport;
    @Autowired NeighbourhoodCatalog neighbourhoods;
    @Autowired AssemblyDirectory assemblies;

    static final String[] COORDINATOR = {"coordinator"};

    AssemblyInfo established() {
        String name = "Yonetim " + UUID.randomUUID().toString().substring(0, 6);
        long hood = TestNeighbourhoods.fresh(neighbourhoodImport, neighbourhoods, "Foca", name).getId();
        return RunAs.user("koordinator", () -> assemblies.establish(hood, name + " Meclisi", false, LocalDate.now()), COORDINATOR);
    }

    void refused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo(key);
    }

    @Test
    void a_coordinator_establishes_renames_and_marks_a_pilot() {
        var a = established();
        var renamed = RunAs.user("koordinator", () -> assemblies.update(a.getId(), a.getVersion(), "  Yeni Ad Meclisi ", true, "koordinator"), COORDINATOR);
        assertThat(renamed.getName()).isEqualTo("Yeni Ad Meclisi");
        assertThat(renamed.isPilot()).isTrue();
        assertThat(renamed.getUpdatedBy()).isEqualTo("koordinator");
        assertThat(assemblies.find(a.getId()).orElseThrow().getVersion()).isGreaterThan(a.getVersion());
    }

    @Test
    void a_stale_edit_and_bad_names_are_refused_and_nothing_changes() {
        var a = established();
        RunAs.user("koordinator", () -> assemblies.update(a.getId(), a.getVersion(), "Önce Kaydeden", false, "koordinator"), COORDINATOR);
        refused(() -> RunAs.user("admin", () -> assemblies.update(a.getId(), a.getVersion(), "Sonra Kaydeden", true, "admin"), "admin"),
                "assembly.error.changed");
        var now = assemblies.find(a.getId()).orElseThrow();
        assertThat(now.getName()).isEqualTo("Önce Kaydeden");
        refused(() -> RunAs.user("koordinator", () -> assemblies.update(a.getId(), now.getVersion(), "  ", true, "koordinator"), COORDINATOR),
                "assembly.error.name-required");
        refused(() -> RunAs.user("koordinator", () -> assemblies.update(a.getId(), now.getVersion(), "x".repeat(161), true, "koordinator"), COORDINATOR),
                "assembly.error.name-too-long");
        refused(() -> RunAs.user("koordinator", () -> assemblies.establish(a.getNeighbourhoodId(), "İkinci", false, LocalDate.now()), COORDINATOR),
                "assembly.error.exists");
        assertThat(assemblies.find(a.getId()).orElseThrow().getName()).isEqualTo("Önce Kaydeden");
    }

    @Test
    void officers_and_chairs_may_not_administer_assemblies() {
        var a = established();
        assertThatThrownBy(() -> RunAs.user("memur", () -> assemblies.update(a.getId(), a.getVersion(), "Memur", true, "memur"), "officer"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> RunAs.user("baskan", () -> assemblies.update(a.getId(), a.getVersion(), "Başkan", true, "baskan"),
                "assembly-chair", "assembly-member")).isInstanceOf(AccessDeniedException.class);
    }
}
