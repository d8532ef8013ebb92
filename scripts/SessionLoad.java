// Signs in Vaadin sessions the way a browser does and leaves them open: the memory benchmark of
// scripts/bench-sessions.sh (issue 17). Run with the JDK's source launcher (no build step):
//
//   java scripts/SessionLoad.java <base-url> <route> <user> <count> <password> <concurrency> <marker> [logout]
//
// <user> is a user name, or a prefix with a trailing '*' for one user per session (drill0, drill1, ...).
// For each session, with its own cookie (JSESSIONID), like a browser tab:
//   1. GET /login                 the sign-in page (index.html); Spring's CSRF token from its meta tag
//   2. POST /login                the form (username, password, _csrf), as vaadin-login-form posts it
//   3. GET /<route>               the page itself (index.html with the client bootstrap)
//   4. GET /?v-r=init&location=<route>&query=
//                                 what Flow.js's flowInit() requests: the server creates the UI
//   5. POST /?v-r=uidl&v-uiId=0   the "ui-navigate" DOM event on the UI's root node (node 1) that
//                                 Flow.js's flowNavigate() sends next: the server navigates the UI to
//                                 the route, builds the view and answers with its components
// and checks that the answer of step 5 contains <marker> (an element id of the view, e.g.
// "send-ballot"), i.e. the view exists in the server's memory. "logout" signs each session out
// at the end (POST /logout with the page's CSRF token): the warm-up leaves nothing behind.
// Last line: sessions=.. ok=.. failed=.. seconds=.. uidl_kb_avg=..
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class SessionLoad {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

    public static void main(String[] args) throws Exception {
        String base = args[0].replaceAll("/$", "");
        String route = args[1];
        String user = args[2];
        int count = Integer.parseInt(args[3]);
        String password = args[4];
        int concurrency = Integer.parseInt(args[5]);
        String marker = args[6];
        boolean logout = args.length > 7 && args[7].equals("logout");

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        AtomicLong uidlBytes = new AtomicLong();
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        for (int t = 0; t < concurrency; t++) {
            pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < count) {
                    String name = user.endsWith("*") ? user.substring(0, user.length() - 1) + i : user;
                    try {
                        Session s = new Session(http, base);
                        String csrf = s.csrf(s.get("/login"));
                        var signIn = s.post("/login", "application/x-www-form-urlencoded",
                                "username=" + enc(name) + "&password=" + enc(password) + "&_csrf=" + enc(csrf));
                        String location = signIn.headers().firstValue("Location").orElse("");
                        if (signIn.statusCode() != 302 || location.contains("/login")) {
                            throw new IllegalStateException("sign-in of " + name + " refused: " + signIn.statusCode() + " " + location);
                        }
                        var page = s.get("/" + route);
                        String init = s.get("/?v-r=init&location=" + route + "&query=").body();
                        String key = find(SECURITY_KEY, init, "Vaadin-Security-Key");
                        String uiId = find(UI_ID, init, "v-uiId");
                        String navigate = "{\"csrfToken\":\"" + key + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\","
                                + "\"data\":{\"route\":\"" + route + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},"
                                + "\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";
                        String uidl = s.post("/?v-r=uidl&v-uiId=" + uiId, "application/json; charset=UTF-8", navigate).body();
                        if (!uidl.contains("\"" + marker + "\"")) {
                            Matcher ids = Pattern.compile("\"key\":\"id\",\"feat\":3,\"value\":\"([^\"]+)\"").matcher(uidl);
                            List<String> found = new ArrayList<>();
                            while (ids.find() && found.size() < 12) {
                                found.add(ids.group(1));
                            }
                            Matcher texts = Pattern.compile("\"key\":\"text\",\"feat\":7,\"value\":\"([^\"]+)\"").matcher(uidl);
                            List<String> said = new ArrayList<>();
                            while (texts.find() && said.size() < 8) {
                                said.add(texts.group(1));
                            }
                            throw new IllegalStateException("view of " + route + " without " + marker + " (" + uidl.length()
                                    + " bytes); element ids " + found + "; texts " + said);
                        }
                        uidlBytes.addAndGet(uidl.length());
                        if (logout) {
                            var out = s.post("/logout", "application/x-www-form-urlencoded", "_csrf=" + enc(s.csrf(page)));
                            if (out.statusCode() != 302) {
                                throw new IllegalStateException("logout answered " + out.statusCode());
                            }
                        }
                        ok.incrementAndGet();
                    } catch (Exception e) {
                        if (errors.size() < 5) {
                            errors.add(e.toString());
                        }
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        double seconds = (System.nanoTime() - start) / 1e9;
        errors.forEach(e -> System.out.println("error: " + e));
        System.out.printf("sessions=%d ok=%d failed=%d seconds=%.1f uidl_kb_avg=%.1f%n", count, ok.get(), count - ok.get(),
                seconds, ok.get() == 0 ? 0 : uidlBytes.get() / 1024.0 / ok.get());
        System.exit(ok.get() == count ? 0 : 1);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String find(Pattern p, String text, String what) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + what + " in " + text.substring(0, Math.min(300, text.length())));
        }
        return m.group(1);
    }

    /** One browser tab: its session cookie, kept across requests. */
    static final class Session {
        private final HttpClient http;
        private final String base;
        private String cookie;

        Session(HttpClient http, String base) {
            this.http = http;
            this.base = base;
        }

        HttpResponse<String> get(String path) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        }

        HttpResponse<String> post(String path, String type, String body) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        String csrf(HttpResponse<String> page) {
            return find(CSRF, page.body(), "CSRF meta tag");
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            if (cookie != null) {
                request.header("Cookie", "JSESSIONID=" + cookie);
            }
            var response = http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            for (String set : response.headers().allValues("Set-Cookie")) {
                Matcher m = SESSION_COOKIE.matcher(set);
                if (m.find()) {
                    cookie = m.group(1);
                }
            }
            if (response.statusCode() >= 400) {
                throw new IllegalStateException(response.statusCode() + " for " + response.request().uri());
            }
            return response;
        }
    }
}
