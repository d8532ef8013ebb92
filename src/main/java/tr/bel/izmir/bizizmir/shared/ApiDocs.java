package tr.bel.izmir.bizizmir.shared;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenAPI 3 description of {@code /api/v1/**} (issue 18, DD026), generated from the
 * controllers by springdoc at {@code /v3/api-docs}, with Swagger UI at {@code /swagger-ui.html};
 * both are public, like the API's public part. Every operation says who may call it, read from
 * the same {@code @PreAuthorize} rule that decides it: public operations need no credentials,
 * the others HTTP Basic (local mode) or a bearer token (Keycloak mode).
 */
@Configuration
class ApiDocs {

    static final String BASIC = "basic";
    static final String BEARER = "bearer";
    private static final Pattern ROLE = Pattern.compile("'([a-z-]+)'");

    @Bean
    OpenAPI bizizmirOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Bizİzmir API").version("v1")
                        .description("""
                                The API of İzmir's citizen-participation platform. `/api/v1/public/**` is open \
                                to everyone (open data); every other operation names the roles it admits. \
                                Errors are RFC 9457 problem details (`application/problem+json`) with a \
                                Turkish or English `detail` chosen by `Accept-Language`."""))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Local sign-in (demo and development)"))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("JWT").description("An access token from the city's Keycloak")));
    }

    /** Who may call each operation, from its {@code @PreAuthorize} rule (method, else class). */
    @Bean
    OperationCustomizer whoMayCall() {
        return (operation, handler) -> {
            PreAuthorize onMethod = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
            PreAuthorize onClass = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
            String rule = onMethod != null ? onMethod.value() : onClass == null ? null : onClass.value();
            RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), RequestMapping.class);
            boolean publicPart = mapping != null && mapping.path().length > 0 && mapping.path()[0].startsWith("/api/v1/public");
            String who;
            if (rule == null || "permitAll()".equals(rule) || publicPart) {
                who = "Public: no sign-in needed.";
            } else {
                operation.addSecurityItem(new SecurityRequirement().addList(BASIC));
                operation.addSecurityItem(new SecurityRequirement().addList(BEARER));
                List<String> roles = new ArrayList<>();
                Matcher m = ROLE.matcher(rule);
                while (m.find()) {
                    roles.add(m.group(1));
                }
                who = roles.isEmpty() ? "Any signed-in person." : "Roles: " + String.join(", ", roles) + ".";
                operation.addExtension("x-required-roles", roles);
            }
            operation.setDescription(operation.getDescription() == null ? who : operation.getDescription() + "\n\n" + who);
            return operation;
        };
    }
}
