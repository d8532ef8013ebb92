package tr.bel.izmir.bizizmir.shared;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tr.bel.izmir.bizizmir.support.IntegrationTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API is documented (issue 18, DD026): the OpenAPI description is public and lists every
 * {@code /api/v1} operation the application answers, each saying who may call it; Swagger UI opens.
 */
@IntegrationTest
class ApiDocsIT {

    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort int port;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void every_api_operation_is_in_the_public_description_with_who_may_call_it() throws Exception {
        var response = get("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode spec = new ObjectMapper().readTree(response.body());
        assertThat(spec.path("openapi").asText()).startsWith("3.");

        Set<String> documented = new TreeSet<>();
        spec.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            documented.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
            String description = op.getValue().path("description").asText();
            assertThat(description).as("%s %s says who may call it", op.getKey(), path.getKey())
                    .containsAnyOf("Public: no sign-in needed.", "Roles: ", "Any signed-in person.");
            if (path.getKey().startsWith("/api/v1/public")) {
                assertThat(op.getValue().has("security")).as("public %s needs no credentials", path.getKey()).isFalse();
            }
        }));
        Set<String> answered = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/") && !pattern.endsWith("/**")) {
                    var methods = info.getMethodsCondition().getMethods();
                    for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                        answered.add(m.name() + " " + pattern);
                    }
                }
            }
        });
        assertThat(answered).isNotEmpty();
        assertThat(documented).as("every operation the application answers is documented").containsAll(answered);
        assertThat(spec.path("paths").path("/api/v1/pb/cycles").path("post").path("x-required-roles").toString())
                .contains("coordinator");
    }

    @Test
    void swagger_ui_opens_for_anyone() throws Exception {
        var ui = get("/swagger-ui/index.html");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
    }
}
