package tr.bel.izmir.bizizmir.shared;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.camunda.bpm.engine.TaskService;
import tr.bel.izmir.bizizmir.parkevent.ActivityType;
import tr.bel.izmir.bizizmir.parkevent.EventRequest;
import tr.bel.izmir.bizizmir.parkevent.NoiseLevel;
import tr.bel.izmir.bizizmir.parkevent.ParkEventApplications;
import tr.bel.izmir.bizizmir.parkevent.process.ParkEventApprovalProcess;
import tr.bel.izmir.bizizmir.tasks.TaskInbox;
import tr.bel.izmir.bizizmir.parkevent.ParkManagement;
import tr.bel.izmir.bizizmir.parkevent.ParkSpec;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;
import tr.bel.izmir.bizizmir.voting.Consultations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Bad input over real HTTP against the real PostgreSQL: text PostgreSQL cannot store, odd paths
 * the firewall refuses and wrong content types each get a translated 4xx problem detail, never a
 * 500 or a stack trace, and nothing stored changes.
 */
@IntegrationTest
class BadInputIT {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired Consultations consultations;
    @Autowired ParkManagement parks;
    @Autowired Messages messages;
    @Autowired ParkEventApplications applications;
    @Autowired tr.bel.izmir.bizizmir.parkevent.CivicGroups civicGroups;
    @Autowired TaskInbox inbox;
    @Autowired TaskService tasks;

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    HttpResponse<String> send(String method, String path, String contentType, String body, String user,
                              String language) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        if (user != null) {
            String password = user.equals("admin") ? "admin" : "demo";
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    JsonNode problem(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        return problem;
    }

    /** A consultation published by an officer over the API; its id. */
    long consultation() throws Exception {
        String request = json.writeValueAsString(Map.of("title", "Alsancak ağaçları " + UUID.randomUUID(),
                "question", "Alsancak'a yeni ağaç dikilsin mi?", "description", "Belediye ağaç dikmeyi planlıyor.",
                "kind", "YES_NO", "opensAt", Instant.now().minusSeconds(3600).toString(),
                "closesAt", Instant.now().plusSeconds(86_400).toString()));
        var published = send("POST", "/api/v1/consultations", "application/json", request, "memur", "tr");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        return json.readTree(published.body()).get("id").asLong();
    }

    long comments(long consultationId) {
        return jdbc.queryForObject("select count(*) from consultation_comment where consultation_id = ?",
                Long.class, consultationId);
    }

    @Test
    void a_comment_with_nul_or_a_lone_surrogate_is_a_translated_400_and_stores_nothing() throws Exception {
        long id = consultation();
        String path = "/api/v1/consultations/" + id + "/comments";
        // JSON escapes, so the characters reach the server exactly as written.
        var nul = send("POST", path, "application/json", "{\"body\":\"Ağaç \\u0000 olsun\"}", "vatandas", "tr");
        JsonNode tr = problem(nul, 400);
        assertThat(tr.get("code").asText()).isEqualTo("error.text.invalid-character");
        assertThat(tr.get("detail").asText()).contains("body").contains("U+0000");
        assertThat(tr.get("title").asText()).isEqualTo("Geçersiz istek");

        var surrogate = send("POST", path, "application/json", "{\"body\":\"Ağaç \\ud83c olsun\"}", "vatandas", "en");
        JsonNode en = problem(surrogate, 400);
        assertThat(en.get("code").asText()).isEqualTo("error.text.invalid-character");
        assertThat(en.get("detail").asText()).contains("body").contains("U+D83C").startsWith("The text");

        var bell = send("POST", path, "application/json", "{\"body\":\"Ağaç \\u0007 olsun\"}", "vatandas", "en");
        assertThat(problem(bell, 400).get("detail").asText()).contains("U+0007");
        assertThat(comments(id)).isZero();

        // Tabs, line breaks and a correctly paired emoji are ordinary text.
        var fine = send("POST", path, "application/json", "{\"body\":\"Ağaç\\tolsun\\r\\nlütfen \\ud83c\\udf33\"}",
                "vatandas", "tr");
        assertThat(fine.statusCode()).as(fine.body()).isEqualTo(201);
        assertThat(comments(id)).isEqualTo(1);
    }

    @Test
    void a_request_parameter_with_nul_is_a_translated_400() throws Exception {
        var response = send("POST", "/api/v1/pb/allocations?rule=greedy%00", "text/plain", "META\n", "butce", "en");
        JsonNode problem = problem(response, 400);
        assertThat(problem.get("code").asText()).isEqualTo("error.text.invalid-character");
        assertThat(problem.get("detail").asText()).contains("rule").contains("U+0000");
    }

    @Test
    void paths_the_firewall_refuses_are_a_translated_400_everywhere() throws Exception {
        for (String path : new String[]{"//engine-rest/engine", "/api/v1//public/votes", "/;jsessionid=x",
                "/api;x=1/v1/public/votes", "/engine-rest/%2e%2e/engine", "/api/v1/public/%2e%2e/x",
                "/budget/replay/%2e%2e/x", "/camunda//app/", "/api/v1/public/votes%3b", "/x%25y"}) {
            for (String language : new String[]{"tr", "en"}) {
                var response = send("GET", path, null, null, null, language);
                JsonNode problem = problem(response, 400);
                assertThat(problem.get("code").asText()).as(path).isEqualTo("error.request-rejected");
                assertThat(problem.get("detail").asText()).as(path).isEqualTo(language.equals("tr")
                        ? "Bu adres geçersiz karakterler ya da biçim içeriyor; istek reddedildi."
                        : "This address contains characters or a form that are not allowed; the request was refused.");
            }
        }
        // Also with credentials, and for a POST.
        assertThat(send("GET", "//engine-rest/engine", null, null, "admin", "en").statusCode()).isEqualTo(400);
        assertThat(send("POST", "//api/v1/pb/allocations?rule=greedy", "text/plain", "META", "butce", "en")
                .statusCode()).isEqualTo(400);
    }

    @Test
    void a_wrong_content_type_is_a_translated_415() throws Exception {
        var pb = send("POST", "/api/v1/pb/allocations?rule=greedy", "application/json", "{}", "butce", "en");
        JsonNode problem = problem(pb, 415);
        assertThat(problem.get("title").asText()).isEqualTo("Unsupported media type");
        assertThat(problem.get("detail").asText()).isEqualTo("This content type is not supported.");

        long id = consultation();
        var comment = send("POST", "/api/v1/consultations/" + id + "/comments", "text/plain", "Ağaç olsun",
                "vatandas", "tr");
        assertThat(problem(comment, 415).get("title").asText()).isEqualTo("Desteklenmeyen içerik türü");
        var form = send("POST", "/api/v1/consultations/" + id + "/comments", "application/x-www-form-urlencoded",
                "body=Agac", "vatandas", "tr");
        problem(form, 415);
        var none = send("POST", "/api/v1/consultations/" + id + "/comments", null, "{\"body\":\"Ağaç olsun\"}",
                "vatandas", "en");
        problem(none, 415);
        assertThat(comments(id)).isZero();

        var garbage = send("POST", "/api/v1/consultations/" + id + "/comments", "not a type;;", "{\"body\":\"Ağaç olsun\"}",
                "vatandas", "en");
        problem(garbage, 415);
        var charset = send("POST", "/api/v1/consultations/" + id + "/comments", "application/json; charset=klingon",
                "{\"body\":\"Ağaç olsun\"}", "vatandas", "en");
        problem(charset, 415);
        var pbGarbage = send("POST", "/api/v1/pb/allocations?rule=greedy", "text/", "META", "butce", "en");
        problem(pbGarbage, 415);
        assertThat(comments(id)).isZero();
        var wrongMethod = send("DELETE", "/api/v1/consultations/" + id + "/comments", null, null, "vatandas", "en");
        assertThat(problem(wrongMethod, 405).get("detail").asText()).isEqualTo("This address does not support this method.");
        var html = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/pb/allocations?rule=greedy"))
                .header("Content-Type", "text/plain").header("Accept", "text/html").header("Accept-Language", "tr")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("butce:demo".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString("META")).build();
        var notAcceptable = http.send(html, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(notAcceptable.statusCode()).as(notAcceptable.body()).isEqualTo(406);

        // Camunda's REST API answers in its own format, but with the right status.
        var engine = send("POST", "/engine-rest/message", "text/plain", "x", "admin", "en");
        assertThat(engine.statusCode()).as(engine.body()).isEqualTo(415);
        assertThat(engine.body()).doesNotContain("\tat ");
    }

    static StorableText.Invalid invalidIn(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof StorableText.Invalid invalid) {
                return invalid;
            }
        }
        throw new AssertionError("no StorableText.Invalid in " + thrown, thrown);
    }

    /** What the consultation page does with a comment: the service it calls, as the signed-in citizen. */
    @Test
    void a_comment_from_the_consultation_page_with_nul_is_refused_in_both_languages_and_stores_nothing()
            throws Exception {
        long id = consultation();
        Throwable thrown = catchThrowable(() -> RunAs.user("vatandas",
                () -> consultations.comment(id, "Ağaç\u0000 olsun"), "citizen"));
        StorableText.Invalid invalid = invalidIn(thrown);
        assertThat(invalid.field()).isEqualTo("body");
        assertThat(messages.get(invalid.messageKey(), Messages.TURKISH, invalid.args())).isEqualTo(
                "Metin kaydedilemeyecek bir karakter içeriyor (U+0000, 5. karakter): NUL gibi bir"
                        + " denetim karakteri ya da bozuk bir Unicode karakteri. Bu karakteri silip yeniden deneyin;"
                        + " hiçbir şey kaydedilmedi.");
        assertThat(messages.get(invalid.messageKey(), Locale.forLanguageTag("en-GB"), invalid.args()))
                .startsWith("The text contains a character that cannot be stored (U+0000, character 5)");
        assertThat(comments(id)).isZero();
    }

    /** What the park page does when an area is renamed: an update, checked when it is flushed. */
    @Test
    void renaming_a_park_area_to_a_lone_surrogate_is_refused_and_keeps_the_old_name() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var park = RunAs.user("park", () -> parks.createPark(new ParkSpec("Giriş Parkı " + tag, "karsiyaka",
                new BigDecimal("38.4600"), new BigDecimal("27.1000"), 9, 21, EnumSet.of(ActivityType.ART),
                "Sahil boyunca çimenlik.", true)), "park-manager", "dept-parks");
        var area = RunAs.user("park", () -> parks.addArea(park.getId(), "Çimenlik", 80), "park-manager", "dept-parks");

        Throwable thrown = catchThrowable(() -> RunAs.user("park",
                () -> parks.updateArea(area.getId(), "Çimen \uDC00lik", 80), "park-manager", "dept-parks"));
        StorableText.Invalid invalid = invalidIn(thrown);
        assertThat(invalid.args()).containsExactly("name", "U+DC00", "7");
        assertThat(jdbc.queryForObject("select name from park_area where id = ?", String.class, area.getId()))
                .isEqualTo("Çimenlik");
    }

    /**
     * The park event application form and the park manager's review form: the application's
     * title is an entity field, the review's values are process variables; both refused.
     */
    @Test
    void a_park_event_application_and_a_review_form_with_control_characters_are_refused() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String manager = "park";
        var park = RunAs.user(manager, () -> parks.createPark(new ParkSpec("Etkinlik Parkı " + tag, "karsiyaka",
                new BigDecimal("38.4600"), new BigDecimal("27.1000"), 9, 21, EnumSet.of(ActivityType.WORKSHOP),
                "Sahil boyunca çimenlik.", true)), "park-manager", "dept-parks");
        var area = RunAs.user(manager, () -> parks.addArea(park.getId(), "Çimenlik", 80), "park-manager", "dept-parks");
        String representative = "temsilci-" + tag;
        var group = RunAs.user(manager, () -> civicGroups.register("Grup " + tag, "karsiyaka-bostanli",
                representative), "park-manager", "dept-parks");
        LocalDate day = LocalDate.now(IzmirTime.ZONE).plusDays(40);
        java.util.function.Function<String, EventRequest> request = title -> new EventRequest(group.getId(),
                area.getId(), title, day.atTime(LocalTime.of(10, 0)).atZone(IzmirTime.ZONE).toInstant(),
                day.atTime(LocalTime.of(12, 0)).atZone(IzmirTime.ZONE).toInstant(), 40, true, NoiseLevel.LOW, false,
                ActivityType.WORKSHOP, 0, false, false, 0, 0);

        Throwable refused = catchThrowable(() -> RunAs.user(representative,
                () -> applications.apply(request.apply("Resim\u0000 atölyesi"), UUID.randomUUID().toString()),
                "citizen", "civic-group"));
        assertThat(invalidIn(refused).field()).isEqualTo("title");
        assertThat(RunAs.user(representative, () -> applications.myApplications(), "citizen", "civic-group"))
                .as("nothing stored").isEmpty();

        long id = RunAs.user(representative, () -> applications.apply(request.apply("Resim atölyesi"),
                UUID.randomUUID().toString()), "citizen", "civic-group").applicationId();
        var review = tasks.createTaskQuery().processDefinitionKey(ParkEventApprovalProcess.KEY)
                .processInstanceBusinessKey(Long.toString(id)).taskDefinitionKey(ParkEventApprovalProcess.TASK_REVIEW)
                .singleResult();
        Throwable badReview = catchThrowable(() -> RunAs.user(manager, () -> inbox.complete(review.getId(), Map.of(
                ParkEventApprovalProcess.VAR_REVIEW_DECISION, ParkEventApprovalProcess.DECISION_APPROVE,
                "reviewNote", "Uygun\u001b[31m")), "park-manager", "dept-parks"));
        StorableText.Invalid invalid = invalidIn(badReview);
        assertThat(invalid.args()).containsExactly("reviewNote", "U+001B", "6");
        var still = tasks.createTaskQuery().taskId(review.getId()).singleResult();
        assertThat(still).as("the review is still open").isNotNull();
        assertThat(still.getAssignee()).as("not even claimed").isNull();
    }
}
