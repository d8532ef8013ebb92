package tr.bel.izmir.bizizmir.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.beans.factory.annotation.Value;
import tr.bel.izmir.bizizmir.notification.MyNotifications;
import tr.bel.izmir.bizizmir.notification.ui.NotificationBell;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.shared.Messages;
import tr.bel.izmir.bizizmir.shared.ui.LocaleSupport;

import java.util.Locale;

/**
 * The frame of every page. The navigation lists exactly the routes the person may open
 * (Vaadin filters {@code @Menu} routes by their access annotations), so a citizen, an
 * officer and an admin each see their own menu. Titles are message keys.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext authentication;
    private final transient CurrentUser currentUser;
    private final SideNav nav = new SideNav();
    private final String loginPath;
    private final transient MyNotifications notifications;
    private NotificationBell bell;

    /**
     * @param loginPath where "sign in" leads: the local login form, or in keycloak mode the
     *                  start of the OIDC login (the local form would not know the users)
     */
    public MainLayout(AuthenticationContext authentication, CurrentUser currentUser,
                      @Value("${bizizmir.login-path:login}") String loginPath, MyNotifications notifications) {
        this.authentication = authentication;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.loginPath = loginPath;
        setPrimarySection(Section.DRAWER);

        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));
        var title = new Anchor("", getTranslation("app.name"));
        title.addClassName("app-title");
        var header = new HorizontalLayout(toggle, title, userArea());
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.addClassName("app-header");
        addToNavbar(header);

        nav.setLabel(getTranslation("shell.navigation"));
        nav.setId("main-nav");
        var brand = new Span(getTranslation("app.tagline"));
        brand.addClassName("app-tagline");
        var footer = new Footer(new Span(getTranslation("app.footer")));
        footer.addClassName("app-footer");
        addToDrawer(brand, new Scroller(nav), footer);
        // The page scrolls inside the layout's content box: a keyboard must be able to scroll it
        // even where a page has nothing focusable (WCAG 2.1.1; axe scrollable-region-focusable).
        getElement().executeJs(
                "customElements.whenDefined('vaadin-app-layout').then(() => {"
                + " const content = this.shadowRoot && this.shadowRoot.querySelector('[content]');"
                + " if (content) { content.tabIndex = 0; } })");
    }

    private Component userArea() {
        Locale other = getLocale().getLanguage().equals("en") ? Messages.TURKISH : Messages.ENGLISH;
        var language = new Button(getTranslation("shell.switch-language"), e -> LocaleSupport.switchTo(other));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.setId("switch-language");
        language.getElement().setAttribute("lang", other.getLanguage());
        var area = new HorizontalLayout(language);
        area.setAlignItems(FlexComponent.Alignment.CENTER);
        area.setSpacing(false);
        var user = currentUser.get();
        if (user.isPresent()) {
            var name = new Span(user.get().displayName());
            name.setId("current-user");
            name.addClassName("current-user");
            bell = new NotificationBell(notifications);
            area.add(bell);
            var logout = new Button(getTranslation("shell.logout"), e -> authentication.logout());
            logout.setId("logout");
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            area.add(name, logout);
        } else {
            var login = new Anchor(loginPath, getTranslation("shell.login"));
            login.setId("login-link");
            login.getElement().setAttribute("router-ignore", true);
            area.add(login);
        }
        return area;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // Rebuilt on navigation: a login or language switch changes what is listed.
        nav.removeAll();
        if (bell != null && bell.isAttached()) {
            bell.refresh();
        }
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            var item = new SideNavItem(getTranslation(entry.title()), entry.path());
            item.setMatchNested(!entry.path().isEmpty());
            if (entry.icon() != null && entry.icon().contains(":")) {
                String[] icon = entry.icon().split(":", 2);
                item.setPrefixComponent(new Icon(icon[0], icon[1]));
            }
            nav.addItem(item);
        }
    }
}
