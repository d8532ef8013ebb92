package tr.bel.izmir.bizizmir.operations;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import tr.bel.izmir.bizizmir.security.ApiProblemResponses;
import tr.bel.izmir.bizizmir.shared.Messages;

import java.sql.SQLException;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A request whose surrounding transaction fails because PostgreSQL restarts (found by the
 * database restart drill: sign-in bookkeeping, a commit after the controller) gets "try again in
 * a minute" with its request id, not a 500; any other failure stays what it is (issue 17).
 */
class RequestIdFilterTest {

    final RequestIdFilter filter;

    RequestIdFilterTest() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        var locales = new AcceptHeaderLocaleResolver();
        locales.setDefaultLocale(Locale.forLanguageTag("tr"));
        filter = new RequestIdFilter(new ApiProblemResponses(new Messages(source), locales));
    }

    @Test
    void a_database_restart_around_the_request_is_503_with_the_request_id() throws Exception {
        var request = new MockHttpServletRequest("POST", "/api/v1/votes/7/ballots");
        request.addHeader("X-Request-Id", "hap-6B1540F0-016D-3475");
        request.addHeader("Accept-Language", "en");
        var response = new MockHttpServletResponse();

        filter.doFilter(request, response, (req, res) -> {
            throw new JpaSystemException(new RuntimeException("could not execute statement",
                    new SQLException("FATAL: terminating connection due to administrator command", "57P01")));
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getHeader("X-Request-Id")).isEqualTo("hap-6B1540F0-016D-3475");
        assertThat(response.getContentAsString()).contains("Please try again in a minute", "hap-6B1540F0-016D-3475",
                "\"code\":\"error.unavailable\"").doesNotContain("FATAL", "JpaSystemException");
    }

    @Test
    void other_failures_pass_through_unchanged() {
        var request = new MockHttpServletRequest("GET", "/api/v1/public/votes");
        var response = new MockHttpServletResponse();

        assertThatThrownBy(() -> filter.doFilter(request, response, (req, res) -> {
            throw new IllegalStateException("a bug");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(response.getHeader("X-Request-Id")).hasSize(36);
    }
}
