package tr.bel.izmir.bizizmir.shared;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Any {@code /api} path that no controller serves answers 404 problem details, instead of
 * falling through to the Vaadin application. Reached only by callers the API security
 * chain already let in.
 *
 * <p>This catch-all also wins when a controller does serve the path but not the request's
 * method, content type or accepted type, since Spring MVC prefers any full match to a
 * partial one. So it first asks which mappings serve the path, and answers as Spring MVC
 * would have without it: 405 with the allowed methods, 415 with the supported content types,
 * 406; only a path nobody serves is 404.
 */
@RestController
@PreAuthorize("permitAll()")
class ApiNotFound {

    private final ApplicationContext context;

    ApiNotFound(ApplicationContext context) {
        this.context = context;
    }

    @RequestMapping("/api/**")
    void notFound(HttpServletRequest request) throws Exception {
        // Looked up when needed: the mapping is built from the controllers, this one included.
        var mapping = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
            ServletRequestPathUtils.parseAndCache(request);
        }
        List<RequestMappingInfo> samePath = mapping.getHandlerMethods().entrySet().stream()
                .filter(e -> !isThis(e.getValue()))
                .map(Map.Entry::getKey)
                .filter(info -> info.getPathPatternsCondition() != null
                        && info.getPathPatternsCondition().getMatchingCondition(request) != null)
                .toList();
        if (samePath.isEmpty()) {
            throw new DomainException.NotFound("error.http.404");
        }
        List<RequestMappingInfo> sameMethod = samePath.stream()
                .filter(info -> info.getMethodsCondition().getMatchingCondition(request) != null).toList();
        if (sameMethod.isEmpty()) {
            Set<String> allowed = new LinkedHashSet<>();
            samePath.forEach(info -> info.getMethodsCondition().getMethods().forEach(m -> allowed.add(m.name())));
            throw new HttpRequestMethodNotSupportedException(request.getMethod(), allowed);
        }
        List<RequestMappingInfo> sameType = sameMethod.stream()
                .filter(info -> info.getConsumesCondition().getMatchingCondition(request) != null).toList();
        if (sameType.isEmpty()) {
            Set<MediaType> supported = new LinkedHashSet<>();
            sameMethod.forEach(info -> supported.addAll(info.getConsumesCondition().getConsumableMediaTypes()));
            String contentType = request.getContentType();
            if (contentType == null) {
                throw new HttpMediaTypeNotSupportedException(null, List.copyOf(supported), null);
            }
            try {
                throw new HttpMediaTypeNotSupportedException(MediaType.parseMediaType(contentType),
                        List.copyOf(supported), null);
            } catch (InvalidMediaTypeException unreadable) {
                throw new HttpMediaTypeNotSupportedException(HttpHeaders.CONTENT_TYPE + " " + unreadable.getMessage());
            }
        }
        if (sameType.stream().allMatch(info -> info.getProducesCondition().getMatchingCondition(request) == null)) {
            Set<MediaType> producible = new LinkedHashSet<>();
            sameType.forEach(info -> producible.addAll(info.getProducesCondition().getProducibleMediaTypes()));
            throw new HttpMediaTypeNotAcceptableException(List.copyOf(producible));
        }
        // Served, but not with these parameters or headers: as good as not served.
        throw new DomainException.NotFound("error.http.404");
    }

    private static boolean isThis(HandlerMethod method) {
        return method.getBeanType() == ApiNotFound.class
                || (method.getBean() instanceof String name && name.equals("apiNotFound"));
    }
}
