package tr.bel.izmir.bizizmir.demo;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Demo data acts as the demo people do, through the same secured services: this signs a demo
 * user in for one action on the current thread (roles as {@code ROLE_}, departments such as
 * {@code dept-parks} as {@code GROUP_} authorities, like the real login) and restores whoever
 * was signed in before.
 */
final class DemoUser {

    private DemoUser() {
    }

    static <T> T as(String username, Supplier<T> action, String... roles) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(username, null, Arrays.stream(roles)
                .map(r -> new SimpleGrantedAuthority(r.startsWith("dept-") ? "GROUP_" + r : "ROLE_" + r)).toList()));
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static void as(String username, Runnable action, String... roles) {
        as(username, () -> {
            action.run();
            return null;
        }, roles);
    }
}
