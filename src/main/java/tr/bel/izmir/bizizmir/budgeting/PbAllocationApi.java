package tr.bel.izmir.bizizmir.budgeting;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
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
import java.time.Duration;
import java.util.UUID;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Replays a pabulib election for the budget office: {@code POST /api/v1/pb/allocations
 * ?rule=greedy|equal-shares} with the {@code .pb} file as the raw body (UTF-8) answers
 * which projects the rule funds. A file that cannot be read is the caller's mistake, so
 * it answers 400 (not the 422 other domain errors get) with the line and the message key.
 * A replay over its limits (see {@link PbReplay}) answers 422 (time), 413 (size) or 503
 * (too many at once, with {@code Retry-After}). The replay runs in the background (DD027):
 * one that takes longer than {@code sync-wait} answers 202 with a job to poll.
 */
@RestController
@RequestMapping("/api/v1/pb")
@PreAuthorize("hasAnyRole('officer', 'supervisor', 'admin')")
class PbAllocationApi {

    private final PbReplay replay;
    private final Messages messages;
    private final Duration syncWait;

    PbAllocationApi(PbReplay replay, Messages messages,
                    @Value("${bizizmir.pb-replay.sync-wait:PT2S}") Duration syncWait) {
        this.replay = replay;
        this.messages = messages;
        this.syncWait = syncWait;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ProjectDto(String id, String name, BigDecimal cost, long votes, BigDecimal points, boolean selected,
                      Boolean selectedInFile) {
    }

    record OutcomeDto(String rule, List<String> selected, BigDecimal totalCost) {
    }

    record WarningDto(int line, String code, String detail) {
    }

    /** The file's own outcome (its selected column) against the rule's. */
    record FileComparisonDto(List<String> selected, boolean same, List<String> onlyByRule, List<String> onlyInFile) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AllocationDto(String rule, BigDecimal budget, String currency, String voteType, int voters,
                         BigDecimal totalCost, List<String> selected, List<ProjectDto> projects,
                         OutcomeDto compared, FileComparisonDto file, List<WarningDto> warnings) {
    }

    /** A replay in the background, as polled at its location. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record JobDto(String id, String status, String step, int percent, long coreRuns, AllocationDto result,
                  ProblemDetail problem) {
    }

    /**
     * Starts the replay in the background and waits for it at most {@code sync-wait} (PT2S):
     * a replay done by then answers 200 with the outcome as it always did; a longer one answers
     * {@code 202 Accepted} with {@code Location} of the job to poll ({@code GET}) or cancel
     * ({@code DELETE}). {@code Prefer: respond-async} asks for the 202 at once.
     */
    @PostMapping(path = "/allocations", consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> allocate(@RequestParam(defaultValue = "") String rule,
                               @RequestParam(defaultValue = "false") boolean compare,
                               @RequestHeader(name = "Prefer", required = false) String prefer,
                               InputStream body, HttpServletRequest request) throws IOException, InterruptedException {
        // The rule is checked before the body is read: no point parsing 20 MB for a typo.
        AllocationRule chosen = PbReplay.ruleNamed(rule)
                .orElseThrow(() -> new BadRequest("pb.api.error.unknown-rule", rule));
        AllocationRule otherRule = chosen == AllocationRule.GREEDY ? AllocationRule.EQUAL_SHARES : AllocationRule.GREEDY;
        PbReplay.Job job = replay.start(readLimited(body), compare ? List.of(chosen, otherRule) : List.of(chosen));
        boolean async = prefer != null && prefer.toLowerCase(Locale.ROOT).contains("respond-async");
        if (!async && replay.await(job, syncWait)) {
            if (job.status() == PbReplay.Status.DONE) {
                return ResponseEntity.ok(dto(job, job.result().orElseThrow(), request));
            }
            // As if the replay had run in this request: the handlers below answer the problem.
            throw job.failure().orElseThrow();
        }
        URI location = URI.create("/api/v1/pb/allocations/jobs/" + job.id());
        return ResponseEntity.accepted().location(location).header(HttpHeaders.RETRY_AFTER, "1")
                .body(jobDto(job, request));
    }

    /** A job's progress, and its outcome or why it failed once it has ended; only its owner finds it. */
    @GetMapping(path = "/allocations/jobs/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    JobDto job(@PathVariable String id, HttpServletRequest request) {
        return jobDto(replay.job(jobId(id)).orElseThrow(() -> new NotFound("pb.replay.error.not-found")), request);
    }

    /** Read after the security check, so a caller without the role gets 403 whatever the id. */
    private static UUID jobId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw new NotFound("pb.replay.error.not-found");
        }
    }

    /** Cancels a running job (204); 404 when it is not the caller's, or has already ended. */
    @DeleteMapping("/allocations/jobs/{id}")
    ResponseEntity<Void> cancel(@PathVariable String id) {
        if (!replay.cancel(jobId(id))) {
            throw new NotFound("pb.replay.error.not-found");
        }
        return ResponseEntity.noContent().build();
    }

    private JobDto jobDto(PbReplay.Job job, HttpServletRequest request) {
        AllocationDto result = job.result().map(r -> dto(job, r, request)).orElse(null);
        ProblemDetail problem = job.failure().map(e -> failed(e, request).getBody()).orElse(null);
        return new JobDto(job.id().toString(), job.status().name().toLowerCase(Locale.ROOT),
                job.step().name().toLowerCase(Locale.ROOT).replace('_', '-'), job.percent(), job.coreRuns(),
                result, problem);
    }

    private AllocationDto dto(PbReplay.Job job, PbReplay.Replayed replayed, HttpServletRequest request) {
        AllocationRule chosen = job.rules().get(0);
        PbInstance instance = replayed.instance();
        Allocation allocation = replayed.outcome(chosen);
        OutcomeDto other = null;
        if (job.rules().size() > 1) {
            AllocationRule otherRule = job.rules().get(1);
            Allocation o = replayed.outcome(otherRule);
            other = new OutcomeDto(PbReplay.apiName(otherRule), o.selected(), o.totalCost());
        }
        List<ProjectDto> projects = instance.projects().stream()
                .map(p -> new ProjectDto(p.id(), p.name(), p.cost(), allocation.voteCounts().getOrDefault(p.id(), 0L),
                        replayed.points().get(p.id()), allocation.isSelected(p.id()), p.selected()))
                .toList();
        FileComparisonDto file = null;
        if (replayed.hasSelectedColumn()) {
            List<String> onlyByRule = replayed.onlyByRule(chosen);
            List<String> onlyInFile = replayed.onlyInFile(chosen);
            file = new FileComparisonDto(replayed.fileSelected(), onlyByRule.isEmpty() && onlyInFile.isEmpty(),
                    onlyByRule, onlyInFile);
        }
        Locale locale = locale(request);
        List<WarningDto> warnings = replayed.warnings().stream()
                .map(w -> new WarningDto(w.line(), w.messageKey(), messages.get(w.messageKey(), locale, w.args())))
                .toList();
        return new AllocationDto(PbReplay.apiName(chosen), instance.budget(), instance.meta("currency").orElse(null),
                instance.voteType().pabulibName(), replayed.voters(), allocation.totalCost(),
                allocation.selected(), projects, other, file, warnings);
    }

    /** How a job that ended without an outcome answers, as if the replay had run in the request. */
    private ResponseEntity<ProblemDetail> failed(DomainException e, HttpServletRequest request) {
        if (e instanceof PabulibFormatException format) {
            return malformed(format, request);
        }
        return refused(e, request);
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
        if (!e.further().isEmpty()) {
            // The other rows that cannot be read either, as warnings are listed: {line, code, detail}.
            Locale locale = locale(request);
            problem.setProperty("furtherErrors", e.further().stream()
                    .map(f -> new WarningDto(f.line(), f.messageKey(), messages.get(f.messageKey(), locale,
                            PbReplay.messageArgs(f))))
                    .toList());
            problem.setProperty("furtherErrorsNotListed", e.notListed());
        }
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * This API's own refusals (unknown rule, too large) and the replay's limits (time, size,
     * too many at once), in the caller's language; a busy answer says when to try again.
     */
    @ExceptionHandler({BadRequest.class, TooLarge.class, PbReplay.Refused.class, NotFound.class})
    ResponseEntity<ProblemDetail> refused(DomainException e, HttpServletRequest request) {
        var status = HttpStatus.valueOf(e.httpStatus());
        var answer = ResponseEntity.status(status);
        if (e instanceof PbReplay.Refused refused && status == HttpStatus.SERVICE_UNAVAILABLE) {
            answer.header(HttpHeaders.RETRY_AFTER, Integer.toString(refused.retryAfterSeconds()));
        }
        return answer.body(problem(status, e.messageKey(), PbReplay.messageArgs(e), request));
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

    static final class NotFound extends DomainException {
        NotFound(String messageKey, Object... args) {
            super(404, messageKey, args);
        }
    }

    static final class TooLarge extends DomainException {
        TooLarge(String messageKey, Object... args) {
            super(413, messageKey, args);
        }
    }
}
