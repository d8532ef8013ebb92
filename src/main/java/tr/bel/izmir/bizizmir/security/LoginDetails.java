package tr.bel.izmir.bizizmir.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The client address of a sign-in attempt and the way it came: {@code form} or {@code basic}. */
final class LoginDetails extends WebAuthenticationDetails {

    private final String channel;

    LoginDetails(HttpServletRequest request, String channel) {
        super(request);
        this.channel = channel;
    }

    String channel() {
        return channel;
    }
}
