package tr.bel.izmir.bizizmir.cases;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.voting.PublicVotes;
import tr.bel.izmir.bizizmir.voting.Vote;
import tr.bel.izmir.bizizmir.voting.VoteControl;
import tr.bel.izmir.bizizmir.voting.VoteControls;
import tr.bel.izmir.bizizmir.voting.VoteOption;
import tr.bel.izmir.bizizmir.voting.process.PublicVoteProcess;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The case of a public vote (a PB cycle's ballot or a consultation): its rule, dates and state,
 * the turnout so far (never what anyone chose), what staff did to it and why (DD018), the
 * options and the processes' trail. Officers, supervisors and admins see every vote; other staff
 * only while they hold or may claim one of its open tasks (DD019).
 */
@Service
public class VoteCases {

    public static final String KIND = "vote";
    public static final Set<String> PROCESSES = Set.of(PublicVoteProcess.KEY);
    public static final Set<String> SEE_EVERY = Set.of(AppRoles.OFFICER, AppRoles.SUPERVISOR, AppRoles.ADMIN);

    private final PublicVotes votes;
    private final VoteControls controls;
    private final CaseTrails trails;

    public VoteCases(PublicVotes votes, VoteControls controls, CaseTrails trails) {
        this.votes = votes;
        this.controls = controls;
        this.trails = trails;
    }

    /** @param participants people who have cast a ballot so far (the turnout; no ballot content) */
    public record Content(Vote vote, List<VoteOption> options, long participants, List<VoteControl> controls) {
    }

    public record CaseFile(Content content, CaseTrail trail) {
    }

    @PreAuthorize(StaffCases.STAFF)
    public boolean maySee(long id) {
        return trails.hasAnyRole(SEE_EVERY) || trails.worksOn(id, PROCESSES);
    }

    /**
     * @throws DomainException.NotFound when no vote has this number
     * @throws AccessDeniedException when the person may not see it
     */
    @PreAuthorize(StaffCases.STAFF)
    @Transactional(readOnly = true)
    public Content content(long id) {
        var vote = require(id);
        return new Content(vote, votes.optionsOf(vote), votes.participants(id), controls.history(id));
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

    private Vote require(long id) {
        var vote = votes.require(id);
        if (!maySee(id)) {
            throw new AccessDeniedException("vote case " + id);
        }
        return vote;
    }
}
