package tr.bel.izmir.bizizmir.parkevent;

import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.parkevent.internal.CivicGroupRepository;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.shared.DomainException;

import java.util.List;
import java.util.Optional;

/**
 * The register of civic groups: park managers register the groups they have met, suspend and
 * readmit them; a representative sees the groups they speak for. Only registered groups may
 * apply for events ({@link ParkEventApplications}); standing changes with the events a group
 * holds ({@link ParkEventLifecycle}).
 */
@Service
public class CivicGroups {

    /** A newly registered group's standing, above the eligibility table's threshold. */
    static final int INITIAL_STANDING = 70;

    private final CivicGroupRepository groups;
    private final CurrentUser currentUser;

    public CivicGroups(CivicGroupRepository groups, CurrentUser currentUser) {
        this.groups = groups;
        this.currentUser = currentUser;
    }

    /** Registers a civic group; park managers vouch for groups they have met. */
    @PreAuthorize("hasAnyRole('park-manager','admin')")
    @Transactional
    public CivicGroupInfo register(String name, String neighbourhoodCode, String representative) {
        if (name == null || name.isBlank() || representative == null || representative.isBlank()) {
            throw new DomainException("parkevent.error.group-fields");
        }
        if (neighbourhoodCode == null || neighbourhoodCode.isBlank()) {
            throw new DomainException("parkevent.error.group-fields");
        }
        if (groups.existsByNameIgnoreCase(name.strip())) {
            throw new DomainException.Conflict("parkevent.error.group-name-taken", name.strip());
        }
        return groups.save(new CivicGroup(name.strip(), neighbourhoodCode, representative.strip(), INITIAL_STANDING, true));
    }

    /** Every civic group, for park managers, by name. */
    @PreAuthorize("hasAnyRole('park-manager','admin')")
    @Transactional(readOnly = true)
    public List<CivicGroupInfo> all() {
        return List.copyOf(groups.findAll(Sort.by("name")));
    }

    /** Registers a group that asked to join (or suspends one): only registered groups may apply. */
    @PreAuthorize("hasAnyRole('park-manager','admin')")
    @Transactional
    public void setRegistered(long groupId, boolean registered) {
        groups.findById(groupId).orElseThrow(() -> new DomainException.NotFound("parkevent.error.group-not-found", groupId))
                .setRegistered(registered);
    }

    /** The groups the signed-in person represents, by name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CivicGroupInfo> mine() {
        return List.copyOf(groups.findByRepresentativeOrderByName(currentUser.require().username()));
    }

    @Transactional(readOnly = true)
    public Optional<CivicGroupInfo> find(long groupId) {
        return groups.findById(groupId).map(CivicGroupInfo.class::cast);
    }
}
