package tr.bel.izmir.bizizmir.assembly;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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
    private final NeighbourhoodCatalog neighbourhoods;
    private final Clock clock;

    public AssemblyDirectory(AssemblyRepository assemblies, NeighbourhoodCatalog neighbourhoods, Clock clock) {
        this.assemblies = assemblies;
        this.neighbourhoods = neighbourhoods;
        this.clock = clock;
    }

    public List<Assembly> all() {
        return assemblies.findAllByOrderByPilotDescNameAsc();
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
}
