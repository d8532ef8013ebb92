package tr.bel.izmir.bizizmir.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tr.bel.izmir.bizizmir.security.ApiProblemResponses;
import tr.bel.izmir.bizizmir.shared.DatabaseOutage;
import tr.bel.izmir.bizizmir.shared.RequestIds;

import java.io.IOException;

/**
 * Gives every HTTP request an id (issue 17): the load balancer's {@code X-Request-Id} when it
 * sends one (HAProxy in scripts/cluster.sh does), otherwise a new one. The id is in the log
 * lines of the request (MDC), in the response header and in the error ids people and API
 * clients see ({@link RequestIds}). First in the chain, so even a refused sign-in has one; and
 * the last to catch a failure because the database is away, answered 503 instead of 500.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

    private final ApiProblemResponses problems;

    RequestIdFilter(ApiProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = RequestIds.acceptOrCreate(request.getHeader(RequestIds.HEADER));
        MDC.put(RequestIds.MDC_KEY, id);
        response.setHeader(RequestIds.HEADER, id);
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            // A transaction around the request (sign-in bookkeeping, a commit after the answer was
            // prepared) failed because the database went away: "try again", not a 500 (issue 17).
            if (response.isCommitted() || !DatabaseOutage.causedBy(e)) {
                throw e;
            }
            response.reset();
            response.setHeader(RequestIds.HEADER, id);
            problems.unavailable(request, response, e);
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
    }
}
