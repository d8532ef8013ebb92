package tr.bel.izmir.bizizmir.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;

import java.util.Optional;
import java.util.function.LongFunction;

/** The numeric {@code :id} of a page's route (e.g. {@code projects/:id}) and what it names. */
public final class RouteId {

    private RouteId() {
    }

    /**
     * What the route's {@code id} names, looked up with {@code finder}. A missing, non-numeric
     * or unknown id (or one the finder does not show to this reader) shows the not-found page
     * and answers empty.
     */
    public static <T> Optional<T> find(BeforeEnterEvent event, LongFunction<Optional<T>> finder) {
        Optional<T> found = event.getRouteParameters().get("id").flatMap(RouteId::parse).flatMap(finder::apply);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
        }
        return found;
    }

    private static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
