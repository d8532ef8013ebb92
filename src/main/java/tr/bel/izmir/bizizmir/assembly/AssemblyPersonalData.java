package tr.bel.izmir.bizizmir.assembly;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.assembly.internal.AdvisoryVoteRepository;
import tr.bel.izmir.bizizmir.assembly.internal.AssemblyMeetingRepository;
import tr.bel.izmir.bizizmir.assembly.internal.AssemblyMemberRepository;
import tr.bel.izmir.bizizmir.assembly.internal.AssemblyReviewRepository;
import tr.bel.izmir.bizizmir.assembly.internal.AssemblyReviewVoteRepository;
import tr.bel.izmir.bizizmir.assembly.internal.MeetingAttendanceRepository;
import tr.bel.izmir.bizizmir.assembly.internal.MembershipApplicationRepository;
import tr.bel.izmir.bizizmir.assembly.process.AssemblyMembershipProcess;
import tr.bel.izmir.bizizmir.shared.IzmirTime;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * KVKK: what the assemblies hold about a person (membership applications, memberships, votes on
 * proposals and advisory items, meeting attendance), for export and erasure by the privacy
 * feature. Erasure keeps every vote and attendance row, so the published counts and outcomes stay
 * true, but replaces the name with {@code erased-<row id>} (DD009).
 */
@Service
@Transactional
public class AssemblyPersonalData {

    private final AssemblyDirectory assemblies;
    private final MembershipApplicationRepository applications;
    private final AssemblyMemberRepository members;
    private final AssemblyReviewRepository reviews;
    private final AssemblyReviewVoteRepository reviewVotes;
    private final AdvisoryVoteRepository advisoryVotes;
    private final MeetingAttendanceRepository attendance;
    private final AssemblyMeetingRepository meetings;
    private final RuntimeService runtime;
    private final Clock clock;

    public AssemblyPersonalData(AssemblyDirectory assemblies, MembershipApplicationRepository applications,
                                AssemblyMemberRepository members, AssemblyReviewRepository reviews,
                                AssemblyReviewVoteRepository reviewVotes, AdvisoryVoteRepository advisoryVotes,
                                MeetingAttendanceRepository attendance, AssemblyMeetingRepository meetings,
                                RuntimeService runtime, Clock clock) {
        this.assemblies = assemblies;
        this.applications = applications;
        this.members = members;
        this.reviews = reviews;
        this.reviewVotes = reviewVotes;
        this.advisoryVotes = advisoryVotes;
        this.attendance = attendance;
        this.meetings = meetings;
        this.runtime = runtime;
        this.clock = clock;
    }

    private String assemblyName(long assemblyId) {
        return assemblies.find(assemblyId).map(AssemblyInfo::getName).orElse("#" + assemblyId);
    }

    /** Everything the assemblies hold about the person, keyed for the privacy export. */
    @Transactional(readOnly = true)
    public Map<String, Object> personalData(String username) {
        var data = new LinkedHashMap<String, Object>();
        data.put("assemblyApplications", applications.findByApplicantOrderBySubmittedAtDesc(username).stream().map(a -> {
            var row = new LinkedHashMap<String, Object>();
            row.put("assembly", assemblyName(a.getAssemblyId()));
            row.put("kind", a.getKind().name());
            a.getInitiativeName().ifPresent(n -> row.put("initiative", n));
            row.put("motivation", a.getMotivation());
            row.put("submittedAt", a.getSubmittedAt().toString());
            row.put("status", a.getStatus().name());
            a.getRefusalReason().ifPresent(r -> row.put("refusalReason", r));
            return row;
        }).toList());
        data.put("assemblyMemberships", members.findByUsername(username).stream().map(m -> {
            var row = new LinkedHashMap<String, Object>();
            row.put("assembly", assemblyName(m.getAssemblyId()));
            row.put("role", m.getRole().name());
            row.put("termStart", m.getTermStart().toString());
            row.put("termEnd", m.getTermEnd() == null ? null : m.getTermEnd().toString());
            m.getResignedOn().ifPresent(d -> row.put("resignedOn", d.toString()));
            return row;
        }).toList());
        data.put("assemblyReviewVotes", reviewVotes.findByMemberOrderByVotedAtDesc(username).stream().map(v -> {
            var row = new LinkedHashMap<String, Object>();
            row.put("proposalId", reviews.findById(v.getReviewId()).map(AssemblyReview::getProposalId).orElse(null));
            row.put("recommend", v.isRecommend());
            row.put("comment", v.getComment());
            row.put("votedAt", v.getVotedAt().toString());
            return row;
        }).toList());
        data.put("advisoryVotes", advisoryVotes.findByMemberOrderByVotedAtDesc(username).stream().map(v -> {
            var row = new LinkedHashMap<String, Object>();
            row.put("advisoryItemId", v.getItemId());
            row.put("choice", v.getChoice().name());
            row.put("comment", v.getComment());
            row.put("votedAt", v.getVotedAt().toString());
            v.getMeetingId().ifPresent(id -> row.put("castAtMeetingId", id));
            return row;
        }).toList());
        data.put("assemblyMeetingAttendance", attendance.findByMemberOrderByMeetingIdDesc(username).stream().map(a -> {
            var row = new LinkedHashMap<String, Object>();
            row.put("meetingId", a.getMeetingId());
            row.put("confirmed", a.getConfirmed().orElse(null));
            row.put("present", a.getPresent().orElse(null));
            return row;
        }).toList());
        return data;
    }

    /**
     * KVKK erasure. A pending membership application is dropped with its process (nobody is left
     * to admit); a decided one keeps its decision without the applicant or their motivation. A
     * serving member stops serving today; the membership row stays for the record without the
     * name. Votes and attendance at meetings that have started stay and still count, without
     * the name; a confirmation for a meeting still to come is withdrawn, as the person no longer
     * serves and will not come.
     */
    public void erase(String username) {
        for (var application : applications.findByApplicantOrderBySubmittedAtDesc(username)) {
            if (application.getStatus() == MembershipApplication.Status.PENDING) {
                runtime.createProcessInstanceQuery().processDefinitionKey(AssemblyMembershipProcess.KEY)
                        .processInstanceBusinessKey(application.getId().toString()).list()
                        .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "KVKK erasure of the applicant"));
                applications.delete(application);
            } else {
                application.erase();
            }
        }
        var today = IzmirTime.now(clock).toLocalDate();
        members.findByUsername(username).forEach(m -> m.erase(today));
        var now = clock.instant();
        attendance.findByMemberOrderByMeetingIdDesc(username).stream()
                .filter(a -> meetings.findById(a.getMeetingId()).map(m -> m.getStartsAt().isAfter(now)).orElse(false))
                .forEach(attendance::delete);
        attendance.flush();
        reviewVotes.pseudonymise(username);
        advisoryVotes.pseudonymise(username);
        attendance.pseudonymise(username);
    }
}
