package tr.bel.izmir.bizizmir.voting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.UserDetailsManager;
import tr.bel.izmir.bizizmir.budgeting.BallotRule;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.neighbourhood.ResidentRegistry;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.TestResidents;
import tr.bel.izmir.bizizmir.voting.process.PublicVoteProcess;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The voting API over real HTTP: casting with receipts, translated problem details for bad
 * ballots, public results and receipt lists after close, consultations with moderated comments.
 */
@IntegrationTest
class PublicVoteApiIT {

    @LocalServerPort int port;
    @Autowired VoteFixtures fx;
    @Autowired NeighbourhoodCatalog neighbourhoods;
    @Autowired ResidentRegistry residents;
    @Autowired PublicVotes votes;
    @Autowired Consultations consultations;
    @Autowired TaskService tasks;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService users;

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    /** A local API user who is a verified resident of the neighbourhood (password "pw"). */
    String apiResident(long neighbourhoodId, int birthYear) {
        String username = "api-" + UUID.randomUUID().toString().substring(0, 8);
        ((UserDetailsManager) users).createUser(User.withUsername(username).password("{noop}pw")
                .roles("citizen", "resident").build());
        TestResidents.verified(residents, neighbourhoods, username, neighbourhoodId, birthYear);
        return username;
    }

    HttpResponse<String> send(String method, String path, Object body, String user, String password, String language)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : json.writeValueAsString(body)))
                .header("Content-Type", "application/json")
                .header("Accept-Language", language);
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> ballot(long voteId, List<Long> options, String key, String user, String password, String lang)
            throws Exception {
        return send("POST", "/api/v1/votes/" + voteId + "/ballots", Map.of("optionIds", options, "submissionKey", key),
                user, password, lang);
    }

    JsonNode body(HttpResponse<String> response) throws Exception {
        return json.readTree(response.body());
    }

    @Test
    void a_resident_casts_a_knapsack_ballot_and_bad_ballots_get_translated_problem_details() throws Exception {
        var pb = fx.pbVote(BallotRule.KNAPSACK, null, true, -1, 5);
        long voteId = pb.vote().getId();
        String voter = apiResident(pb.neighbourhoodId(), 1990);

        var overBudget = ballot(voteId, List.of(pb.option(0), pb.option(1), pb.option(2)), "k1", voter, "pw", "tr");
        assertThat(overBudget.statusCode()).isEqualTo(422);
        assertThat(overBudget.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
        assertThat(body(overBudget).get("code").asText()).isEqualTo("vote.error.over-budget");
        assertThat(body(overBudget).get("detail").asText()).contains("bütçeyi").contains("550000.00").contains("500000.00");
        var unknown = ballot(voteId, List.of(424242424L), "k1", voter, "pw", "en");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(body(unknown).get("detail").asText()).isEqualTo("Not on the ballot: 424242424.");
        var malformed = send("POST", "/api/v1/votes/" + voteId + "/ballots", "{\"optionIds\": [\"x\"", voter, "pw", "en");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(fx.ballots(voteId)).isZero();

        var first = ballot(voteId, List.of(pb.option(0), pb.option(2)), "form-1", voter, "pw", "tr");
        assertThat(first.statusCode()).isEqualTo(200);
        String receipt = body(first).get("receiptCode").asText();
        assertThat(receipt).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
        var retried = ballot(voteId, List.of(pb.option(0), pb.option(2)), "form-1", voter, "pw", "tr");
        assertThat(body(retried).get("receiptCode").asText()).isEqualTo(receipt);
        var mine = send("GET", "/api/v1/votes/" + voteId + "/my-ballot", null, voter, "pw", "tr");
        assertThat(body(mine).get("receiptCode").asText()).isEqualTo(receipt);

        // Outsiders: anonymous, a citizen who is no resident, another neighbourhood's resident.
        assertThat(ballot(voteId, List.of(pb.option(0)), "k", null, null, "tr").statusCode()).isEqualTo(401);
        var citizen = ballot(voteId, List.of(pb.option(0)), "k", "vatandas", "demo", "en");
        assertThat(citizen.statusCode()).isEqualTo(422);
        assertThat(body(citizen).get("code").asText()).isEqualTo("vote.error.not-resident");
        assertThat(ballot(voteId, List.of(pb.option(0)), "k", "memur", "demo", "en").statusCode()).isEqualTo(403);

        // Public while open: the ballot and turnout, not the content.
        var publicVote = send("GET", "/api/v1/public/votes/" + voteId, null, null, null, "tr");
        assertThat(publicVote.statusCode()).isEqualTo(200);
        assertThat(body(publicVote).get("participants").asLong()).isEqualTo(1);
        assertThat(body(publicVote).get("options")).hasSize(3);
        var early = send("GET", "/api/v1/public/votes/" + voteId + "/results", null, null, null, "en");
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(body(early).get("code").asText()).isEqualTo("vote.error.not-closed");

        fx.closeNow(voteId);
        var late = ballot(voteId, List.of(pb.option(1)), "form-2", voter, "pw", "tr");
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(body(late).get("detail").asText()).isEqualTo("Oylama kapandı; artık oy verilemez.");
        var receipts = send("GET", "/api/v1/public/votes/" + voteId + "/receipts", null, null, null, "tr");
        assertThat(body(receipts)).hasSize(1);
        assertThat(body(receipts).get(0).asText()).isEqualTo(receipt);
        var check = send("GET", "/api/v1/public/votes/" + voteId + "/receipts/" + receipt, null, null, null, "tr");
        assertThat(body(check).get("counted").asBoolean()).isTrue();
        var results = body(send("GET", "/api/v1/public/votes/" + voteId + "/results", null, null, null, "tr"));
        assertThat(results.get("ballots").asLong()).isEqualTo(1);
        assertThat(results.get("options").get(0).get("votes").asLong()).isEqualTo(1);
        assertThat(results.get("options").get(1).get("votes").asLong()).isZero();
        assertThat(results.toString()).doesNotContain(voter);
    }

    @Test
    void a_consultation_is_voted_on_commented_moderated_and_answered() throws Exception {
        long neighbourhoodId = fx.neighbourhood("Danisma");
        long districtId = neighbourhoods.require(neighbourhoodId).getDistrict().getId();
        String title = "Kordon bisiklet yolu " + UUID.randomUUID();
        var request = new java.util.HashMap<String, Object>(Map.of("title", title,
                "question", "Kordon'daki bisiklet yolu iki yönlü olsun mu?",
                "description", "Belediye, Kordon bisiklet yolunu genişletmeyi planlıyor.",
                "links", List.of("https://www.izmir.bel.tr/"), "kind", "MULTIPLE_CHOICE", "answers", List.of("Evet"),
                "opensAt", Instant.now().minusSeconds(3600).toString(),
                "closesAt", Instant.now().plusSeconds(86_400).toString()));
        var oneAnswer = send("POST", "/api/v1/consultations", request, "memur", "demo", "en");
        assertThat(oneAnswer.statusCode()).isEqualTo(422);
        assertThat(body(oneAnswer).get("detail").asText()).isEqualTo("A multiple-choice question needs between 2 and 10 answers.");
        assertThat(send("POST", "/api/v1/consultations", request, "vatandas", "demo", "en").statusCode()).isEqualTo(403);
        request.put("kind", "YES_NO");
        request.remove("answers");
        var published = send("POST", "/api/v1/consultations", request, "memur", "demo", "tr");
        assertThat(published.statusCode()).isEqualTo(201);
        var consultation = consultations.require(body(published).get("id").asLong());
        assertThat(consultations.all()).filteredOn(c -> c.getTitle().equals(title)).hasSize(1);
        var vote = consultations.voteOf(consultation.getId());
        fx.runDueJobs(vote.getId());
        var options = votes.optionsOf(votes.require(vote.getId()));
        assertThat(options).extracting(VoteOptionInfo::getLabel).containsExactly("Evet", "Hayır");
        String voter = apiResident(neighbourhoodId, 1985);

        var both = ballot(vote.getId(), List.of(options.get(0).getId(), options.get(1).getId()), "c1", voter, "pw", "en");
        assertThat(body(both).get("code").asText()).isEqualTo("vote.error.single-choice");
        assertThat(ballot(vote.getId(), List.of(options.get(0).getId()), "c1", voter, "pw", "tr").statusCode()).isEqualTo(200);

        var comment = send("POST", "/api/v1/consultations/" + consultation.getId() + "/comments",
                Map.of("body", "İki yönlü olursa yayalara yer kalmaz."), voter, "pw", "tr");
        assertThat(comment.statusCode()).isEqualTo(201);
        long commentId = body(comment).get("id").asLong();
        assertThat(send("POST", "/api/v1/consultations/comments/" + commentId + "/reports", Map.of("reason", "spam"),
                "vatandas", "demo", "tr").statusCode()).isEqualTo(204);
        assertThat(send("POST", "/api/v1/consultations/comments/" + commentId + "/reports", Map.of("reason", "spam"),
                "vatandas", "demo", "tr").statusCode()).isEqualTo(409);
        assertThat(send("POST", "/api/v1/consultations/comments/" + commentId + "/hide", null, voter, "pw", "tr")
                .statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/v1/consultations/comments/" + commentId + "/hide", null, "moderator", "demo", "tr")
                .statusCode()).isEqualTo(200);
        var page = body(send("GET", "/api/v1/public/consultations/" + consultation.getId(), null, null, null, "tr"));
        assertThat(page.get("comments")).isEmpty();
        send("POST", "/api/v1/consultations/comments/" + commentId + "/restore", null, "moderator", "demo", "tr");
        page = body(send("GET", "/api/v1/public/consultations/" + consultation.getId(), null, null, null, "tr"));
        assertThat(page.get("comments")).hasSize(1);
        assertThat(page.get("comments").toString()).doesNotContain(voter);

        fx.closeNow(vote.getId());
        var results = body(send("GET", "/api/v1/public/votes/" + vote.getId() + "/results", null, null, null, "tr"));
        // One ballot: a district breakdown would show how that one person voted (issue 12, DD010).
        assertThat(results.get("ballots").asLong()).isEqualTo(1);
        assertThat(results.get("districtOutcome").asText()).isEqualTo("WITHHELD");
        assertThat(results.get("districts")).isEmpty();
        assertThat(results.get("districtNote").asText()).startsWith("Oyların gizliliği için ilçelere göre sonuçlar gösterilmiyor");
        assertThat(results.toString()).doesNotContain(
                neighbourhoods.districts().stream().filter(d -> d.getId() == districtId).findFirst().orElseThrow().getName());

        var task = tasks.createTaskQuery().processInstanceId(fx.processOf(vote.getId()))
                .taskDefinitionKey(PublicVoteProcess.TASK_PUBLISH_RESPONSE).singleResult();
        assertThat(tasks.getIdentityLinksForTask(task.getId())).anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("dept-participation"));
        tasks.complete(task.getId(), Map.of(PublicVoteProcess.VAR_RESPONSE,
                "Sonuca uyarak bisiklet yolunu tek yönlü genişletiyoruz."));
        fx.runDueJobs(vote.getId());
        page = body(send("GET", "/api/v1/public/consultations/" + consultation.getId(), null, null, null, "tr"));
        assertThat(page.get("response").asText()).startsWith("Sonuca uyarak");
        // The resident who answered hears that the response is published (issue 15).
        tr.bel.izmir.bizizmir.notification.NotificationTesting.eventually("the voter hears of the response",
                () -> fx.jdbc.queryForList("select recipient from notification where kind = 'CONSULTATION_RESPONSE' "
                        + "and case_key = ?", String.class, Long.toString(consultation.getId())).equals(List.of(voter)));
    }
}
