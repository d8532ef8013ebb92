package tr.bel.izmir.bizizmir.shared;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any {@code /api} path that no controller serves answers 404 problem details, instead of
 * falling through to the Vaadin application. Reached only by callers the API security
 * chain already let in.
 */
@RestController
@PreAuthorize("permitAll()")
class ApiNotFound {

    @RequestMapping("/api/**")
    void notFound() {
        throw new DomainException.NotFound("error.http.404");
    }
}
