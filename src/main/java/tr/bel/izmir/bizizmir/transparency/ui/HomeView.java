package tr.bel.izmir.bizizmir.transparency.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import tr.bel.izmir.bizizmir.budgeting.PbCycle;
import tr.bel.izmir.bizizmir.budgeting.PbCycles;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;

/** The public landing page: what the programme is, and what is open for citizens now. */
@Route("")
@AnonymousAllowed
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
public class HomeView extends TranslatedView {

    public HomeView(PbCycles cycles, NeighbourhoodCatalog neighbourhoods) {
        super("home.title");
        addClassName("home-view");
        add(new Paragraph(getTranslation("home.intro")));

        var parts = new Div();
        parts.addClassName("card-grid");
        parts.add(part("home.part.assemblies", "assemblies"),
                part("home.part.budgeting", "budgeting"),
                part("home.part.decisions", "consultations"),
                part("home.part.parks", "parks"));
        add(new Section(new H2(getTranslation("home.parts")), parts));

        var open = new Div();
        open.addClassName("card-grid");
        open.setId("open-cycles");
        for (PbCycle cycle : cycles.openCycles()) {
            open.add(cycleCard(cycle, neighbourhoods.require(cycle.getNeighbourhoodId()).getDisplayName()));
        }
        if (cycles.openCycles().isEmpty()) {
            open.add(new Paragraph(getTranslation("home.no-open-cycles")));
        }
        add(new Section(new H2(getTranslation("home.open-cycles")), open));
    }

    private Component part(String key, String link) {
        var card = new Div();
        card.addClassName("card");
        card.add(new H3(getTranslation(key + ".title")), new Paragraph(getTranslation(key + ".text")));
        card.add(new Anchor(link, getTranslation("home.more")));
        return card;
    }

    private Component cycleCard(PbCycle cycle, String place) {
        var card = new Div();
        card.addClassName("card");
        card.add(new H3(cycle.getTitle()),
                new Paragraph(place),
                new Paragraph(getTranslation("cycle.envelope", cycle.getEnvelope().format(getLocale()))),
                new Paragraph(getTranslation("cycle.phase." + cycle.getPhase().name())),
                new Paragraph(getTranslation("cycle.submission-until",
                        IzmirTime.formatDate(cycle.getSubmissionCloses(), getLocale()))));
        return card;
    }
}
