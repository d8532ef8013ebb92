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

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

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

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

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

    HttpClient signIn(String username, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        var page = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        var m = CSRF_META.matcher(page.body());
        assertThat(m.find()).isTrue();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
        var login = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        return browser;
    }

    static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** A Vaadin UI driven through its own protocol: init, then one navigation event per route. */
    final class Ui {
        final HttpClient browser;
        final String securityKey;
        int syncId;
        int clientId;

        Ui(HttpClient browser) throws Exception {
            this.browser = browser;
            var init = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/?v-r=init&location=&query=")).GET().build(), HttpResponse.BodyHandlers.ofString());
            var uidl = JSON.readTree(init.body()).path("appConfig").path("uidl");
            securityKey = uidl.path("Vaadin-Security-Key").asText();
            syncId = uidl.path("syncId").asInt();
            clientId = uidl.path("clientId").asInt();
        }

        String navigate(String route) throws Exception {
            var body = JSON.createObjectNode();
            body.put("csrfToken", securityKey);
            var event = body.putArray("rpc").addObject();
            event.put("type", "event").put("node", 1).put("event", "ui-navigate");
            var data = event.putObject("data");
            data.put("route", route).put("query", "").put("appShellTitle", "").put("trigger", "");
            data.putObject("historyState").put("idx", clientId);
            body.put("syncId", syncId).put("clientId", clientId);
            var response = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/?v-r=uidl&v-uiId=0"))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body().replaceFirst("^for\\(;;\\);", "");
            var json = JSON.readTree(text);
            var message = json.isArray() ? json.get(0) : json;
            syncId = message.path("syncId").asInt(syncId);
            clientId = message.path("clientId").asInt(clientId + 1);
            return response.statusCode() + " " + text;
        }
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
            Ui ui = new Ui(signIn(user.username(), user.password().replaceFirst("^\\{noop}", "")));
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
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        Ui ui = new Ui(browser);
        List<RouteInfo> publicRoutes = routes().stream().filter(RouteInfo::anonymous).toList();
        assertThat(publicRoutes).hasSizeGreaterThan(10);
        for (RouteInfo route : publicRoutes) {
            String answer = ui.navigate(route.path().substring(1));
            assertThat(answer).as(route.path()).startsWith("200 ").doesNotContain(denied);
        }
    }
}
