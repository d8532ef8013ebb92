package tr.bel.izmir.bizizmir.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
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
}
