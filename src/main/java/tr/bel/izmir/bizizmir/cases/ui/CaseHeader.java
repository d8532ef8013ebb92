package tr.bel.izmir.bizizmir.cases.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;

import java.util.Optional;

/** A case page's head: what kind of case and its number, its title, its public page (if it has one yet) and the way back. */
class CaseHeader extends Header {

    /** @param publicPath the case's public page, empty while it is not public */
    CaseHeader(String kicker, String title, Optional<String> publicPath) {
        this(kicker, title, publicPath, "case.not-public");
    }

    /** @param notPublicKey what to say instead of the public page's link, for kinds that never have one */
    CaseHeader(String kicker, String title, Optional<String> publicPath, String notPublicKey) {
        addClassName("case-header");
        var kickerText = new Span(kicker);
        kickerText.addClassName("case-kicker");
        var heading = new H1(title);
        heading.setId("case-title");
        var links = new Div();
        links.addClassName("case-links");
        publicPath.ifPresentOrElse(path -> {
            var publicPage = new Anchor(path, getTranslation("case.public-page"));
            publicPage.setId("case-public-link");
            links.add(publicPage);
        }, () -> links.add(new Span(getTranslation(notPublicKey))));
        links.add(new Anchor("inbox", getTranslation("case.back-to-inbox")));
        add(kickerText, heading, links);
    }
}
