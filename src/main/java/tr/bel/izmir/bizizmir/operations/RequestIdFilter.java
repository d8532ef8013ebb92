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
import tr.bel.izmir.bizizmir.shared.RequestIds;

import java.io.IOException;

/**
 * Gives every HTTP request an id (issue 17): the load balancer's {@code X-Request-Id} when it
 * sends one (HAProxy in scripts/cluster.sh does), otherwise a new one. The id is in the log
 * lines of the request (MDC), in the response header and in the error ids people and API
 * clients see ({@link RequestIds}). First in the chain, so even a refused sign-in has one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = RequestIds.acceptOrCreate(request.getHeader(RequestIds.HEADER));
        MDC.put(RequestIds.MDC_KEY, id);
        response.setHeader(RequestIds.HEADER, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
    }
}
