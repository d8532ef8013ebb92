package tr.bel.izmir.bizizmir.shared.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * Base of every page: a {@code <main>} landmark with an {@code <h1>} and a browser title,
 * both from the message bundle, so each route has a Turkish and an English title.
 */
public abstract class TranslatedView extends Main implements HasDynamicTitle {

    private final String titleKey;

    protected TranslatedView(String titleKey) {
        this.titleKey = titleKey;
        addClassName("page");
        var heading = new H1(getTranslation(titleKey));
        heading.addClassName("page-title");
        add(heading);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · " + getTranslation("app.name");
    }
}
