package tr.bel.izmir.bizizmir.operations;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;
import tr.bel.izmir.bizizmir.voting.PublicVotes;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Operators watch the platform (issue 17): Prometheus metrics for admins only, with the
 * programme's own figures under bizizmir_, and probes a load balancer can use.
 */
@IntegrationTest
class OperationsMetricsIT {

    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort int port;
    @Autowired PublicVotes votes;
    @Autowired ProcessEngine engine;

    HttpResponse<String> get(String path, String user, String password, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void only_admins_scrape_metrics() throws Exception {
        assertThat(get("/actuator/prometheus", null, null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "memur", "demo").statusCode()).isEqualTo(403);
        assertThat(get("/actuator/prometheus", "sakin", "demo").statusCode()).isEqualTo(403);
        assertThat(get("/actuator/prometheus", "admin", "wrong").statusCode()).isEqualTo(401);
    }

    @Test
    void the_programmes_figures_are_there_with_refused_ballots_by_reason() throws Exception {
        assertThatThrownBy(() -> RunAs.user("sakin", () -> votes.cast(Long.MAX_VALUE, List.of(1L), "k"), "citizen", "resident"))
                .isInstanceOf(DomainException.class);
        var response = get("/actuator/prometheus", "admin", "admin");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("bizizmir_proposals{status=\"SCREENING\"}")
                .contains("bizizmir_tasks_open{group=\"dept-participation\"}")
                .contains("bizizmir_tasks_overdue{group=\"dept-parks\"}")
                .contains("bizizmir_jobs_executable", "bizizmir_jobs_failed", "bizizmir_incidents")
                .contains("bizizmir_mails{status=\"PENDING\"}", "bizizmir_mails{status=\"SENT\"}", "bizizmir_mails{status=\"FAILED\"}")
                .contains("bizizmir_ballots_total{outcome=\"refused\",reason=\"vote.error.not-found\"}");
        // The demo's proposals wait for screening: the gauge counts them.
        assertThat(response.body().lines().filter(l -> l.startsWith("bizizmir_proposals{status=\"SCREENING\"}"))
                .map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElseThrow()).isGreaterThan(0);
    }

    @Test
    void liveness_and_readiness_answer_for_load_balancers() throws Exception {
        var ready = get("/actuator/health/readiness", null, null);
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"UP\"");
        // Which component a DOWN would come from, never its details.
        assertThat(ready.body()).contains("\"db\":{\"status\":\"UP\"}", "\"engine\":{\"status\":\"UP\"}")
                .doesNotContain("database", "validationQuery");
        assertThat(get("/actuator/health/liveness", null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void every_answer_carries_a_request_id_and_a_load_balancers_id_is_kept() throws Exception {
        var fresh = get("/actuator/health/liveness", null, null);
        assertThat(fresh.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).hasSize(36));

        var handedIn = get("/actuator/health/liveness", null, null, "X-Request-Id", "haproxy-0A1B2C3D:1234");
        assertThat(handedIn.headers().firstValue("X-Request-Id")).hasValue("haproxy-0A1B2C3D:1234");

        // Nothing a client writes gets into the log as an id: spaces, quotes, braces are replaced.
        var forged = get("/actuator/health/liveness", null, null, "X-Request-Id", "x\" forged {json}");
        assertThat(forged.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).hasSize(36));
    }

    /** An operator looking at a job's lock (ACT_RU_JOB.LOCK_OWNER_, Cockpit) sees which node holds it. */
    @Test
    void job_locks_name_the_node_that_holds_them() {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getJobExecutor().getLockOwner())
                .startsWith(configuration.getHostname() + ":")
                .hasSize(configuration.getHostname().length() + 9);
    }
}
