package tr.bel.izmir.bizizmir.shared;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The error id an API client reads is the request's id, the one in the node's log lines, and a
 * database that is away for a moment is "try again", not "unexpected error" (issue 17).
 */
class RequestIdsTest {

    @AfterEach
    void clear() {
        MDC.clear();
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void an_unexpected_api_error_quotes_the_request_id_of_the_log() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        MDC.put(RequestIds.MDC_KEY, "haproxy-7F000001:B1C2");

        var answer = new ApiErrorHandler(new Messages(source)).unexpected(new IllegalStateException("boom"));

        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(answer.getBody().getProperties()).containsEntry("errorId", "haproxy-7F000001:B1C2");
        assertThat(answer.getBody().getDetail()).contains("haproxy-7F000001:B1C2").doesNotContain("boom");
    }

    @Test
    void a_database_outage_is_try_again_in_a_minute_not_an_unexpected_error() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        LocaleContextHolder.setLocale(Locale.forLanguageTag("tr"));
        MDC.put(RequestIds.MDC_KEY, "hap-6B153E55-05A5-7614");
        var restart = new org.springframework.transaction.CannotCreateTransactionException("Could not open JPA EntityManager",
                new java.sql.SQLException("FATAL: terminating connection due to administrator command", "57P01"));

        var answer = new ApiErrorHandler(new Messages(source)).unexpected(restart);

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(answer.getBody().getTitle()).isEqualTo("Hizmet geçici olarak kullanılamıyor");
        assertThat(answer.getBody().getDetail()).contains("yeniden deneyin", "hap-6B153E55-05A5-7614")
                .doesNotContain("FATAL", "administrator");
        // A program fault stays what it is.
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new java.sql.SQLException("duplicate key", "23505"))).isFalse();
    }

    @Test
    void outside_a_request_there_is_still_an_id() {
        assertThat(RequestIds.current()).hasSize(36);
        assertThat(RequestIds.acceptOrCreate("line\nbreak")).hasSize(36).doesNotContain("\n");
    }
}
