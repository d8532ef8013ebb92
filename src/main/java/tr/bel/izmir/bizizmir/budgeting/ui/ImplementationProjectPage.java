package tr.bel.izmir.bizizmir.budgeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import tr.bel.izmir.bizizmir.budgeting.ImplementationProjectInfo;
import tr.bel.izmir.bizizmir.budgeting.ImplementationProjects;
import tr.bel.izmir.bizizmir.budgeting.ImplementationStatus;
import tr.bel.izmir.bizizmir.budgeting.ImplementationUpdate;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.ui.Badge;
import tr.bel.izmir.bizizmir.shared.ui.Photos;
import tr.bel.izmir.bizizmir.shared.ui.RouteId;


/** Public page of a funded project: status, progress, budget, photos and dated updates. */
@Route("projects/:id")
@AnonymousAllowed
class ImplementationProjectPage extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ImplementationProjects projects;
    private final NeighbourhoodCatalog neighbourhoods;
    private final CurrentUser currentUser;
    private String title = "";

    ImplementationProjectPage(ImplementationProjects projects, NeighbourhoodCatalog neighbourhoods, CurrentUser currentUser) {
        this.projects = projects;
        this.neighbourhoods = neighbourhoods;
        this.currentUser = currentUser;
        addClassName("page");
    }

    static Badge statusBadge(Component translator, ImplementationStatus status) {
        Badge.Tone tone = switch (status) {
            case PLANNED, TENDERING -> Badge.Tone.NEUTRAL;
            case IN_PROGRESS -> Badge.Tone.INFO;
            case COMPLETED -> Badge.Tone.SUCCESS;
            case CANCELLED -> Badge.Tone.ERROR;
        };
        return new Badge(translator.getTranslation("impl.status." + status.name()), tone);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteId.find(event, projects::find).ifPresent(this::show);
    }

    private void show(ImplementationProjectInfo p) {
        removeAll();
        title = p.getTitle();
        var heading = new H1(title);
        heading.addClassName("page-title");
        add(heading, tr.bel.izmir.bizizmir.notification.ui.FollowButton.of("project", p.getId()));
        var locale = getLocale();
        var status = statusBadge(this, p.getStatus());
        status.setId("impl-status");
        add(status);
        var bar = new ProgressBar(0, 100, p.getProgress());
        bar.setId("impl-progress-bar");
        bar.getElement().setAttribute("aria-label", getTranslation("impl.progress", p.getProgress()));
        var progressText = new Span(getTranslation("impl.progress", p.getProgress()));
        progressText.setId("impl-progress");
        add(new Div(bar, progressText));
        add(new Paragraph(getTranslation("impl.page.facts", neighbourhoods.require(p.getNeighbourhoodId()).getDisplayName(),
                p.getBudget().format(locale), IzmirTime.formatDateTime(p.getUpdatedAt().atZone(IzmirTime.ZONE), locale))));
        add(new Paragraph(new Anchor("proposals/" + p.getProposalId(), getTranslation("impl.page.proposal")),
                new Span(" · "), new Anchor("budget/results/" + p.getCycleId(), getTranslation("impl.page.results"))));
        boolean officer = currentUser.get().map(u -> u.hasRole(AppRoles.OFFICER) || u.hasRole(AppRoles.SUPERVISOR)
                || u.hasRole(AppRoles.ADMIN)).orElse(false);
        if (officer) {
            var edit = new Anchor("projects/" + p.getId() + "/update", getTranslation("impl.page.write-update"));
            edit.setId("impl-write-update");
            add(new Paragraph(edit));
        }

        var photoIds = projects.photoIds(p.getId());
        if (!photoIds.isEmpty()) {
            var gallery = Photos.gallery("impl-photo-", photoIds,
                    photoId -> projects.photo(photoId).map(ph -> ph.getContent()).orElse(new byte[0]),
                    n -> getTranslation("impl.photo-alt", n, p.getTitle()));
            gallery.setId("impl-photos");
            add(new Section(new H2(getTranslation("impl.page.photos")), gallery));
        }

        var list = new UnorderedList();
        list.setId("impl-updates");
        for (ImplementationUpdate u : projects.updates(p.getId())) {
            var item = new ListItem();
            item.add(new Span(IzmirTime.formatDateTime(u.getWrittenAt().atZone(IzmirTime.ZONE), locale) + " · "));
            item.add(statusBadge(this, u.getStatus()));
            item.add(new Span(" " + getTranslation("impl.progress", u.getProgress())));
            item.add(new Paragraph(u.getBody()));
            list.add(item);
        }
        var updates = new Section(new H2(getTranslation("impl.page.updates")));
        if (list.getChildren().findAny().isEmpty()) {
            updates.add(new Paragraph(getTranslation("impl.page.no-updates")));
        } else {
            updates.add(list);
        }
        add(updates);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
