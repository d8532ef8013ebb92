package tr.bel.izmir.bizizmir.maps.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import tr.bel.izmir.bizizmir.budgeting.ImplementationProjectInfo;
import tr.bel.izmir.bizizmir.budgeting.ImplementationProjects;
import tr.bel.izmir.bizizmir.budgeting.ImplementationStatus;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.proposal.ProposalInfo;
import tr.bel.izmir.bizizmir.proposal.ProposalSubmissions;
import tr.bel.izmir.bizizmir.shared.MapSettings;
import tr.bel.izmir.bizizmir.shared.ui.MapPanel;
import tr.bel.izmir.bizizmir.shared.ui.MapPanel.Tone;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The implementation projects on a map, at the point of the proposal each one carries out,
 * coloured by their status; the same projects as a list with status and progress.
 */
@Route("projects/map")
@AnonymousAllowed
class ProjectMapView extends MapPage {

    ProjectMapView(ImplementationProjects projects, ProposalSubmissions proposals, NeighbourhoodCatalog neighbourhoods,
                   MapSettings settings) {
        super("map.projects.title");
        add(new Paragraph(getTranslation("map.projects.intro")));
        List<ImplementationProjectInfo> all = projects.all();
        Map<Long, ProposalInfo> origins = proposals.publicByIds(all.stream().map(ImplementationProjectInfo::getProposalId).toList());
        List<MapPanel.Marker> markers = all.stream().map(p -> {
            var origin = origins.get(p.getProposalId());
            String detail = getTranslation("impl.status." + p.getStatus().name()) + " · "
                    + getTranslation("impl.progress", p.getProgress()) + " · "
                    + neighbourhoods.require(p.getNeighbourhoodId()).getDisplayName();
            return new MapPanel.Marker(origin == null ? null : origin.getLatitude(), origin == null ? null : origin.getLongitude(),
                    p.getTitle(), detail, "projects/" + p.getId(), tone(p.getStatus()));
        }).toList();
        var map = MapPanel.of(settings, markers, true, getTranslation("map.projects.map-label"));
        map.setId("project-map");
        Map<Tone, String> legend = new LinkedHashMap<>();
        legend.put(Tone.OPEN, getTranslation("map.tone.planned"));
        legend.put(Tone.PROGRESS, getTranslation("impl.status.IN_PROGRESS"));
        legend.put(Tone.GOOD, getTranslation("impl.status.COMPLETED"));
        legend.put(Tone.BAD, getTranslation("impl.status.CANCELLED"));
        add(map, legend(legend), listSection("map.projects.list",
                MapPanel.list("project-map-list", markers, getTranslation("map.not-on-map"))));
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("impl.list.none")));
        }
    }

    static Tone tone(ImplementationStatus status) {
        return switch (status) {
            case PLANNED, TENDERING -> Tone.OPEN;
            case IN_PROGRESS -> Tone.PROGRESS;
            case COMPLETED -> Tone.GOOD;
            case CANCELLED -> Tone.BAD;
        };
    }
}
