package tr.bel.izmir.bizizmir.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;

/**
 * The platform acting by itself: demo data at start-up, and anything else that runs without a
 * signed-in person. It goes through the same secured services as a person, as an explicit
 * principal with the administrator's role and the role {@code system}, instead of through
 * unguarded "trusted" variants of those services. What it does is recorded under the name it
 * acts as (the demo's budget officer publishes the demo results as {@code butce}).
 */
public final class SystemActor {

    /** The role only this principal has: services may allow it where no person would be allowed. */
    public static final String ROLE = "system";
    /** The name recorded when the platform acts for nobody in particular. */
    public static final String NAME = "system";

    private SystemActor() {
    }

    /** An action the system takes, which may throw what the service it calls throws. */
    @FunctionalInterface
    public interface Action<T, E extends Exception> {
        T get() throws E;
    }

    /** Runs {@code action} as the system principal named {@code actingAs}, then restores who was there before. */
    public static <T, E extends Exception> T as(String actingAs, Action<T, E> action) throws E {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        var authorities = List.of(new SimpleGrantedAuthority(AppRoles.ROLE_PREFIX + AppRoles.ADMIN),
                new SimpleGrantedAuthority(AppRoles.ROLE_PREFIX + ROLE));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(actingAs, "n/a", authorities));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /** Runs {@code action} as the system principal and returns its result. */
    public static <T, E extends Exception> T call(Action<T, E> action) throws E {
        return as(NAME, action);
    }

    /** Runs {@code action} as the system principal. */
    public static void run(Runnable action) {
        as(NAME, () -> {
            action.run();
            return null;
        });
    }
}
