package tr.bel.izmir.bizizmir.assembly;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.assembly.internal.AssemblyMemberRepository;
import tr.bel.izmir.bizizmir.assembly.internal.AssemblyRepository;
import tr.bel.izmir.bizizmir.assembly.internal.MembershipApplicationRepository;
import tr.bel.izmir.bizizmir.assembly.process.AssemblyMembershipProcess;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.security.PeopleNames;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.WorkingCalendar;
import tr.bel.izmir.bizizmir.shared.process.CaseVariables;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

/**
 * Membership of the neighbourhood assemblies: applications (checked by an officer in
 * AssemblyMembershipProcess), terms, roles and resignation. An assembly has at most one serving
 * chair and one serving secretary; giving the role to someone else makes the previous holder a
 * member.
 */
@Service
@Transactional
public class AssemblyMemberships {

    public static final int MIN_MOTIVATION = 20;
    public static final int MAX_MOTIVATION = 2000;
    public static final int MAX_INITIATIVE = 150;
    public static final int MIN_REFUSAL_REASON = 10;
    public static final int MAX_REFUSAL_REASON = 1000;

    /** What the officer's check form shows. */
    public record CheckFacts(String summary, String summaryEn, Date dueAt) {
    }

    private final MembershipApplicationRepository applications;
    private final AssemblyMemberRepository members;
    private final AssemblyRepository assemblies;
    private final RuntimeService runtime;
    private final CurrentUser currentUser;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final int termYears;
    private final int checkWorkingDays;
    private final PeopleNames people;

    public AssemblyMemberships(MembershipApplicationRepository applications, AssemblyMemberRepository members,
                               AssemblyRepository assemblies, RuntimeService runtime, CurrentUser currentUser,
                               WorkingCalendar calendar, Clock clock,
                               @Value("${bizizmir.assembly.term-years:2}") int termYears,
                               @Value("${bizizmir.assembly.membership-check-days:5}") int checkWorkingDays,
                               PeopleNames people) {
        this.people = people;
        this.applications = applications;
        this.members = members;
        this.assemblies = assemblies;
        this.runtime = runtime;
        this.currentUser = currentUser;
        this.calendar = calendar;
        this.clock = clock;
        this.termYears = termYears;
        this.checkWorkingDays = checkWorkingDays;
    }

    private LocalDate today() {
        return IzmirTime.now(clock).toLocalDate();
    }

    /** A registered person applies, for themselves or for the civic initiative they represent. */
    @PreAuthorize("isAuthenticated()")
    public MembershipApplicationInfo apply(long assemblyId, MembershipApplication.Kind kind, String initiativeName, String motivation) {
        String applicant = currentUser.require().username();
        var assembly = assemblies.findById(assemblyId)
                .orElseThrow(() -> new DomainException.NotFound("membership.error.no-assembly", assemblyId));
        if (kind == null) {
            throw new DomainException("membership.error.kind-required");
        }
        String initiative = initiativeName == null ? "" : initiativeName.strip();
        if (kind == MembershipApplication.Kind.INITIATIVE && initiative.isEmpty()) {
            throw new DomainException("membership.error.initiative-required");
        }
        if (initiative.length() > MAX_INITIATIVE) {
            throw new DomainException("membership.error.initiative-too-long", MAX_INITIATIVE);
        }
        String text = motivation == null ? "" : motivation.strip();
        if (text.length() < MIN_MOTIVATION) {
            throw new DomainException("membership.error.motivation-too-short", MIN_MOTIVATION);
        }
        if (text.length() > MAX_MOTIVATION) {
            throw new DomainException("membership.error.motivation-too-long", MAX_MOTIVATION);
        }
        if (members.findByAssemblyIdAndUsername(assemblyId, applicant).filter(m -> m.servesOn(today())).isPresent()) {
            throw new DomainException.Conflict("membership.error.already-member");
        }
        if (applications.existsByAssemblyIdAndApplicantAndStatus(assemblyId, applicant, MembershipApplication.Status.PENDING)) {
            throw new DomainException.Conflict("membership.error.pending");
        }
        var application = applications.saveAndFlush(new MembershipApplication(assemblyId, applicant, kind,
                kind == MembershipApplication.Kind.INITIATIVE ? initiative : null, text, clock.instant()));
        runtime.startProcessInstanceByKey(AssemblyMembershipProcess.KEY, Long.toString(application.getId()),
                Variables.createVariables()
                        .putValue(CaseVariables.CASE_TITLE, assembly.getName() + ": " + currentUser.require().displayName())
                        .putValue(CaseVariables.NEIGHBOURHOOD_ID, assembly.getNeighbourhoodId()));
        return application;
    }

    /** Called by the process: what the officer checks, and by when. */
    @Transactional(readOnly = true)
    public CheckFacts prepareCheck(long applicationId) {
        var application = require(applicationId);
        var assembly = assemblies.findById(application.getAssemblyId()).orElseThrow();
        String name = people.nameOf(application.getApplicant());
        boolean initiative = application.getKind() == MembershipApplication.Kind.INITIATIVE;
        String who = initiative
                ? "Sivil girişim: " + application.getInitiativeName().orElse("") + " (temsilci " + name + ")"
                : "Bireysel gönüllü: " + name;
        String whoEn = initiative
                ? "Civic initiative: " + application.getInitiativeName().orElse("") + " (represented by " + name + ")"
                : "Individual volunteer: " + name;
        String summary = assembly.getName() + " — " + who + "\n\n" + application.getMotivation();
        String summaryEn = assembly.getName() + " — " + whoEn + "\n\n" + application.getMotivation();
        var due = calendar.addWorkingDays(IzmirTime.now(clock), checkWorkingDays);
        return new CheckFacts(summary, summaryEn, Date.from(due.toInstant()));
    }

    /** Called by the process when the officer admits: a member's term starts today. */
    public AssemblyMemberInfo admit(long applicationId, String officer) {
        var application = require(applicationId);
        if (application.getStatus() != MembershipApplication.Status.PENDING) {
            throw new DomainException.Conflict("membership.error.decided");
        }
        application.admit(officer, clock.instant());
        LocalDate start = today();
        LocalDate end = start.plusYears(termYears).minusDays(1);
        var existing = members.findByAssemblyIdAndUsername(application.getAssemblyId(), application.getApplicant());
        if (existing.isPresent()) {
            existing.get().startTerm(AssemblyMember.Role.MEMBER, start, end);
            return existing.get();
        }
        return members.save(new AssemblyMember(application.getAssemblyId(), application.getApplicant(),
                AssemblyMember.Role.MEMBER, start, end));
    }

    /** Called by the process when the officer refuses; a refusal without a reason is not taken. */
    public void refuse(long applicationId, String reason, String officer) {
        var application = require(applicationId);
        if (application.getStatus() != MembershipApplication.Status.PENDING) {
            throw new DomainException.Conflict("membership.error.decided");
        }
        String text = reason == null ? "" : reason.strip();
        if (text.length() < MIN_REFUSAL_REASON) {
            throw new DomainException("membership.error.reason-required", MIN_REFUSAL_REASON);
        }
        if (text.length() > MAX_REFUSAL_REASON) {
            throw new DomainException("membership.error.reason-too-long", MAX_REFUSAL_REASON);
        }
        application.refuse(text, officer, clock.instant());
    }

    /** The signed-in member resigns from an assembly; they no longer serve from today. */
    @PreAuthorize("isAuthenticated()")
    public void resign(long assemblyId) {
        String username = currentUser.require().username();
        var member = members.findByAssemblyIdAndUsername(assemblyId, username).filter(m -> m.servesOn(today()))
                .orElseThrow(() -> new DomainException("membership.error.not-a-member"));
        member.resign(today());
    }

    /** Officers and admins give a serving member a role; the previous chair or secretary becomes a member. */
    @PreAuthorize("hasAnyRole('officer','admin')")
    public void assignRole(long memberId, AssemblyMember.Role role) {
        if (role == null) {
            throw new DomainException("membership.error.role-required");
        }
        var member = members.findById(memberId).filter(m -> m.servesOn(today()))
                .orElseThrow(() -> new DomainException("membership.error.not-serving"));
        giveRole(member, role);
    }

    /** An assembly has at most one serving chair and one serving secretary: the previous holder becomes a member. */
    private void giveRole(AssemblyMember member, AssemblyMember.Role role) {
        if (role != AssemblyMember.Role.MEMBER) {
            members.findByAssemblyId(member.getAssemblyId()).stream()
                    .filter(m -> m.getRole() == role && !m.getId().equals(member.getId()) && m.servesOn(today()))
                    .forEach(m -> m.changeRole(AssemblyMember.Role.MEMBER));
        }
        member.changeRole(role);
    }

    /**
     * The serving chair appoints a serving member of their assembly as its secretary; the
     * previous secretary becomes a member. (Other roles remain the officers' to give.)
     */
    @PreAuthorize("isAuthenticated()")
    public void appointSecretary(long assemblyId, String username) {
        String chair = currentUser.require().username();
        members.findByAssemblyIdAndUsername(assemblyId, chair)
                .filter(m -> m.servesOn(today()) && m.getRole() == AssemblyMember.Role.CHAIR)
                .orElseThrow(() -> new DomainException("meeting.error.not-chair"));
        var member = members.findByAssemblyIdAndUsername(assemblyId, username).filter(m -> m.servesOn(today()))
                .orElseThrow(() -> new DomainException("membership.error.not-serving"));
        if (member.getRole() == AssemblyMember.Role.CHAIR) {
            throw new DomainException("membership.error.chair-not-secretary");
        }
        giveRole(member, AssemblyMember.Role.SECRETARY);
    }

    /** Officers and admins correct a term; the end may be open. */
    @PreAuthorize("hasAnyRole('officer','admin')")
    public void changeTerm(long memberId, LocalDate start, LocalDate end) {
        if (start == null || (end != null && end.isBefore(start))) {
            throw new DomainException("membership.error.term");
        }
        members.findById(memberId).orElseThrow(() -> new DomainException.NotFound("membership.error.no-member", memberId))
                .changeTerm(start, end);
    }

    /** The members of an assembly, serving ones first, chair and secretary before members. Public. */
    @Transactional(readOnly = true)
    public List<AssemblyMemberInfo> membersOf(long assemblyId) {
        var today = today();
        return members.findByAssemblyId(assemblyId).stream()
                .sorted(Comparator.comparing((AssemblyMember m) -> !m.servesOn(today))
                        .thenComparing(m -> m.getRole() == AssemblyMember.Role.CHAIR ? 0 : m.getRole() == AssemblyMember.Role.SECRETARY ? 1 : 2)
                        .thenComparing(AssemblyMember::getUsername))
                .map(AssemblyMemberInfo.class::cast).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AssemblyMemberInfo> myMemberships() {
        return List.copyOf(members.findByUsername(currentUser.require().username()));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MembershipApplicationInfo> myApplications() {
        return List.copyOf(applications.findByApplicantOrderBySubmittedAtDesc(currentUser.require().username()));
    }

    /** Members' names for lists and public pages, by user name (the user name when no name is known). */
    @Transactional(readOnly = true)
    public java.util.Map<String, String> names(java.util.Collection<String> usernames) {
        return people.namesOf(usernames);
    }

    /** The role the person has in the assembly today, if they serve. */
    @Transactional(readOnly = true)
    public java.util.Optional<AssemblyMemberInfo> serving(long assemblyId, String username) {
        return members.findByAssemblyIdAndUsername(assemblyId, username).filter(m -> m.servesOn(today())).map(AssemblyMemberInfo.class::cast);
    }

    @Transactional(readOnly = true)
    public java.util.Optional<MembershipApplicationInfo> find(long applicationId) {
        return applications.findById(applicationId).map(MembershipApplicationInfo.class::cast);
    }

    private MembershipApplication require(long applicationId) {
        return applications.findById(applicationId)
                .orElseThrow(() -> new DomainException.NotFound("membership.error.no-application", applicationId));
    }
}
