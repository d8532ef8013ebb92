package tr.bel.izmir.bizizmir.shared;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The error id an API client reads is the request's id, the one in the node's log lines (issue 17). */
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
    void outside_a_request_there_is_still_an_id() {
        assertThat(RequestIds.current()).hasSize(36);
        assertThat(RequestIds.acceptOrCreate("line\nbreak")).hasSize(36).doesNotContain("\n");
    }
}
