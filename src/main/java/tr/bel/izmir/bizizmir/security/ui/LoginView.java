package tr.bel.izmir.bizizmir.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.annotation.Value;
import tr.bel.izmir.bizizmir.security.LocalUsersProperties;

/** Local-mode sign-in (form login). In keycloak mode Keycloak's own page is used instead. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();
    private final String loginPath;

    public LoginView(LocalUsersProperties users, @Value("${bizizmir.demo-data.enabled:false}") boolean demo,
                     @Value("${bizizmir.login-path:login}") String loginPath) {
        this.loginPath = loginPath;
        addClassName("login-view");
        var header = new LoginI18n.Header();
        header.setTitle(getTranslation("app.name"));
        header.setDescription(getTranslation("login.description"));
        i18n.setHeader(header);
        var f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        f.setForgotPassword(getTranslation("login.forgot"));
        var error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        form.setI18n(i18n);
        form.setForgotPasswordButtonVisible(false);
        form.setAction("login");
        add(new H1(getTranslation("app.name")), form);
        if (demo && !users.localUsers().isEmpty()) {
            var hint = new Paragraph(getTranslation("login.demo-users", String.join(", ",
                    users.localUsers().stream().map(LocalUsersProperties.LocalUser::username).toList())));
            hint.addClassName("demo-hint");
            hint.setId("demo-hint");
            add(hint);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!"login".equals(loginPath)) {
            // Keycloak mode: this form knows no users; a bookmarked /login goes to Keycloak.
            event.forwardToUrl("/" + loginPath);
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        var throttled = parameters.getOrDefault("throttled", java.util.List.of());
        var error = i18n.getErrorMessage();
        if (!throttled.isEmpty()) {
            // Too many failures: say how long to wait (the number is only shown, never trusted).
            error.setTitle(getTranslation("login.throttled.title"));
            error.setMessage(getTranslation("login.throttled", seconds(throttled.get(0))));
        } else if (parameters.containsKey("expired")) {
            // The form's CSRF token was no longer valid (see SecurityConfig.csrfRefused).
            error.setTitle(getTranslation("login.expired.title"));
            error.setMessage(getTranslation("login.expired"));
        } else {
            error.setTitle(getTranslation("login.error.title"));
            error.setMessage(getTranslation("login.error.message"));
        }
        form.setI18n(i18n);
        form.setError(!throttled.isEmpty() || parameters.containsKey("expired") || parameters.containsKey("error"));
    }

    /** The seconds from the query, as a plain number; anything else becomes 1. */
    static long seconds(String value) {
        if (value == null || value.isEmpty() || value.length() > 6 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return 1;
        }
        return Math.max(1, Long.parseLong(value));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
