package tr.bel.izmir.bizizmir.cases;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.assembly.Assembly;
import tr.bel.izmir.bizizmir.assembly.AssemblyDirectory;
import tr.bel.izmir.bizizmir.assembly.AssemblyMemberships;
import tr.bel.izmir.bizizmir.assembly.MembershipApplication;
import tr.bel.izmir.bizizmir.assembly.process.AssemblyMembershipProcess;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.shared.DomainException;

import java.util.Locale;
import java.util.Set;

/**
 * The case of an application to join an assembly. Officers, supervisors and admins see every
 * one (the check is the officers'); the chair of the assembly applied to sees its applications;
 * anyone else only while they hold or may claim its open task (DD019). The case shows what the
 * check needs and no more (KVKK): the applicant's user name, how they apply and why.
 */
@Service
public class MembershipCases {

    public static final String KIND = "membership";
    public static final Set<String> PROCESSES = Set.of(AssemblyMembershipProcess.KEY);
    public static final Set<String> SEE_EVERY = Set.of(AppRoles.OFFICER, AppRoles.SUPERVISOR, AppRoles.ADMIN);

    private final AssemblyMemberships memberships;
    private final AssemblyDirectory assemblies;
    private final AssemblyChairs chairs;
    private final CaseTrails trails;

    public MembershipCases(AssemblyMemberships memberships, AssemblyDirectory assemblies, AssemblyChairs chairs, CaseTrails trails) {
        this.memberships = memberships;
        this.assemblies = assemblies;
        this.chairs = chairs;
        this.trails = trails;
    }

    public record Content(MembershipApplication application, Assembly assembly) {
    }

    public record CaseFile(Content content, CaseTrail trail) {
    }

    @PreAuthorize(StaffCases.STAFF)
    @Transactional(readOnly = true)
    public boolean maySee(long id) {
        return memberships.find(id).map(this::maySee).orElse(false);
    }

    private boolean maySee(MembershipApplication application) {
        return trails.hasAnyRole(SEE_EVERY) || chairs.chairs(application.getAssemblyId())
                || trails.worksOn(application.getId(), PROCESSES);
    }

    /**
     * @throws DomainException.NotFound when no application has this number
     * @throws AccessDeniedException when the person may not see it
     */
    @PreAuthorize(StaffCases.STAFF)
    @Transactional(readOnly = true)
    public Content content(long id) {
        var application = require(id);
        return new Content(application, assemblies.find(application.getAssemblyId()).orElseThrow());
    }

    @PreAuthorize(StaffCases.STAFF)
    @Transactional(readOnly = true)
    public CaseFile file(long id, Locale locale) {
        return new CaseFile(content(id), trails.trail(KIND, id, PROCESSES, locale));
    }

    @PreAuthorize(StaffCases.STAFF)
    @Transactional
    public CaseNote addNote(long id, String text) {
        require(id);
        return trails.addNote(KIND, id, text);
    }

    private MembershipApplication require(long id) {
        var application = memberships.find(id)
                .orElseThrow(() -> new DomainException.NotFound("membership.error.no-application", id));
        if (!maySee(application)) {
            throw new AccessDeniedException("membership case " + id);
        }
        return application;
    }
}
