package tr.bel.izmir.bizizmir.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import tr.bel.izmir.bizizmir.budgeting.PbCycles;
import tr.bel.izmir.bizizmir.budgeting.ProjectOutcome;
import tr.bel.izmir.bizizmir.budgeting.ProposalFates;
import tr.bel.izmir.bizizmir.proposal.ProposalStatus;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import java.util.Optional;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodInfo;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.neighbourhood.ResidentRegistry;
import tr.bel.izmir.bizizmir.proposal.ProposalInfo;
import tr.bel.izmir.bizizmir.proposal.ProposalCategory;
import tr.bel.izmir.bizizmir.proposal.ProposalSubmissions;
import tr.bel.izmir.bizizmir.proposal.SupportControlInfo;
import tr.bel.izmir.bizizmir.proposal.SupportPeriodControls;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;

import java.util.List;

/** Citizens browse and search the proposals of a neighbourhood, most supported first. */
@Route("proposals")
@AnonymousAllowed
@Menu(title = "nav.proposals", order = 15, icon = "vaadin:lightbulb")
class ProposalsView extends TranslatedView {

    private final ProposalSubmissions proposals;
    private final ComboBox<NeighbourhoodInfo> neighbourhood = new ComboBox<>();
    private final TextField search = new TextField();
    private final ComboBox<ProposalCategory> category = new ComboBox<>();
    private final Grid<ProposalInfo> grid = new Grid<>();

    private final SupportPeriodControls supportControls;
    /** Support-period notes of the rows fetched so far, read a page at a time. */
    private final java.util.Map<Long, java.util.List<SupportControlInfo>> notes = new java.util.HashMap<>();
    /** Support deadlines and later stages (ballot, result, project) of the rows fetched so far. */
    private final java.util.Map<Long, java.time.Instant> deadlines = new java.util.HashMap<>();
    private final java.util.Map<Long, ProposalFates.Fate> later = new java.util.HashMap<>();
    private final PbCycles cycles;
    private final java.util.Map<Long, Integer> thresholds = new java.util.HashMap<>();
    private final ProposalFates fates;

    ProposalsView(ProposalSubmissions proposals, PbCycles cycles, NeighbourhoodCatalog catalog,
                  ResidentRegistry residents, CurrentUser currentUser, SupportPeriodControls supportControls,
                  ProposalFates fates) {
        super("proposals.title");
        this.proposals = proposals;
        this.cycles = cycles;
        this.fates = fates;
        this.supportControls = supportControls;
        add(new Paragraph(getTranslation("proposals.intro")));

        List<NeighbourhoodInfo> withCycles = cycles.openCycles().stream()
                .map(c -> catalog.require(c.getNeighbourhoodId())).distinct().toList();
        neighbourhood.setLabel(getTranslation("proposals.filter.neighbourhood"));
        neighbourhood.setItems(withCycles);
        neighbourhood.setItemLabelGenerator(NeighbourhoodInfo::getDisplayName);
        neighbourhood.setId("proposal-neighbourhood");
        var mine = currentUser.get().flatMap(u -> residents.residentOf(u.username()))
                .flatMap(r -> withCycles.stream().filter(n -> n.getId() == r.neighbourhoodId()).findFirst());
        neighbourhood.setValue(mine.orElse(withCycles.isEmpty() ? null : withCycles.get(0)));
        neighbourhood.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        search.setLabel(getTranslation("proposals.filter.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("proposal-search");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        category.setLabel(getTranslation("proposals.filter.category"));
        category.setItems(ProposalCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("proposal.category." + c.code()));
        category.setClearButtonVisible(true);
        category.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        var newProposal = new Button(getTranslation("proposals.new"), e -> getUI().ifPresent(ui -> ui.navigate("proposals/new")));
        newProposal.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newProposal.setId("new-proposal");
        newProposal.setVisible(currentUser.get().isPresent());
        var map = new Anchor("proposals/map", getTranslation("map.show"));
        map.setId("proposals-map-link");
        var filters = new HorizontalLayout(neighbourhood, search, category, newProposal, map);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("proposal-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.addComponentColumn(this::card).setHeader(getTranslation("proposals.column.proposal"));
        grid.setItems(q -> {
            if (neighbourhood.getValue() == null) {
                return java.util.stream.Stream.empty();
            }
            var page = proposals.browse(neighbourhood.getValue().getId(), search.getValue(), category.getValue(),
                    q.getOffset(), q.getLimit());
            // The support-period notes of the whole page in one query, not one per card.
            var ids = page.stream().map(ProposalInfo::getId).toList();
            notes.putAll(supportControls.histories(ids));
            deadlines.putAll(supportControls.deadlines(page.stream()
                    .filter(p -> p.getStatus() == ProposalStatus.COLLECTING_SUPPORT).map(ProposalInfo::getId).toList()));
            page.stream().filter(p -> p.getStatus() == ProposalStatus.FEASIBLE)
                    .collect(java.util.stream.Collectors.groupingBy(ProposalInfo::getCycleId,
                            java.util.stream.Collectors.mapping(ProposalInfo::getId, java.util.stream.Collectors.toList())))
                    .forEach((cycle, feasible) -> later.putAll(fates.of(cycle, feasible)));
            return page.stream();
        });
        grid.setEmptyStateText(getTranslation("proposals.empty"));
        grid.setHeight("70vh");
        add(filters, grid);
    }

    private Div card(ProposalInfo p) {
        var link = new Anchor("proposals/" + p.getId(), p.getTitle());
        link.addClassName("proposal-title");
        var meta = new Div(ProposalStatusBadge.of(p.getStatus(), getTranslation("proposal.status." + p.getStatus().name())),
                new Span(getTranslation("proposal.category." + p.getCategory().code())),
                supports(p));
        meta.addClassName("proposal-meta");
        var card = new Div(link, meta);
        // Where a feasible proposal went next: the ballot, the result, the project (issue 13).
        Optional.ofNullable(later.get(p.getId())).map(this::laterStage).ifPresent(text -> {
            var stage = new Span(text);
            stage.addClassName("proposal-stage");
            card.add(new Div(stage));
        });
        // What the municipality did to the support period, and why (DD018); who did it is not shown.
        SupportControlNotes.of(notes.getOrDefault(p.getId(), java.util.List.of()), getLocale(), this::getTranslation)
                .forEach(card::add);
        return card;
    }

    /** "12 of 25 supports, until 21 Jan" while a proposal collects support; the count otherwise. */
    private Span supports(ProposalInfo p) {
        if (p.getStatus() != ProposalStatus.COLLECTING_SUPPORT) {
            return new Span(getTranslation("proposal.supports", p.getSupportCount()));
        }
        int threshold = thresholds.computeIfAbsent(p.getCycleId(), id -> cycles.require(id).getSupportThreshold());
        var until = deadlines.get(p.getId());
        var span = new Span(until == null ? getTranslation("proposal.supports-of", p.getSupportCount(), threshold)
                : getTranslation("proposal.supports-of-until", p.getSupportCount(), threshold,
                IzmirTime.formatDate(until, getLocale())));
        span.addClassName("support-progress");
        return span;
    }

    private String laterStage(ProposalFates.Fate fate) {
        if (fate.project().isPresent()) {
            var project = fate.project().get();
            return getTranslation("proposal.stage.project", getTranslation("impl.status." + project.status().name()),
                    getTranslation("impl.progress", project.progress()));
        }
        if (fate.verdict().isPresent()) {
            return getTranslation(fate.verdict().get().outcome() == ProjectOutcome.SELECTED
                    ? "proposal.stage.selected" : "proposal.stage.not-selected");
        }
        if (fate.vote().isEmpty()) {
            return getTranslation("proposal.stage.vote-not-scheduled");
        }
        var vote = fate.vote().get();
        if (vote.cancelled()) {
            return getTranslation("proposal.stage.vote-cancelled");
        }
        if (vote.proposals().isEmpty()) {
            return getTranslation("proposal.stage.vote-scheduled", IzmirTime.formatDate(vote.opensAt(), getLocale()));
        }
        if (!fate.onBallot()) {
            return getTranslation("proposal.stage.left-out");
        }
        return vote.closedAt() == null
                ? getTranslation("proposal.stage.on-ballot", IzmirTime.formatDate(vote.closesAt(), getLocale()))
                : getTranslation("proposal.stage.counting");
    }
}
