package tr.bel.izmir.bizizmir.support;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A Vaadin UI driven through its own client protocol, without a browser: sign in through the
 * login form, init a UI, then one navigation event per page; each answer is the page's UIDL
 * (its texts included). Cheap enough to open every page for every role (RouteAccessMatrixIT)
 * or to check what a page shows to whom.
 */
public final class VaadinClient {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final HttpClient browser;
    private final String securityKey;
    private int syncId;
    private int clientId;

    private VaadinClient(int port, HttpClient browser) throws Exception {
        this.port = port;
        this.browser = browser;
        var init = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/?v-r=init&location=&query=")).GET().build(), HttpResponse.BodyHandlers.ofString());
        var uidl = JSON.readTree(init.body()).path("appConfig").path("uidl");
        securityKey = uidl.path("Vaadin-Security-Key").asText();
        syncId = uidl.path("syncId").asInt();
        clientId = uidl.path("clientId").asInt();
    }

    /** A UI of a visitor who has not signed in. */
    public static VaadinClient anonymous(int port) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        return new VaadinClient(port, browser);
    }

    /** A UI of a local user signed in through the login form. */
    public static VaadinClient signedIn(int port, String username, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        var page = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        var m = CSRF_META.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
        var login = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 302) {
            throw new IllegalStateException("login of " + username + " answered " + login.statusCode());
        }
        return new VaadinClient(port, browser);
    }

    /** Navigates to a route (without the leading slash); answers the HTTP status, a space, and the UIDL. */
    public String navigate(String route) throws Exception {
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
