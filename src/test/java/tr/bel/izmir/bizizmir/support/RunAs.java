package tr.bel.izmir.bizizmir.support;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Arrays;
import java.util.function.Supplier;

/** Runs a step of an integration test as a given person, the way a login would. */
public final class RunAs {

    private RunAs() {
    }

    public static <T> T user(String username, Supplier<T> action, String... rolesAndGroups) {
        var authorities = Arrays.stream(rolesAndGroups)
                .map(r -> new SimpleGrantedAuthority(r.startsWith("dept-") ? "GROUP_" + r : "ROLE_" + r)).toList();
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(username, "n/a", authorities));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    public static void user(String username, Runnable action, String... rolesAndGroups) {
        user(username, () -> {
            action.run();
            return null;
        }, rolesAndGroups);
    }
}
