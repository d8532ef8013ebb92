package tr.bel.izmir.bizizmir.security;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import tr.bel.izmir.bizizmir.shared.Messages;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.VaadinClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the application, found from its {@code @Route} classes (so a new page cannot be
 * missed), opened by every local user (so every role) through Vaadin's own client protocol: a
 * page opens exactly for the users its {@code @RolesAllowed} admits and shows the translated
 * "no permission" page to everyone else; every {@code @AnonymousAllowed} page opens for a visitor
 * who has not signed in. (That protected pages send visitors to the login is AnonymousAccessIT's.)
 */
@IntegrationTest
class RouteAccessMatrixIT {

    @LocalServerPort int port;
    @Autowired LocalUsersProperties localUsers;
    @Autowired Messages messages;

    record RouteInfo(Class<?> view, String path, Set<String> roles, boolean anonymous) {
    }

    static List<RouteInfo> routes() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<RouteInfo> routes = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("tr.bel.izmir.bizizmir")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            // Parameters get a value that exists nowhere: the access check comes before the page looks it up.
            String path = "/" + type.getAnnotation(Route.class).value()
                    .replaceAll(":[A-Za-z]+(\\([^)]*\\))?[?*]?", "987654321")
                    + (com.vaadin.flow.router.HasUrlParameter.class.isAssignableFrom(type) ? "/987654321" : "");
            RolesAllowed roles = type.getAnnotation(RolesAllowed.class);
            routes.add(new RouteInfo(type, path, roles == null ? Set.of() : Set.of(roles.value()),
                    type.isAnnotationPresent(AnonymousAllowed.class)));
        }
        return routes;
    }

    @Test
    void every_user_opens_exactly_the_pages_their_roles_allow() throws Exception {
        String denied = messages.get("error.page.denied.title", Messages.TURKISH);
        List<RouteInfo> routes = routes();
        assertThat(routes).as("pages found in the code").hasSizeGreaterThan(30);
        assertThat(routes).as("every page says who may open it").allSatisfy(r ->
                assertThat(r.anonymous() || !r.roles().isEmpty()).as(r.view().getName()).isTrue());
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (var user : localUsers.localUsers()) {
            VaadinClient ui = VaadinClient.signedIn(port, user.username(), user.password().replaceFirst("^\\{noop}", ""));
            for (RouteInfo route : routes) {
                boolean allowed = route.anonymous() || user.roles().stream().anyMatch(route.roles()::contains);
                String answer = ui.navigate(route.path().substring(1));
                boolean refused = answer.contains(denied);
                if (allowed == refused || !answer.startsWith("200 ")) {
                    failures.add(user.username() + " " + user.roles() + " /" + route.path().substring(1) + " ("
                            + route.view().getSimpleName() + " " + (route.anonymous() ? "anonymous" : route.roles()) + "): "
                            + (refused ? "refused" : "opened") + " " + answer.substring(0, Math.min(answer.length(), 12)));
                }
                checked++;
            }
        }
        assertThat(failures).as("of %d page visits", checked).isEmpty();
        assertThat(routes).filteredOn(r -> r.path().equals("/my/data")).singleElement()
                .as("every signed-in person, staff too, may download and erase their own data")
                .satisfies(r -> assertThat(r.roles()).containsAll(AppRoles.ALL));
        assertThat(localUsers.localUsers()).extracting(LocalUsersProperties.LocalUser::roles).flatMap(r -> r)
                .as("the local users hold every role").containsAll(AppRoles.ALL);
    }

    @Test
    void an_anonymous_visitor_opens_every_public_page() throws Exception {
        String denied = messages.get("error.page.denied.title", Messages.TURKISH);
        VaadinClient ui = VaadinClient.anonymous(port);
        List<RouteInfo> publicRoutes = routes().stream().filter(RouteInfo::anonymous).toList();
        assertThat(publicRoutes).hasSizeGreaterThan(10);
        for (RouteInfo route : publicRoutes) {
            String answer = ui.navigate(route.path().substring(1));
            assertThat(answer).as(route.path()).startsWith("200 ").doesNotContain(denied);
        }
    }
}
