package tr.bel.izmir.bizizmir.cases;

import org.springframework.stereotype.Service;
import tr.bel.izmir.bizizmir.assembly.AssemblyInfo;
import tr.bel.izmir.bizizmir.assembly.AssemblyDirectory;
import tr.bel.izmir.bizizmir.assembly.AssemblyMemberships;
import tr.bel.izmir.bizizmir.assembly.MembershipApplicationInfo;
import tr.bel.izmir.bizizmir.assembly.process.AssemblyMembershipProcess;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.shared.DomainException;

import java.util.Optional;
import java.util.Set;

/**
 * The case of an application to join an assembly. Officers, supervisors and admins see every
 * one (the check is the officers'); the chair of the assembly applied to sees its applications;
 * anyone else only while they hold or may claim its open task (DD019). The case shows what the
 * check needs and no more (KVKK): the applicant's user name, how they apply and why.
 */
@Service
public class MembershipCases extends CaseKind<MembershipApplicationInfo, MembershipCases.Content> {

    public static final String KIND = "membership";

    private final AssemblyMemberships memberships;
    private final AssemblyDirectory assemblies;
    private final AssemblyChairs chairs;

    public MembershipCases(AssemblyMemberships memberships, AssemblyDirectory assemblies, AssemblyChairs chairs, CaseTrails trails) {
        super(KIND, Set.of(AssemblyMembershipProcess.KEY), Set.of(AppRoles.OFFICER, AppRoles.SUPERVISOR, AppRoles.ADMIN), trails);
        this.memberships = memberships;
        this.assemblies = assemblies;
        this.chairs = chairs;
    }

    public record Content(MembershipApplicationInfo application, AssemblyInfo assembly) {
    }

    @Override
    Optional<MembershipApplicationInfo> find(long id) {
        return memberships.find(id);
    }

    @Override
    DomainException.NotFound notFound(long id) {
        return new DomainException.NotFound("membership.error.no-application", id);
    }

    @Override
    boolean alsoSees(MembershipApplicationInfo application) {
        return chairs.chairs(application.getAssemblyId());
    }

    @Override
    Content content(long id, MembershipApplicationInfo application) {
        return new Content(application, assemblies.find(application.getAssemblyId()).orElseThrow());
    }
}
