package tr.bel.izmir.bizizmir.cases;

import org.springframework.stereotype.Component;
import tr.bel.izmir.bizizmir.assembly.AssemblyMemberInfo;
import tr.bel.izmir.bizizmir.assembly.AssemblyMemberships;

/** Whether the signed-in person chairs an assembly today: the chair sees that assembly's cases (DD019). */
@Component
class AssemblyChairs {

    private final AssemblyMemberships memberships;
    private final CaseTrails trails;

    AssemblyChairs(AssemblyMemberships memberships, CaseTrails trails) {
        this.memberships = memberships;
        this.trails = trails;
    }

    boolean chairs(long assemblyId) {
        return memberships.serving(assemblyId, trails.user().username())
                .filter(m -> m.getRole() == AssemblyMemberInfo.Role.CHAIR).isPresent();
    }
}
