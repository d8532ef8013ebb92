package tr.bel.izmir.bizizmir.budgeting;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tr.bel.izmir.bizizmir.budgeting.allocation.Allocation;
import tr.bel.izmir.bizizmir.budgeting.allocation.PabulibFormatException;
import tr.bel.izmir.bizizmir.budgeting.allocation.PbInstance;
import tr.bel.izmir.bizizmir.shared.ApiErrorHandler;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Replays a pabulib election for the budget office: {@code POST /api/v1/pb/allocations
 * ?rule=greedy|equal-shares} with the {@code .pb} file as the raw body (UTF-8) answers
 * which projects the rule funds. A file that cannot be read is the caller's mistake, so
 * it answers 400 (not the 422 other domain errors get) with the line and the message key.
 * A replay over its limits (see {@link PbReplay}) answers 422 (time), 413 (size) or 503
 * (too many at once).
 */
@RestController
@RequestMapping("/api/v1/pb")
@PreAuthorize("hasAnyRole('officer', 'supervisor', 'admin')")
class PbAllocationApi {

    private final PbReplay replay;
    private final Messages messages;

    PbAllocationApi(PbReplay replay, Messages messages) {
        this.replay = replay;
        this.messages = messages;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ProjectDto(String id, String name, BigDecimal cost, long votes, boolean selected) {
    }

    record OutcomeDto(String rule, List<String> selected, BigDecimal totalCost) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AllocationDto(String rule, BigDecimal budget, String currency, String voteType, int voters,
                         BigDecimal totalCost, List<String> selected, List<ProjectDto> projects,
                         OutcomeDto compared) {
    }

    @PostMapping(path = "/allocations", consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    AllocationDto allocate(@RequestParam(defaultValue = "") String rule,
                           @RequestParam(defaultValue = "false") boolean compare,
                           InputStream body) throws IOException {
        // The rule is checked before the body is read: no point parsing 20 MB for a typo.
        AllocationRule chosen = PbReplay.ruleNamed(rule)
                .orElseThrow(() -> new BadRequest("pb.api.error.unknown-rule", rule));
        AllocationRule otherRule = chosen == AllocationRule.GREEDY ? AllocationRule.EQUAL_SHARES : AllocationRule.GREEDY;
        PbReplay.Replayed replayed = replay.replay(readLimited(body),
                compare ? List.of(chosen, otherRule) : List.of(chosen));
        PbInstance instance = replayed.instance();
        Allocation allocation = replayed.outcome(chosen);
        OutcomeDto other = null;
        if (compare) {
            Allocation o = replayed.outcome(otherRule);
            other = new OutcomeDto(PbReplay.apiName(otherRule), o.selected(), o.totalCost());
        }
        List<ProjectDto> projects = instance.projects().stream()
                .map(p -> new ProjectDto(p.id(), p.name(), p.cost(), allocation.voteCounts().getOrDefault(p.id(), 0L),
                        allocation.isSelected(p.id())))
                .toList();
        return new AllocationDto(PbReplay.apiName(chosen), instance.budget(), instance.meta("currency").orElse(null),
                instance.voteType().pabulibName(), instance.ballots().size(), allocation.totalCost(),
                allocation.selected(), projects, other);
    }

    /**
     * Reads at most {@link PbReplay#MAX_BYTES}; Tomcat's size limits cover forms and
     * multipart only, so a raw body is capped here, without buffering what is over.
     */
    private static byte[] readLimited(InputStream body) throws IOException {
        byte[] content = body.readNBytes(PbReplay.MAX_BYTES + 1);
        if (content.length > PbReplay.MAX_BYTES) {
            throw new TooLarge("pb.api.error.too-large", PbReplay.MAX_BYTES / (1024 * 1024));
        }
        return content;
    }

    @ExceptionHandler(PabulibFormatException.class)
    ResponseEntity<ProblemDetail> malformed(PabulibFormatException e, HttpServletRequest request) {
        var problem = problem(HttpStatus.BAD_REQUEST, e.messageKey(), PbReplay.messageArgs(e), request);
        problem.setProperty("line", e.line());
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * This API's own refusals (unknown rule, too large) and the replay's limits (time, size,
     * too many at once), in the caller's language; a busy answer says when to try again.
     */
    @ExceptionHandler({BadRequest.class, TooLarge.class, PbReplay.Refused.class})
    ResponseEntity<ProblemDetail> refused(DomainException e, HttpServletRequest request) {
        var status = HttpStatus.valueOf(e.httpStatus());
        var answer = ResponseEntity.status(status);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            answer.header(HttpHeaders.RETRY_AFTER, "10");
        }
        return answer.body(problem(status, e.messageKey(), e.args(), request));
    }

    private ProblemDetail problem(HttpStatus status, String key, Object[] args, HttpServletRequest request) {
        Locale locale = locale(request);
        var problem = ProblemDetail.forStatusAndDetail(status, messages.get(key, locale, args));
        problem.setType(URI.create(ApiErrorHandler.TYPE_BASE + key));
        problem.setTitle(messages.get("error.title." + status.value(), locale));
        problem.setProperty("code", key);
        return problem;
    }

    /**
     * The shared resolver only matches a bare {@code Accept-Language: en} to a supported
     * locale without a country, and ours is en-GB, so it answers Turkish; the budget
     * office's scripts send plain "en", so the header's languages are read here too.
     */
    private static Locale locale(HttpServletRequest request) {
        Locale resolved = LocaleContextHolder.getLocale();
        if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
            return resolved;
        }
        for (Locale requested : Collections.list(request.getLocales())) {
            String language = requested.getLanguage();
            if (language.equals("en") || language.equals("tr")) {
                return Messages.supported(requested);
            }
        }
        return resolved;
    }

    /** A request the API cannot act on as sent (400), translated like every domain error. */
    static final class BadRequest extends DomainException {
        BadRequest(String messageKey, Object... args) {
            super(400, messageKey, args);
        }
    }

    static final class TooLarge extends DomainException {
        TooLarge(String messageKey, Object... args) {
            super(413, messageKey, args);
        }
    }
}
