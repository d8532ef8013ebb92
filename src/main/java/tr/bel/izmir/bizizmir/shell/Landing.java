package tr.bel.izmir.bizizmir.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.security.BizizmirUser;
import tr.bel.izmir.bizizmir.security.CurrentUser;

import java.util.Optional;

/**
 * Where people land after signing in (issue 13, item 5): staff on their work, a programme
 * coordinator on the cycles, a process owner on the models; citizens on the home page, which
 * shows their own neighbourhood first. Only the first page after a sign-in that would have been
 * the public home page is redirected: a sign-in that started from a link (a task, a case, a
 * ballot) goes back to that link, and the home page stays reachable for everyone afterwards.
 * Works the same for the local form and Keycloak.
 */
@Component
class Landing implements VaadinServiceInitListener {

    /** Session attribute naming the person who has already landed in this HTTP session. */
    static final String LANDED = Landing.class.getName() + ".landed";

    private final CurrentUser currentUser;

    Landing(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::firstPage));
    }

    /**
     * The first navigation of a signed-in person in an HTTP session: signing in starts a new
     * session (Spring's session-fixation protection), signing out ends it, so this is the first
     * page after a sign-in, whichever login mode signed them in.
     */
    private void firstPage(BeforeEnterEvent event) {
        var session = VaadinSession.getCurrent();
        var user = currentUser.get();
        if (session == null || session.getSession() == null || user.isEmpty()
                || user.get().username().equals(session.getSession().getAttribute(LANDED))) {
            return;
        }
        session.getSession().setAttribute(LANDED, user.get().username());
        if (event.getLocation().getPath().isEmpty()) {
            landingOf(user.get()).ifPresent(event::forwardTo);
        }
    }

    /** The first page of a person's work; empty for citizens, whose first page is the home page. */
    static Optional<String> landingOf(BizizmirUser user) {
        if (user.hasRole(AppRoles.ADMIN) || user.hasRole(AppRoles.OFFICER) || user.hasRole(AppRoles.SUPERVISOR)
                || user.hasRole(AppRoles.PARK_MANAGER) || user.hasRole(AppRoles.MODERATOR)) {
            return Optional.of("staff");
        }
        if (user.hasRole(AppRoles.COORDINATOR)) {
            return Optional.of("staff/cycles");
        }
        if (user.hasRole(AppRoles.PROCESS_OWNER)) {
            return Optional.of("modeling/processes");
        }
        return Optional.empty();
    }
}
