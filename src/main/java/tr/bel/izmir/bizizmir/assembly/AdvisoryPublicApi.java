package tr.bel.izmir.bizizmir.assembly;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tr.bel.izmir.bizizmir.shared.DomainException;

import java.time.Instant;
import java.util.List;

/**
 * Open data of the advisory items: the whole exchange between the municipality, the assembly and
 * the department, readable by anyone. Members' comments are published without their names.
 */
@RestController
@RequestMapping("/api/v1/public/advisory-items")
@PreAuthorize("permitAll()")
class AdvisoryPublicApi {

    private final AdvisoryItems advisory;

    AdvisoryPublicApi(AdvisoryItems advisory) {
        this.advisory = advisory;
    }

    record ItemDto(long id, long assemblyId, String title, String stage, Instant tabledAt, Instant votingDeadlineAt) {
    }

    record CommentDto(String choice, String comment, Instant votedAt) {
    }

    record ExchangeDto(long id, long assemblyId, String assembly, String title, String description, String department,
                       String stage, Instant tabledAt, Instant votingDeadlineAt, Instant votingClosedAt,
                       long members, long votesCast, long recommendVotes, long notRecommendVotes, long abstentions,
                       List<CommentDto> comments, String advice, Instant answerDueAt, Instant remindedAt,
                       Instant escalatedAt, String escalationNote, String answer, String answerReasons, Instant answeredAt) {
    }

    @GetMapping
    List<ItemDto> items() {
        return advisory.all().stream().map(i -> new ItemDto(i.getId(), i.getAssemblyId(), i.getTitle(), i.getStage().name(),
                i.getTabledAt(), i.getVotingDeadlineAt())).toList();
    }

    @GetMapping("/{id}")
    ExchangeDto item(@PathVariable long id) {
        var x = advisory.exchange(id).orElseThrow(() -> new DomainException.NotFound("advisory.error.not-found", id));
        var i = x.item();
        var c = x.count();
        return new ExchangeDto(i.getId(), i.getAssemblyId(), x.assembly().getName(), i.getTitle(), i.getDescription(),
                i.getDepartmentGroup(), i.getStage().name(), i.getTabledAt(), i.getVotingDeadlineAt(),
                i.getVotingClosedAt().orElse(null), c.members(), c.votesCast(), c.recommendVotes(), c.notRecommendVotes(),
                c.abstentions(), x.comments().stream().filter(v -> v.comment() != null)
                        .map(v -> new CommentDto(v.choice().name(), v.comment(), v.votedAt())).toList(),
                i.getAdvice().map(Enum::name).orElse(null), i.getAnswerDueAt().orElse(null), i.getRemindedAt().orElse(null),
                i.getEscalatedAt().orElse(null), i.getEscalationNote().orElse(null), i.getAnswer().map(Enum::name).orElse(null),
                i.getAnswerReasons().orElse(null), i.getAnsweredAt().orElse(null));
    }
}
