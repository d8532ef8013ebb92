package tr.bel.izmir.bizizmir.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import java.io.IOException;

/**
 * The firewall's checks of the request line, before any other filter: Spring Security puts a
 * filter that parses the path ahead of its own firewall, and for a path such as
 * {@code //engine-rest/engine} that parse fails with an exception (a 500) before the firewall
 * could refuse it. Refusals go to the problem-detail handler (400); a request that passes goes
 * on unchanged, and the security filter chain applies the same firewall again.
 */
final class FirewallFirst implements Filter {

    private final HttpFirewall firewall;
    private final RequestRejectedHandler rejected;

    FirewallFirst(HttpFirewall firewall, RequestRejectedHandler rejected) {
        this.firewall = firewall;
        this.rejected = rejected;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (req instanceof HttpServletRequest request && res instanceof HttpServletResponse response) {
            try {
                firewall.getFirewalledRequest(request);
            } catch (RequestRejectedException e) {
                rejected.handle(request, response, e);
                return;
            }
        }
        chain.doFilter(req, res);
    }
}
