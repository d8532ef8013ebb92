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

    public List<AssemblyInfo> all() {
        return List.copyOf(assemblies.findAllByOrderByPilotDescNameAsc());
    }

    public Optional<AssemblyInfo> find(long assemblyId) {
        return assemblies.findById(assemblyId).map(AssemblyInfo.class::cast);
    }

    public Optional<AssemblyInfo> ofNeighbourhood(long neighbourhoodId) {
        return assemblies.findByNeighbourhoodId(neighbourhoodId).map(AssemblyInfo.class::cast);
    }

    /** Who administers assemblies: admins and programme coordinators (DD017). */
    static final String ADMINISTRATORS = "hasAnyRole('admin','coordinator')";

    @PreAuthorize(ADMINISTRATORS)
    @Transactional
    public AssemblyInfo establish(long neighbourhoodId, String name, boolean pilot, LocalDate establishedOn) {
        if (establishedOn == null) {
            throw new DomainException("assembly.error.established-required");
        }
        if (establishedOn.isAfter(tr.bel.izmir.bizizmir.shared.IzmirTime.now(clock).toLocalDate().plusYears(1))) {
            throw new DomainException("assembly.error.established-too-late");
        }
        neighbourhoods.require(neighbourhoodId);
        checkName(name);
        if (assemblies.findByNeighbourhoodId(neighbourhoodId).isPresent()) {
            throw new DomainException.Conflict("assembly.error.exists");
        }
        return assemblies.save(new Assembly(neighbourhoodId, name.trim(), pilot, establishedOn, clock.instant()));
    }

    /**
     * Renames an assembly or marks it as one of the programme's pilots (a public label; every
     * assembly reviews the proposals of its neighbourhood that reach their threshold).
     *
     * @throws DomainException.Conflict someone saved the assembly since it was read
     */
    @PreAuthorize(ADMINISTRATORS)
    @Transactional
    public AssemblyInfo update(long assemblyId, long expectedVersion, String name, boolean pilot, String by) {
        var assembly = assemblies.findById(assemblyId)
                .orElseThrow(() -> new DomainException.NotFound("assembly.error.not-found", assemblyId));
        if (assembly.getVersion() != expectedVersion) {
            throw new DomainException.Conflict("assembly.error.changed");
        }
        checkName(name);
        assembly.edit(name.trim(), pilot, by, clock.instant());
        try {
            return assemblies.saveAndFlush(assembly);
        } catch (org.springframework.orm.ObjectOptimisticLockingFailureException raced) {
            throw new DomainException.Conflict("assembly.error.changed");
        }
    }

    /** Members serving today, per assembly (the administration's overview). */
    public java.util.Map<Long, Long> servingMembers() {
        LocalDate today = tr.bel.izmir.bizizmir.shared.IzmirTime.now(clock).toLocalDate();
        return members.findAll().stream().filter(m -> m.servesOn(today))
                .collect(java.util.stream.Collectors.groupingBy(AssemblyMember::getAssemblyId, java.util.stream.Collectors.counting()));
    }

    private static void checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new DomainException("assembly.error.name-required");
        }
        if (name.strip().length() > MAX_NAME) {
            throw new DomainException("assembly.error.name-too-long", MAX_NAME);
        }
    }

    /**
     * Enrols a person in an assembly for an open-ended term (demo data, as the system; residents
     * join through membership applications, AssemblyMemberships). Idempotent: an existing member
     * is kept as is.
     */
    @PreAuthorize(ADMINISTRATORS)
    @Transactional
    public AssemblyMemberInfo enrol(long assemblyId, String username, AssemblyMember.Role role, LocalDate termStart) {
        return members.findByAssemblyIdAndUsername(assemblyId, username)
                .orElseGet(() -> members.save(new AssemblyMember(assemblyId, username, role, termStart, null)));
    }
}
