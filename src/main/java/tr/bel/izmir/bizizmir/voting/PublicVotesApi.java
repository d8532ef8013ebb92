package tr.bel.izmir.bizizmir.voting;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import tr.bel.izmir.bizizmir.shared.Messages;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Open data of votes, readable by anyone: ballots, aggregate results and receipt lists after
 * close, consultations with their visible comments. Nothing here names a voter.
 */
@RestController
@RequestMapping("/api/v1/public")
@PreAuthorize("permitAll()")
class PublicVotesApi {

    private final PublicVotes votes;
    private final Consultations consultations;
    private final Messages messages;

    PublicVotesApi(PublicVotes votes, Consultations consultations, Messages messages) {
        this.votes = votes;
        this.consultations = consultations;
        this.messages = messages;
    }

    record OptionDto(long optionId, Long proposalId, String label, String labelEn, BigDecimal costTry) {
        static OptionDto of(VoteOptionInfo o) {
            return new OptionDto(o.getId(), o.getProposalId(), o.getLabel(), o.label(java.util.Locale.ENGLISH),
                    o.getCost().map(m -> m.amount()).orElse(null));
        }
    }

    record VoteDto(long id, String kind, String title, Long cycleId, Long consultationId, String rule,
                   BigDecimal budgetTry, Integer maxChoices, int minimumAge, boolean changeable, Instant opensAt,
                   Instant closesAt, String status, long participants, List<OptionDto> options) {
        static VoteDto of(VoteInfo v, PublicVotes votes) {
            return new VoteDto(v.getId(), v.getKind().name(), v.getTitle(), v.getCycleId(), v.getConsultationId(),
                    v.getRule().name(), v.getBudget().map(m -> m.amount()).orElse(null), v.getMaxChoices(),
                    v.getMinimumAge(), v.isChangeable(), v.getOpensAt(), v.getClosesAt(), v.getStatus().name(),
                    votes.participants(v.getId()), votes.optionsOf(v).stream().map(OptionDto::of).toList());
        }
    }

    record OptionResultDto(long optionId, Long proposalId, String label, long votes) {
    }

    /** A district, or ({@code other}) the districts with too few ballots shown together. */
    record DistrictResultDto(String district, long ballots, Map<Long, Long> votesByOption, boolean other,
                             int districtsMerged) {
    }

    /**
     * {@code districtOutcome}: ALL_SHOWN, MERGED (small districts in the "other" row) or WITHHELD
     * (no breakdown); {@code districtNote} says why in the request's language.
     */
    record ResultsDto(long voteId, String title, long ballots, long participants, List<OptionResultDto> options,
                      List<DistrictResultDto> districts, String districtOutcome, int minGroupSize,
                      String districtNote) {
    }

    record ReceiptCheckDto(long voteId, String receiptCode, boolean counted) {
    }

    record CommentDto(long id, String body, Instant createdAt, String status, int reports) {
        static CommentDto of(ConsultationComment c) {
            return new CommentDto(c.getId(), c.getBody(), c.getCreatedAt(), c.getStatus().name(), c.getReportCount());
        }
    }

    record ConsultationDto(long id, String title, String question, String description, List<String> links,
                           String kind, Long districtId, VoteDto vote, String response, Instant respondedAt,
                           List<CommentDto> comments) {
        static ConsultationDto of(ConsultationInfo c, Consultations consultations, PublicVotes votes) {
            return new ConsultationDto(c.getId(), c.getTitle(), c.getQuestion(), c.getDescription(), c.getLinks(),
                    c.getKind().name(), c.getDistrictId(), VoteDto.of(consultations.voteOf(c.getId()), votes),
                    c.getResponse(), c.getRespondedAt(), List.of());
        }
    }

    @GetMapping("/votes")
    List<VoteDto> all() {
        return votes.all().stream().map(v -> VoteDto.of(v, votes)).toList();
    }

    @GetMapping("/votes/{voteId}")
    VoteDto vote(@PathVariable long voteId) {
        return VoteDto.of(votes.require(voteId), votes);
    }

    @GetMapping("/votes/{voteId}/results")
    ResultsDto results(@PathVariable long voteId) {
        var r = votes.results(voteId);
        var locale = LocaleContextHolder.getLocale();
        String note = switch (r.districtOutcome()) {
            case ALL_SHOWN -> null;
            case MERGED -> messages.get("vote.results.small-groups-merged", locale, r.minGroupSize());
            case WITHHELD -> messages.get("vote.results.small-groups-withheld", locale, r.minGroupSize());
        };
        return new ResultsDto(voteId, r.vote().getTitle(), r.ballots(), r.participants(),
                r.options().stream().map(o -> new OptionResultDto(o.option().getId(), o.option().getProposalId(),
                        o.option().getLabel(), o.votes())).toList(),
                r.districts().stream().map(d -> new DistrictResultDto(d.other()
                        ? messages.get("vote.results.other-districts", locale, d.districtsMerged()) : d.districtName(),
                        d.ballots(), d.votesByOption(), d.other(), d.districtsMerged())).toList(),
                r.districtOutcome().name(), r.minGroupSize(), note);
    }

    @GetMapping("/votes/{voteId}/receipts")
    List<String> receipts(@PathVariable long voteId) {
        return votes.receiptCodes(voteId);
    }

    @GetMapping("/votes/{voteId}/receipts/{code}")
    ReceiptCheckDto check(@PathVariable long voteId, @PathVariable String code) {
        return new ReceiptCheckDto(voteId, code, votes.isCounted(voteId, code));
    }

    @GetMapping("/consultations")
    List<ConsultationDto> consultations() {
        return consultations.all().stream().map(c -> dto(c, false)).toList();
    }

    @GetMapping("/consultations/{id}")
    ConsultationDto consultation(@PathVariable long id) {
        return dto(consultations.require(id), true);
    }

    private ConsultationDto dto(Consultation c, boolean withComments) {
        return new ConsultationDto(c.getId(), c.getTitle(), c.getQuestion(), c.getDescription(), c.getLinks(),
                c.getKind().name(), c.getDistrictId(), VoteDto.of(consultations.voteOf(c.getId()), votes),
                c.getResponse(), c.getRespondedAt(),
                withComments ? consultations.comments(c.getId()).stream().map(CommentDto::of).toList() : List.of());
    }
}
