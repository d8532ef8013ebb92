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
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import tr.bel.izmir.bizizmir.assembly.AssemblyDirectory;
import tr.bel.izmir.bizizmir.budgeting.PbCycleInfo;
import tr.bel.izmir.bizizmir.neighbourhood.ResidentRegistry;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.security.BizizmirUser;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.voting.PublicVotes;
import tr.bel.izmir.bizizmir.voting.VoteInfo;
import tr.bel.izmir.bizizmir.budgeting.PbCycles;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;

/** The public landing page: what the programme is, and what is open for citizens now. */
@Route("")
@AnonymousAllowed
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
public class HomeView extends TranslatedView {

    public HomeView(PbCycles cycles, NeighbourhoodCatalog neighbourhoods, CurrentUser currentUser,
                    ResidentRegistry residents, PublicVotes votes, AssemblyDirectory assemblies) {
        super("home.title");
        addClassName("home-view");
        // A signed-in citizen sees their own neighbourhood first (issue 13, item 5).
        currentUser.get().filter(u -> u.hasRole(AppRoles.CITIZEN) || u.hasRole(AppRoles.RESIDENT)).ifPresent(user -> add(mine(user, cycles, neighbourhoods, residents, votes, assemblies)));
        add(new Paragraph(getTranslation("home.intro")));

        var parts = new Div();
        parts.addClassName("card-grid");
        parts.add(part("home.part.assemblies", "assemblies"),
                part("home.part.budgeting", "budgeting"),
                part("home.part.decisions", "consultations"),
                part("home.part.parks", "parks"));
        add(new Section(new H2(getTranslation("home.parts")), parts));

        // Open data and statistics are live (issue 18): the home page leads to them.
        var transparency = new Div();
        transparency.addClassName("card");
        transparency.setId("home-transparency");
        var statistics = new Anchor("statistics", getTranslation("home.transparency.statistics"));
        statistics.setId("home-statistics-link");
        var openData = new Anchor("open-data", getTranslation("home.transparency.open-data"));
        openData.setId("home-open-data-link");
        transparency.add(new Paragraph(getTranslation("home.transparency.text")), new Div(statistics, new Span(" · "), openData));
        add(new Section(new H2(getTranslation("home.transparency.title")), transparency));

        var open = new Div();
        open.addClassName("card-grid");
        open.setId("open-cycles");
        for (PbCycleInfo cycle : cycles.openCycles()) {
            open.add(cycleCard(cycle, neighbourhoods.require(cycle.getNeighbourhoodId()).getDisplayName()));
        }
        if (cycles.openCycles().isEmpty()) {
            open.add(new Paragraph(getTranslation("home.no-open-cycles")));
        }
        add(new Section(new H2(getTranslation("home.open-cycles")), open));
    }

    private Component mine(BizizmirUser user, PbCycles cycles, NeighbourhoodCatalog neighbourhoods,
                           ResidentRegistry residents, PublicVotes votes, AssemblyDirectory assemblies) {
        var section = new Section();
        section.setId("my-neighbourhood");
        section.addClassName("card");
        var resident = residents.residentOf(user.username());
        if (resident.isEmpty()) {
            section.add(new H2(getTranslation("home.mine.unverified.title")),
                    new Paragraph(getTranslation("home.mine.unverified.text")),
                    new Anchor("my/residency", getTranslation("home.mine.verify")));
            return section;
        }
        long hood = resident.get().neighbourhoodId();
        section.add(new H2(getTranslation("home.mine.title", neighbourhoods.require(hood).getDisplayName())));
        var items = new UnorderedList();
        items.addClassName("my-neighbourhood-items");
        cycles.openCycleOf(hood).ifPresentOrElse(cycle -> {
            items.add(new ListItem(new Span(getTranslation("home.mine.cycle", cycle.getTitle(),
                    getTranslation("cycle.phase." + cycle.getPhase().name()))), new Span(" "),
                    new Anchor("proposals", getTranslation("home.mine.proposals"))));
            if (cycle.getPhase() == tr.bel.izmir.bizizmir.budgeting.CyclePhase.SUBMISSION) {
                items.add(new ListItem(new Anchor("proposals/new", getTranslation("home.mine.propose",
                        IzmirTime.formatDate(cycle.getSubmissionCloses(), getLocale())))));
            }
        }, () -> items.add(new ListItem(getTranslation("home.mine.no-cycle"))));
        for (VoteInfo vote : votes.openIn(hood)) {
            items.add(new ListItem(new Anchor("votes/ballot/" + vote.getId(), getTranslation("home.mine.vote",
                    vote.getTitle(), IzmirTime.formatDateTime(vote.getClosesAt(), getLocale())))));
        }
        assemblies.ofNeighbourhood(hood).ifPresent(a -> items.add(new ListItem(
                new Anchor("assemblies/" + a.getId(), getTranslation("home.mine.assembly", a.getName())))));
        items.add(new ListItem(new Anchor("my/proposals", getTranslation("home.mine.my-proposals"))));
        section.add(items);
        return section;
    }

    private Component part(String key, String link) {
        var card = new Div();
        card.addClassName("card");
        card.add(new H3(getTranslation(key + ".title")), new Paragraph(getTranslation(key + ".text")));
        card.add(new Anchor(link, getTranslation("home.more")));
        return card;
    }

    private Component cycleCard(PbCycleInfo cycle, String place) {
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
