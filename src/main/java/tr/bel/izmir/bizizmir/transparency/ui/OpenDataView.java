package tr.bel.izmir.bizizmir.transparency.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import tr.bel.izmir.bizizmir.budgeting.PublishedPabulib;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;
import tr.bel.izmir.bizizmir.transparency.opendata.Dataset;
import tr.bel.izmir.bizizmir.transparency.opendata.OpenDataCatalog;

/**
 * "Açık veri": every open dataset with what it holds, when it last changed, its licence and its
 * CSV and JSON downloads, and the catalogue address for harvesters (issue 18, item 2).
 */
@Route("open-data")
@AnonymousAllowed
@Menu(title = "nav.open-data", order = 30, icon = "vaadin:download")
public class OpenDataView extends TranslatedView {

    public OpenDataView(OpenDataCatalog catalog, PublishedPabulib pabulib) {
        super("opendata.title");
        addClassName("open-data-view");
        add(new Paragraph(getTranslation("opendata.intro")));
        var licence = new Paragraph(new Span(getTranslation("opendata.licence") + " "),
                new Anchor(OpenDataCatalog.LICENCE_URL, getTranslation("opendata.licence.name")));
        licence.setId("open-data-licence");
        add(licence);
        var harvest = new Paragraph(new Span(getTranslation("opendata.catalogue") + " "),
                catalogueLink());
        harvest.setId("open-data-catalogue");
        add(harvest);
        add(new Paragraph(getTranslation("opendata.personal")));

        var list = new Div();
        list.setId("open-data-datasets");
        list.addClassName("card-grid");
        for (Dataset d : catalog.all()) {
            var card = new Section();
            card.addClassName("card");
            card.setId("dataset-" + d.id());
            card.add(new H3(getTranslation("opendata.dataset." + d.id() + ".title")),
                    new Paragraph(getTranslation("opendata.dataset." + d.id() + ".description")));
            d.noteKey().ifPresent(k -> card.add(new Paragraph(getTranslation(k, d.noteArgs()))));
            card.add(new Paragraph(d.lastUpdated()
                    .map(t -> getTranslation("opendata.last-updated", IzmirTime.formatDateTime(t.atZone(IzmirTime.ZONE), getLocale())))
                    .orElse(getTranslation("opendata.no-data-yet"))));
            var csv = new Anchor("api/v1/public/datasets/" + d.id() + ".csv", getTranslation("opendata.download.csv"));
            csv.setId("download-" + d.id() + "-csv");
            csv.getElement().setAttribute("download", true);
            var json = new Anchor("api/v1/public/datasets/" + d.id() + ".json", getTranslation("opendata.download.json"));
            json.setId("download-" + d.id() + "-json");
            var schema = new Anchor("api/v1/public/datasets/" + d.id() + "/schema.json", getTranslation("opendata.download.schema"));
            csv.setRouterIgnore(true);
            json.setRouterIgnore(true);
            schema.setRouterIgnore(true);
            var links = new Div(csv, new Span(" · "), json, new Span(" · "), schema);
            links.addClassName("dataset-links");
            card.add(links);
            list.add(card);
        }
        list.add(pabulibCard(pabulib));
        add(new Section(new H2(getTranslation("opendata.datasets")), list));
        add(new Paragraph(new Anchor("statistics", getTranslation("opendata.statistics-link"))));
    }

    private Section pabulibCard(PublishedPabulib pabulib) {
        var card = new Section();
        card.addClassName("card");
        card.setId("dataset-pabulib");
        card.add(new H3(getTranslation("opendata.dataset.pabulib.title")),
                new Paragraph(getTranslation("opendata.dataset.pabulib.description")));
        var cycles = pabulib.cycles();
        if (cycles.isEmpty()) {
            card.add(new Paragraph(getTranslation("opendata.no-data-yet")));
        }
        var links = new Div();
        links.addClassName("dataset-links");
        for (long cycle : cycles) {
            var link = new Anchor("api/v1/public/datasets/pabulib/" + cycle + ".pb",
                    getTranslation("opendata.download.pabulib", cycle));
            link.setRouterIgnore(true);
            links.add(new Div(link));
        }
        card.add(links);
        return card;
    }

    private static Anchor catalogueLink() {
        var link = new Anchor("api/v1/public/datasets", "/api/v1/public/datasets");
        link.setId("open-data-catalogue-link");
        link.setRouterIgnore(true);
        return link;
    }
}
