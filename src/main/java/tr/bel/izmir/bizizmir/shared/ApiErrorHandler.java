package tr.bel.izmir.bizizmir.shared;

import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Maps every failure of our REST API to RFC 9457 problem details in the caller's
 * language (Accept-Language, Turkish by default). Clients never see a stack trace:
 * unexpected errors are logged with the request's id ({@link RequestIds}), which the answer quotes.
 */
@RestControllerAdvice(basePackages = "tr.bel.izmir.bizizmir")
public class ApiErrorHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);
    public static final String TYPE_BASE = "https://bizizmir.izmir.bel.tr/problems/";

    private final Messages messages;

    public ApiErrorHandler(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e) {
        var locale = LocaleContextHolder.getLocale();
        var status = HttpStatus.valueOf(e.httpStatus());
        var problem = ProblemDetail.forStatusAndDetail(status, messages.get(e.messageKey(), locale, e.args()));
        problem.setType(URI.create(TYPE_BASE + e.messageKey()));
        problem.setTitle(messages.get("error.title." + status.value(), locale));
        problem.setProperty("code", e.messageKey());
        return ResponseEntity.status(status).body(problem);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraint(ConstraintViolationException e) {
        var locale = LocaleContextHolder.getLocale();
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.get("error.validation", locale));
        problem.setTitle(messages.get("error.title.400", locale));
        Map<String, String> errors = new LinkedHashMap<>();
        e.getConstraintViolations().forEach(v -> errors.put(v.getPropertyPath().toString(), v.getMessage()));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        var locale = LocaleContextHolder.getLocale();
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, messages.get("error.forbidden", locale));
        problem.setTitle(messages.get("error.title.403", locale));
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        // A domain error wrapped on its way out (e.g. by a transaction commit) is still one.
        DomainException domain = domainCause(e);
        if (domain != null) {
            return domain(domain);
        }
        // The request's id: the same in the log line, the X-Request-Id header and the answer.
        var id = RequestIds.current();
        var locale = LocaleContextHolder.getLocale();
        if (DatabaseOutage.causedBy(e)) {
            // The database restarts or fails over: the client should try again shortly (issue 17).
            log.warn("API request {} failed: database unreachable ({})", id, e.toString());
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    messages.get("error.unavailable", locale, id));
            problem.setTitle(messages.get("error.title.503", locale));
            problem.setProperty("errorId", id);
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
        }
        log.error("Unexpected API error {}", id, e);
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                messages.get("error.unexpected", locale, id));
        problem.setTitle(messages.get("error.title.500", locale));
        problem.setProperty("errorId", id);
        return ResponseEntity.internalServerError().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var locale = LocaleContextHolder.getLocale();
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.get("error.validation", locale));
        problem.setTitle(messages.get("error.title.400", locale));
        Map<String, String> errors = new LinkedHashMap<>();
        ex.getBindingResult().getFieldErrors().forEach(f -> errors.put(f.getField(), f.getDefaultMessage()));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    /** A JSON body with text StorableText refuses is a 400 naming the field, not "unreadable". */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (domainCause(ex) instanceof StorableText.Invalid invalid) {
            return ResponseEntity.status(invalid.httpStatus()).body(domain(invalid).getBody());
        }
        return super.handleHttpMessageNotReadable(ex, headers, status, request);
    }

    private static DomainException domainCause(Throwable e) {
        return DomainException.in(e).orElse(null);
    }

    /** Spring's own problems (bad JSON, wrong method, ...) get translated titles too. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            var locale = LocaleContextHolder.getLocale();
            String key = "error.title." + statusCode.value();
            if (messages.has(key)) {
                problem.setTitle(messages.get(key, locale));
            }
            if (statusCode.is4xxClientError() && messages.has("error.http." + statusCode.value())) {
                problem.setDetail(messages.get("error.http." + statusCode.value(), locale));
            }
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }
}
