package tr.bel.izmir.bizizmir.transparency.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import tr.bel.izmir.bizizmir.assembly.AssemblyReviews;
import tr.bel.izmir.bizizmir.budgeting.PbCycles;
import tr.bel.izmir.bizizmir.budgeting.ProposalFates;
import tr.bel.izmir.bizizmir.feasibility.FeasibilityAssessmentInfo;
import tr.bel.izmir.bizizmir.feasibility.FeasibilityChecks;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.proposal.ProposalInfo;
import tr.bel.izmir.bizizmir.proposal.ProposalStatus;
import tr.bel.izmir.bizizmir.proposal.ProposalSubmissions;
import tr.bel.izmir.bizizmir.proposal.SupportPeriodControls;
import tr.bel.izmir.bizizmir.proposal.ui.ProposalStatusBadge;
import tr.bel.izmir.bizizmir.proposal.ui.SupportControlNotes;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.ui.Badge;
import tr.bel.izmir.bizizmir.shared.ui.Notifications;
import tr.bel.izmir.bizizmir.shared.ui.Photos;
import tr.bel.izmir.bizizmir.transparency.PublicTimeline;
import tr.bel.izmir.bizizmir.shared.ui.RouteId;

/**
 * The public page of a proposal: what it is, where it stands and why, its supports, the
 * feasibility check with its due date (and whether and why it was extended), and the public
 * timeline of every step so far.
 */
@Route("proposals/:id")
@AnonymousAllowed
class ProposalPage extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The processes a proposal goes through; their history is its timeline. */
    static final java.util.List<String> PROPOSAL_PROCESSES = java.util.List.of(
            tr.bel.izmir.bizizmir.proposal.process.ProposalSubmissionProcess.KEY,
            "AssemblyReviewProcess",
            tr.bel.izmir.bizizmir.feasibility.process.FeasibilityCheckProcess.KEY);

    private final ProposalSubmissions proposals;
    private final FeasibilityChecks feasibility;
    private final AssemblyReviews assemblyReviews;
    private final PublicTimeline timeline;
    private final NeighbourhoodCatalog neighbourhoods;
    private final CurrentUser currentUser;
    private final SupportPeriodControls supportControls;
    private final PbCycles cycles;
    private final ProposalFates fates;
    private String title = "";
    private final tr.bel.izmir.bizizmir.shared.MapSettings mapSettings;

    ProposalPage(ProposalSubmissions proposals, FeasibilityChecks feasibility, AssemblyReviews assemblyReviews,
                 PublicTimeline timeline, NeighbourhoodCatalog neighbourhoods, CurrentUser currentUser,
                 SupportPeriodControls supportControls, PbCycles cycles, ProposalFates fates,
                 tr.bel.izmir.bizizmir.shared.MapSettings mapSettings) {
        this.mapSettings = mapSettings;
        this.proposals = proposals;
        this.feasibility = feasibility;
        this.assemblyReviews = assemblyReviews;
        this.timeline = timeline;
        this.neighbourhoods = neighbourhoods;
        this.currentUser = currentUser;
        this.supportControls = supportControls;
        this.cycles = cycles;
        this.fates = fates;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Public once it is public; before that only its author sees it.
        RouteId.find(event, id -> proposals.find(id).filter(p -> ProposalSubmissions.PUBLIC.contains(p.getStatus())
                || currentUser.get().map(u -> u.username().equals(p.getAuthor())).orElse(false))).ifPresent(this::render);
    }

    private void render(ProposalInfo p) {
        removeAll();
        title = p.getTitle();
        var fate = fates.of(p.getCycleId(), p.getId());
        // After feasibility the badge follows the proposal on: selected, not selected, being built.
        var status = p.getStatus() == ProposalStatus.FEASIBLE && fate.verdict().isPresent()
                ? new tr.bel.izmir.bizizmir.shared.ui.Badge(fate.project().isPresent()
                        ? getTranslation("impl.status." + fate.project().get().status().name())
                        : getTranslation(fate.verdict().get().outcome() == tr.bel.izmir.bizizmir.budgeting.ProjectOutcome.SELECTED
                                ? "proposal.stage.selected" : "proposal.stage.not-selected"),
                        fate.verdict().get().outcome() == tr.bel.izmir.bizizmir.budgeting.ProjectOutcome.SELECTED
                                ? tr.bel.izmir.bizizmir.shared.ui.Badge.Tone.SUCCESS : tr.bel.izmir.bizizmir.shared.ui.Badge.Tone.NEUTRAL)
                : ProposalStatusBadge.of(p.getStatus(), getTranslation("proposal.status." + p.getStatus().name()));
        status.setId("proposal-status");
        var meta = new Div(status, new Span(getTranslation("proposal.category." + p.getCategory().code())),
                new Span(neighbourhoods.require(p.getNeighbourhoodId()).getDisplayName()));
        meta.addClassName("proposal-meta");
        add(new H1(p.getTitle()), meta, tr.bel.izmir.bizizmir.notification.ui.FollowButton.of("proposal", p.getId()));
        String reason = "en".equals(getLocale().getLanguage()) ? p.getStatusReasonEn() : p.getStatusReasonTr();
        boolean shownWithFeasibility = p.getStatus() == ProposalStatus.FEASIBLE || p.getStatus() == ProposalStatus.NOT_FEASIBLE;
        if (reason != null && !reason.isBlank() && !shownWithFeasibility) {
            var reasonText = new Paragraph(getTranslation("proposal.reason", reason));
            reasonText.setId("proposal-reason");
            add(reasonText);
        }
        add(new Paragraph(p.getDescription()),
                new Paragraph(getTranslation("proposal.location", p.getLocation())));
        // The point, when the author gave one, and the way to the cycle's map (DD030).
        if (p.getLatitude() != null && p.getLongitude() != null) {
            var map = tr.bel.izmir.bizizmir.shared.ui.MapPanel.of(mapSettings, java.util.List.of(
                    new tr.bel.izmir.bizizmir.shared.ui.MapPanel.Marker(p.getLatitude(), p.getLongitude(), p.getTitle(),
                            p.getLocation(), null, tr.bel.izmir.bizizmir.shared.ui.MapPanel.Tone.OPEN)),
                    false, getTranslation("map.proposal.map-label", p.getTitle()));
            map.setId("proposal-point");
            map.addClassName("biz-map-small");
            add(map);
        }
        var cycleMap = new com.vaadin.flow.component.html.Anchor("proposals/map?cycle=" + p.getCycleId(),
                getTranslation("map.proposal.cycle-map"));
        cycleMap.setId("proposal-cycle-map");
        add(new Paragraph(cycleMap));
        p.getCostEstimate().ifPresent(c -> add(new Paragraph(getTranslation("proposal.cost-estimate", c.format(getLocale())))));
        var photoIds = proposals.photoIds(p.getId());
        if (!photoIds.isEmpty()) {
            var gallery = Photos.gallery("photo-", photoIds,
                    photoId -> proposals.photo(photoId).map(ph -> ph.getContent()).orElse(new byte[0]),
                    n -> getTranslation("proposal.photo-alt", n));
            gallery.setId("proposal-photos");
            add(new Section(new H2(getTranslation("proposal.photos")), gallery));
        }
        var review = assemblyReviews.publicView(p.getId());
        var check = feasibility.publicView(p.getId());
        add(ProposalPath.of(ProposalPath.Facts.of(p, cycles.require(p.getCycleId()).getSupportThreshold(),
                        supportControls.deadline(p.getId()), review, check, fate),
                (key, args) -> getTranslation(key, args), getLocale()));
        add(supportSection(p));
        review.ifPresent(r -> add(assemblyReviewSection(r)));
        check.ifPresent(a -> add(feasibilitySection(a)));
        add(timelineSection(p));
    }

    private Section supportSection(ProposalInfo p) {
        var count = new Span(getTranslation("proposal.supports", p.getSupportCount()));
        count.setId("support-count");
        var section = new Section(new H2(getTranslation("proposal.support.title")), count);
        // A support period the municipality closed early or extended says so, with its reason (DD018).
        SupportControlNotes.of(supportControls, p.getId(), getLocale(), this::getTranslation).forEach(section::add);
        if (p.getStatus() == ProposalStatus.COLLECTING_SUPPORT) {
            var support = new Button(getTranslation("proposal.support.button"));
            support.setId("support");
            support.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            support.setDisableOnClick(true);
            boolean signedIn = currentUser.get().isPresent();
            support.setEnabled(signedIn && !proposals.hasSupported(p.getId()));
            if (!signedIn) {
                section.add(new Paragraph(getTranslation("proposal.support.sign-in")));
            }
            support.addClickListener(e -> {
                try {
                    proposals.support(p.getId());
                    Notifications.success(getTranslation("proposal.support.done"));
                    render(proposals.find(p.getId()).orElseThrow());
                } catch (DomainException ex) {
                    Notifications.error(getTranslation(ex.messageKey(), ex.args()));
                }
            });
            section.add(support);
        }
        return section;
    }

    /** The assembly's advice, before feasibility: only counts, so no member's vote is singled out. */
    private Section assemblyReviewSection(AssemblyReviews.PublicView r) {
        var section = new Section(new H2(getTranslation("assembly.review.title")));
        section.setId("assembly-review");
        var text = r.outcome()
                .map(o -> getTranslation("assembly.review.outcome." + o.name(), r.outcomeArgs()))
                .orElseGet(() -> getTranslation("assembly.review.open", IzmirTime.formatDateTime(r.deadlineAt(), getLocale()),
                        r.votesCast(), r.members()));
        section.add(new Paragraph(text));
        return section;
    }

    private Section feasibilitySection(FeasibilityAssessmentInfo a) {
        var section = new Section(new H2(getTranslation("proposal.feasibility.title")));
        section.setId("feasibility");
        section.add(new Paragraph(getTranslation("proposal.feasibility.department",
                getTranslation("department." + a.getDepartmentGroup()))));
        if (a.isCompleted()) {
            boolean yes = a.getFeasible().orElse(false);
            section.add(new Badge(getTranslation(yes ? "proposal.feasibility.feasible" : "proposal.feasibility.not-feasible"),
                    yes ? Badge.Tone.SUCCESS : Badge.Tone.ERROR));
            a.getCostEstimate().ifPresent(c -> section.add(new Paragraph(getTranslation("proposal.feasibility.cost", c.format(getLocale())))));
            if (a.getTimeline() != null) {
                section.add(new Paragraph(getTranslation("proposal.feasibility.timeline", a.getTimeline())));
            }
            section.add(new Paragraph(a.getPublicExplanation()));
        } else {
            var due = new Paragraph(getTranslation("proposal.feasibility.due", IzmirTime.formatDateTime(a.getDueAt(), getLocale())));
            due.setId("feasibility-due");
            section.add(due);
            if (a.isExtended()) {
                var extended = new Paragraph(getTranslation("proposal.feasibility.extended",
                        IzmirTime.formatDateTime(a.getOriginalDueAt(), getLocale()), a.getExtensionReason()));
                extended.setId("feasibility-extended");
                section.add(new Badge(getTranslation("proposal.feasibility.extended-badge"), Badge.Tone.WARNING), extended);
            }
        }
        return section;
    }

    private Section timelineSection(ProposalInfo p) {
        var list = new UnorderedList();
        list.addClassName("timeline");
        list.setId("timeline");
        for (var step : timeline.of(p.getId().toString(), PROPOSAL_PROCESSES)) {
            // Most specific first: element ids may repeat across processes.
            String label = getTranslation("timeline." + step.processKey() + "." + step.activityId());
            if (label.startsWith("!")) {
                label = getTranslation("timeline." + step.activityId());
            }
            if (label.startsWith("!")) {
                // The step's name in the reader's language (ModelNames' keys), else the model's.
                label = getTranslation("element-name." + step.processKey() + "." + step.activityId());
            }
            if (label.startsWith("!")) {
                label = step.name();
            }
            // Done steps at completion, waiting timers as planned, a running task since it began.
            String at = IzmirTime.formatDateTime(step.shownAt(), getLocale());
            var when = new Span(step.isPlanned() ? getTranslation("timeline.planned", at)
                    : step.inProgress() ? getTranslation("timeline.since", at) : at);
            when.addClassName("time");
            var item = new ListItem(new Span(label), when);
            if (step.inProgress()) {
                item.addClassName("in-progress");
            }
            list.add(item);
        }
        return new Section(new H2(getTranslation("proposal.timeline.title")), list);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
