package tr.bel.izmir.bizizmir.voting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tr.bel.izmir.bizizmir.voting.internal.CommentReportRepository;
import tr.bel.izmir.bizizmir.voting.internal.ConsultationCommentRepository;
import tr.bel.izmir.bizizmir.voting.internal.ConsultationRepository;
import tr.bel.izmir.bizizmir.voting.internal.VoteParticipationRepository;
import tr.bel.izmir.bizizmir.voting.internal.VoteRepository;

/**
 * KVKK for the voting feature: what a person's account left here, for the privacy feature's
 * export and erasure. Ballots are never part of it: they carry no name (DD010), so neither the
 * export nor anyone else can say what a person chose.
 * <p>
 * Erasure keeps every count valid: a participation row still stops a second ballot in an open
 * vote (the ballot's voter key, not the name, enforces one ballot per person) and still counts
 * in turnout; a public comment keeps its text without its author, like a proposal's text after
 * its author is erased; a report still counts towards moderation without its reporter.
 */
@Service
public class VotingPersonalData {

    private final VoteParticipationRepository participations;
    private final VoteRepository votes;
    private final ConsultationCommentRepository comments;
    private final ConsultationRepository consultations;
    private final CommentReportRepository reports;

    public VotingPersonalData(VoteParticipationRepository participations, VoteRepository votes,
                              ConsultationCommentRepository comments, ConsultationRepository consultations,
                              CommentReportRepository reports) {
        this.participations = participations;
        this.votes = votes;
        this.comments = comments;
        this.consultations = consultations;
        this.reports = reports;
    }

    @Transactional(readOnly = true)
    public Map<String, Object> personalData(String username) {
        var data = new LinkedHashMap<String, Object>();
        data.put("votesTakenPart", participations.findByUsername(username).stream()
                .map(p -> Map.of("vote", votes.findById(p.getVoteId()).map(Vote::getTitle).orElse("#" + p.getVoteId()),
                        "votedOn", p.getVotedOn().toString()))
                .toList());
        data.put("consultationComments", comments.findByAuthor(username).stream()
                .map(c -> Map.of("consultation", consultations.findById(c.getConsultationId())
                                .map(Consultation::getTitle).orElse("#" + c.getConsultationId()),
                        "comment", c.getBody(), "status", c.getStatus().name(), "writtenAt", c.getCreatedAt().toString()))
                .toList());
        data.put("commentReports", reports.findByReporter(username).stream()
                .map(r -> Map.of("commentId", r.getCommentId(), "reason", r.getReason() == null ? "" : r.getReason(),
                        "reportedAt", r.getCreatedAt().toString()))
                .toList());
        return data;
    }

    @Transactional
    public void erase(String username) {
        // A random pseudonym per row: nothing in it says when, or in which order, the person voted.
        List.copyOf(participations.findByUsername(username)).forEach(p -> participations.pseudonymise(p.getVoteId(),
                username, "erased-" + java.util.UUID.randomUUID()));
        List.copyOf(comments.findByAuthor(username)).forEach(ConsultationComment::pseudonymise);
        List.copyOf(reports.findByReporter(username)).forEach(r -> r.pseudonymise());
    }
}
