package tr.bel.izmir.bizizmir.voting;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tr.bel.izmir.bizizmir.shared.DomainException;

import java.time.LocalDate;
import java.util.List;

/**
 * Casting ballots and running votes. {@code POST /api/v1/votes/{id}/ballots} with
 * {@code {"optionIds":[..],"submissionKey":"<one per ballot form>"}} answers with the receipt;
 * the same submission key always gets the same receipt (a retried request is safe).
 */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("isAuthenticated()")
class VotesApi {

    private final PublicVotes votes;
    private final Consultations consultations;
    private final VoteSchedule schedule;

    VotesApi(PublicVotes votes, Consultations consultations, VoteSchedule schedule) {
        this.votes = votes;
        this.schedule = schedule;
        this.consultations = consultations;
    }

    record BallotRequest(List<Long> optionIds, String submissionKey) {
    }

    record ReceiptDto(long voteId, String receiptCode, List<Long> optionIds) {
        static ReceiptDto of(Receipt r) {
            return new ReceiptDto(r.voteId(), r.receiptCode(), r.optionIds());
        }
    }

    record MyBallotDto(long voteId, LocalDate votedOn, String receiptCode, List<Long> optionIds) {
    }

    record ScheduleRequest(Integer maxChoices, Boolean changeable) {
    }

    record CommentRequest(String body) {
    }

    record ReportRequest(String reason) {
    }

    record ConsultationRequest(String title, String question, String description, List<String> links, String kind,
                               Long districtId, List<String> answers, List<String> answersEn, Integer minimumAge,
                               java.time.Instant opensAt, java.time.Instant closesAt) {
    }

    @PostMapping("/votes/{voteId}/ballots")
    @PreAuthorize("hasAnyRole('citizen','resident')")
    ReceiptDto cast(@PathVariable long voteId, @RequestBody BallotRequest request) {
        return ReceiptDto.of(votes.cast(voteId, request.optionIds(), request.submissionKey()));
    }

    @GetMapping("/votes/{voteId}/my-ballot")
    MyBallotDto myBallot(@PathVariable long voteId) {
        var mine = votes.myBallot(voteId)
                .orElseThrow(() -> new DomainException.NotFound("vote.error.no-ballot", voteId));
        return new MyBallotDto(voteId, mine.votedOn(), mine.receiptCode().orElse(null), mine.optionIds());
    }

    @PostMapping("/votes/cycles/{cycleId}")
    @PreAuthorize("hasAnyRole('admin','officer')")
    ResponseEntity<PublicVotesApi.VoteDto> schedule(@PathVariable long cycleId, @RequestBody ScheduleRequest request) {
        var vote = schedule.scheduleCycleVote(cycleId, request.maxChoices(),
                request.changeable() == null || request.changeable());
        return ResponseEntity.status(HttpStatus.CREATED).body(PublicVotesApi.VoteDto.of(vote, votes));
    }

    /** The municipality publishes a question; its vote is scheduled at once (PublicVoteProcess). */
    @PostMapping("/consultations")
    @PreAuthorize("hasAnyRole('officer','admin')")
    ResponseEntity<PublicVotesApi.ConsultationDto> publish(@RequestBody ConsultationRequest r) {
        ConsultationKind kind;
        try {
            kind = r.kind() == null ? null : ConsultationKind.valueOf(r.kind());
        } catch (IllegalArgumentException e) {
            kind = null;
        }
        var consultation = consultations.publish(new ConsultationDraft(r.title(), r.question(), r.description(), r.links(),
                kind, r.districtId(), r.answers(), r.answersEn(), r.minimumAge() == null ? 16 : r.minimumAge(),
                r.opensAt(), r.closesAt()));
        return ResponseEntity.status(HttpStatus.CREATED).body(PublicVotesApi.ConsultationDto.of(consultation, consultations, votes));
    }

    @PostMapping("/consultations/{consultationId}/comments")
    @PreAuthorize("hasAnyRole('citizen','resident')")
    ResponseEntity<PublicVotesApi.CommentDto> comment(@PathVariable long consultationId,
                                                      @RequestBody CommentRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(PublicVotesApi.CommentDto.of(consultations.comment(consultationId, request.body())));
    }

    @PostMapping("/consultations/comments/{commentId}/reports")
    ResponseEntity<Void> report(@PathVariable long commentId, @RequestBody(required = false) ReportRequest request) {
        consultations.report(commentId, request == null ? null : request.reason());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/consultations/comments/{commentId}/hide")
    @PreAuthorize("hasAnyRole('moderator','admin')")
    PublicVotesApi.CommentDto hide(@PathVariable long commentId) {
        return PublicVotesApi.CommentDto.of(consultations.hide(commentId));
    }

    @PostMapping("/consultations/comments/{commentId}/restore")
    @PreAuthorize("hasAnyRole('moderator','admin')")
    PublicVotesApi.CommentDto restore(@PathVariable long commentId) {
        return PublicVotesApi.CommentDto.of(consultations.restore(commentId));
    }
}
