package tr.bel.izmir.bizizmir.assembly;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.assembly.internal.AssemblyMemberRepository;
import tr.bel.izmir.bizizmir.assembly.internal.AssemblyRepository;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.shared.DomainException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The assemblies of the programme: the pilots first, then every neighbourhood that joins. */
@Service
@Transactional(readOnly = true)
public class AssemblyDirectory {

    public static final int MAX_NAME = 160;

    private final AssemblyRepository assemblies;
    private final AssemblyMemberRepository members;
    private final NeighbourhoodCatalog neighbourhoods;
    private final Clock clock;

    public AssemblyDirectory(AssemblyRepository assemblies, AssemblyMemberRepository members,
                             NeighbourhoodCatalog neighbourhoods, Clock clock) {
        this.assemblies = assemblies;
        this.members = members;
        this.neighbourhoods = neighbourhoods;
        this.clock = clock;
    }

    public List<Assembly> all() {
        return assemblies.findAllByOrderByPilotDescNameAsc();
    }

    public Optional<Assembly> find(long assemblyId) {
        return assemblies.findById(assemblyId);
    }

    public Optional<Assembly> ofNeighbourhood(long neighbourhoodId) {
        return assemblies.findByNeighbourhoodId(neighbourhoodId);
    }

    @PreAuthorize("hasRole('admin')")
    @Transactional
    public Assembly establish(long neighbourhoodId, String name, boolean pilot, LocalDate establishedOn) {
        return establishTrusted(neighbourhoodId, name, pilot, establishedOn);
    }

    /** Demo data and migrations, which run without a signed-in admin. */
    @Transactional
    public Assembly establishTrusted(long neighbourhoodId, String name, boolean pilot, LocalDate establishedOn) {
        neighbourhoods.require(neighbourhoodId);
        if (name == null || name.isBlank()) {
            throw new DomainException("assembly.error.name-required");
        }
        if (name.length() > MAX_NAME) {
            throw new DomainException("assembly.error.name-too-long", MAX_NAME);
        }
        if (assemblies.findByNeighbourhoodId(neighbourhoodId).isPresent()) {
            throw new DomainException.Conflict("assembly.error.exists");
        }
        return assemblies.save(new Assembly(neighbourhoodId, name.trim(), pilot, establishedOn, clock.instant()));
    }

    /**
     * Enrols a person in an assembly for an open-ended term (demo data and tests; the membership
     * applications of the programme come later). Idempotent: an existing member is kept as is.
     */
    @Transactional
    public AssemblyMember enrolTrusted(long assemblyId, String username, AssemblyMember.Role role, LocalDate termStart) {
        return members.findByAssemblyIdAndUsername(assemblyId, username)
                .orElseGet(() -> members.save(new AssemblyMember(assemblyId, username, role, termStart, null)));
    }
}
