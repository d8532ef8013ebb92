package tr.bel.izmir.bizizmir.maps.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import tr.bel.izmir.bizizmir.budgeting.PbCycleInfo;
import tr.bel.izmir.bizizmir.budgeting.PbCycles;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.proposal.ProposalInfo;
import tr.bel.izmir.bizizmir.proposal.ProposalStatus;
import tr.bel.izmir.bizizmir.proposal.ProposalSubmissions;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.MapSettings;
import tr.bel.izmir.bizizmir.shared.ui.MapPanel;
import tr.bel.izmir.bizizmir.shared.ui.MapPanel.Tone;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The proposals of one cycle on a map, coloured by where they stand and clustered where they
 * crowd; the same proposals as a list below (those without a point say so). The cycle comes from
 * {@code ?cycle=ID} or the chooser of open cycles.
 */
@Route("proposals/map")
@AnonymousAllowed
class ProposalMapView extends MapPage implements BeforeEnterObserver {

    private final ProposalSubmissions proposals;
    private final PbCycles cycles;
    private final NeighbourhoodCatalog neighbourhoods;
    private final MapSettings settings;
    private final ComboBox<PbCycleInfo> cycle = new ComboBox<>();
    private final Div content = new Div();

    ProposalMapView(ProposalSubmissions proposals, PbCycles cycles, NeighbourhoodCatalog neighbourhoods, MapSettings settings) {
        super("map.proposals.title");
        this.proposals = proposals;
        this.cycles = cycles;
        this.neighbourhoods = neighbourhoods;
        this.settings = settings;
        add(new Paragraph(getTranslation("map.proposals.intro")));
        cycle.setId("map-cycle");
        cycle.setLabel(getTranslation("map.proposals.cycle"));
        cycle.setItemLabelGenerator(c -> c.getTitle() + " · " + neighbourhoods.require(c.getNeighbourhoodId()).getDisplayName());
        cycle.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate("proposals/map", com.vaadin.flow.router.QueryParameters.of("cycle", String.valueOf(e.getValue().getId()))));
            }
        });
        add(cycle, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<PbCycleInfo> open = new ArrayList<>(cycles.openCycles());
        // Without a cycle asked for, the first open cycle that has proposals to show, not an empty map.
        PbCycleInfo chosen = open.stream().filter(c -> !proposals.publicOfCycle(c.getId()).isEmpty()).findFirst()
                .orElse(open.isEmpty() ? null : open.get(0));
        var asked = event.getLocation().getQueryParameters().getSingleParameter("cycle");
        if (asked.isPresent()) {
            try {
                chosen = cycles.require(Long.parseLong(asked.get()));
            } catch (NumberFormatException | DomainException unknown) {
                chosen = null;
                content.removeAll();
                var error = new Paragraph(getTranslation("map.proposals.unknown-cycle", asked.get()));
                error.setId("map-error");
                content.add(error);
            }
        }
        // A cycle asked for by id may be closed: it joins the chooser's open ones.
        final PbCycleInfo shown = chosen;
        if (shown != null && open.stream().noneMatch(c -> c.getId().equals(shown.getId()))) {
            open.add(0, shown);
        }
        cycle.setItems(open);
        if (shown != null) {
            cycle.setValue(shown);
            show(shown);
        } else if (asked.isEmpty()) {
            content.removeAll();
            content.add(new Paragraph(getTranslation("map.proposals.no-cycle")));
        }
    }

    private void show(PbCycleInfo c) {
        content.removeAll();
        List<MapPanel.Marker> markers = proposals.publicOfCycle(c.getId()).stream().map(this::marker).toList();
        var map = MapPanel.of(settings, markers, true, getTranslation("map.proposals.map-label",
                c.getTitle(), neighbourhoods.require(c.getNeighbourhoodId()).getDisplayName()));
        map.setId("proposal-map");
        Map<Tone, String> legend = new LinkedHashMap<>();
        legend.put(Tone.OPEN, getTranslation("map.tone.collecting"));
        legend.put(Tone.PROGRESS, getTranslation("map.tone.in-review"));
        legend.put(Tone.GOOD, getTranslation("proposal.status.FEASIBLE"));
        legend.put(Tone.BAD, getTranslation("map.tone.not-going-ahead"));
        legend.put(Tone.CLOSED, getTranslation("proposal.status.NOT_ENOUGH_SUPPORT"));
        content.add(map, legend(legend), listSection("map.proposals.list",
                MapPanel.list("proposal-map-list", markers, getTranslation("map.not-on-map"))));
        if (markers.isEmpty()) {
            content.add(new Paragraph(getTranslation("map.proposals.none")));
        }
    }

    private MapPanel.Marker marker(ProposalInfo p) {
        String detail = getTranslation("proposal.status." + p.getStatus().name()) + " · "
                + getTranslation("proposal.category." + p.getCategory().code()) + " · " + p.getLocation();
        return new MapPanel.Marker(p.getLatitude(), p.getLongitude(), p.getTitle(), detail, "proposals/" + p.getId(), tone(p.getStatus()));
    }

    static Tone tone(ProposalStatus status) {
        return switch (status) {
            case COLLECTING_SUPPORT -> Tone.OPEN;
            case QUALIFIED, IN_FEASIBILITY, SUBMITTED, SCREENING -> Tone.PROGRESS;
            case FEASIBLE -> Tone.GOOD;
            case NOT_FEASIBLE, REJECTED, INELIGIBLE -> Tone.BAD;
            case NOT_ENOUGH_SUPPORT, MERGED, WITHDRAWN -> Tone.CLOSED;
        };
    }
}
