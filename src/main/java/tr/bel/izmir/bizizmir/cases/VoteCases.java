package tr.bel.izmir.bizizmir.cases;

import org.springframework.stereotype.Service;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.voting.PublicVotes;
import tr.bel.izmir.bizizmir.voting.VoteInfo;
import tr.bel.izmir.bizizmir.voting.VoteControlInfo;
import tr.bel.izmir.bizizmir.voting.VoteControls;
import tr.bel.izmir.bizizmir.voting.VoteOptionInfo;
import tr.bel.izmir.bizizmir.voting.process.PublicVoteProcess;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The case of a public vote (a PB cycle's ballot or a consultation): its rule, dates and state,
 * the turnout so far (never what anyone chose), what staff did to it and why (DD018), the
 * options and the processes' trail. Officers, supervisors and admins see every vote; other staff
 * only while they hold or may claim one of its open tasks (DD019).
 */
@Service
public class VoteCases extends CaseKind<VoteInfo, VoteCases.Content> {

    public static final String KIND = "vote";

    private final PublicVotes votes;
    private final VoteControls controls;

    public VoteCases(PublicVotes votes, VoteControls controls, CaseTrails trails) {
        super(KIND, Set.of(PublicVoteProcess.KEY), Set.of(AppRoles.OFFICER, AppRoles.SUPERVISOR, AppRoles.ADMIN), trails);
        this.votes = votes;
        this.controls = controls;
    }

    /** @param participants people who have cast a ballot so far (the turnout; no ballot content) */
    public record Content(VoteInfo vote, List<VoteOptionInfo> options, long participants, List<VoteControlInfo> controls) {
    }

    @Override
    Optional<VoteInfo> find(long id) {
        return votes.find(id);
    }

    @Override
    DomainException.NotFound notFound(long id) {
        return new DomainException.NotFound("vote.error.not-found", id);
    }

    @Override
    Content content(long id, VoteInfo vote) {
        return new Content(vote, votes.optionsOf(vote), votes.participants(id), controls.history(id));
    }
}
