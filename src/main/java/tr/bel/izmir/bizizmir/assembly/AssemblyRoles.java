package tr.bel.izmir.bizizmir.assembly;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.assembly.internal.AssemblyMemberRepository;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.security.RolesFromRecords;
import tr.bel.izmir.bizizmir.shared.IzmirTime;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Serving on an assembly (our {@code assembly_member} table) is what makes someone an assembly
 * member: a member admitted through the platform opens the member pages at their next sign-in,
 * whatever the identity provider says; a chair of any assembly is {@code assembly-chair}, a
 * secretary is a member (DD021).
 */
@Component
class AssemblyRoles implements RolesFromRecords {

    private static final Set<String> GOVERNED = Set.of(AppRoles.ASSEMBLY_MEMBER, AppRoles.ASSEMBLY_CHAIR);

    private final AssemblyMemberRepository members;
    private final Clock clock;

    AssemblyRoles(AssemblyMemberRepository members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    @Override
    public Set<String> governs() {
        return GOVERNED;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> rolesOf(String username) {
        LocalDate today = IzmirTime.now(clock).toLocalDate();
        Set<String> roles = new HashSet<>();
        for (AssemblyMember m : members.findByUsername(username)) {
            if (m.servesOn(today)) {
                roles.add(AppRoles.ASSEMBLY_MEMBER);
                if (m.getRole() == AssemblyMember.Role.CHAIR) {
                    roles.add(AppRoles.ASSEMBLY_CHAIR);
                }
            }
        }
        return roles;
    }
}
