package tr.bel.izmir.bizizmir.shared;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.net.URI;

/**
 * The address people reach the portal at ({@code bizizmir.public-base-url}), the one source
 * of absolute links in feeds and mails. Never derived from a request: the Host header is
 * whatever the client sent, and a link built from it would point wherever the client wanted.
 * The local demo defaults it to {@code http://localhost:<port>}; elsewhere the application
 * does not start without it (DeploymentSafetyCheck).
 */
@Component
public class PublicBaseUrl {

    public static final String PROPERTY = "bizizmir.public-base-url";

    private final Environment environment;

    public PublicBaseUrl(Environment environment) {
        this.environment = environment;
    }

    /** The base URL without a trailing slash, e.g. {@code https://katilim.izmir.bel.tr}. */
    public String get() {
        // Read on each use: the local default names the port, known only once the server listens.
        String url = environment.getProperty(PROPERTY);
        if (url == null || !valid(url)) {
            throw new IllegalStateException(PROPERTY + " is not configured as an absolute http(s) URL");
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** An absolute http or https URL with a host and without query or fragment. */
    public static boolean valid(String url) {
        try {
            URI uri = new URI(url.strip());
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
