package tr.bel.izmir.bizizmir.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tr.bel.izmir.bizizmir.shell.MainLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;

/**
 * Translated error pages inside the shell, instead of Vaadin's English defaults. A page the
 * person may not open and a page that does not exist look alike on purpose (no hint which
 * staff pages exist), but each says what to do next.
 */
public final class ErrorViews {

    private ErrorViews() {
    }

    @AnonymousAllowed
    @ParentLayout(MainLayout.class)
    public static class NotFoundView extends TranslatedView implements HasErrorParameter<NotFoundException> {

        public NotFoundView() {
            super("error.page.not-found.title");
            setId("error-page");
            add(new Paragraph(getTranslation("error.page.not-found.text")), new Anchor("", getTranslation("error.page.home")));
        }

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
            return HttpServletResponse.SC_NOT_FOUND;
        }
    }

    @AnonymousAllowed
    @ParentLayout(MainLayout.class)
    public static class AccessDeniedView extends TranslatedView implements HasErrorParameter<AccessDeniedException> {

        public AccessDeniedView() {
            super("error.page.denied.title");
            setId("error-page");
            add(new Paragraph(getTranslation("error.page.denied.text")), new Anchor("", getTranslation("error.page.home")));
        }

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
            return HttpServletResponse.SC_FORBIDDEN;
        }
    }

    /**
     * Anything else that breaks while a page is built (a malformed address, say): a translated
     * page with an error id that support finds in the log, never Vaadin's stack trace.
     */
    @AnonymousAllowed
    @ParentLayout(MainLayout.class)
    public static class InternalErrorView extends TranslatedView implements HasErrorParameter<Exception> {

        private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

        public InternalErrorView() {
            super("error.page.internal.title");
            setId("error-page");
        }

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
            if (tr.bel.izmir.bizizmir.shared.DomainException.in(parameter.getException())
                    .filter(tr.bel.izmir.bizizmir.shared.DomainException.NotFound.class::isInstance).isPresent()) {
                // A page whose record does not exist (a stale or mistyped address): not found, not a failure.
                getChildren().filter(com.vaadin.flow.component.html.H1.class::isInstance).findFirst()
                        .ifPresent(h -> ((com.vaadin.flow.component.html.H1) h).setText(getTranslation("error.page.not-found.title")));
                add(new Paragraph(getTranslation("error.page.not-found.text")), new Anchor("", getTranslation("error.page.home")));
                return HttpServletResponse.SC_NOT_FOUND;
            }
            String id = tr.bel.izmir.bizizmir.shared.RequestIds.current();
            log.error("Page {} failed; error id {}", event.getLocation().getPath(), id, parameter.getException());
            add(new Paragraph(getTranslation("error.unexpected", id)), new Anchor("", getTranslation("error.page.home")));
            return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        }
    }
}
