package tr.bel.izmir.bizizmir.transparency.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import tr.bel.izmir.bizizmir.assembly.AssemblyReviews;
import tr.bel.izmir.bizizmir.budgeting.AllocationRule;
import tr.bel.izmir.bizizmir.budgeting.ProjectOutcome;
import tr.bel.izmir.bizizmir.budgeting.ProposalFates;
import tr.bel.izmir.bizizmir.feasibility.FeasibilityAssessmentInfo;
import tr.bel.izmir.bizizmir.proposal.ProposalInfo;
import tr.bel.izmir.bizizmir.proposal.ProposalStatus;
import tr.bel.izmir.bizizmir.shared.IzmirTime;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A proposal's whole path on one list, from submission to the project it became (issue 13,
 * item 4): each stage done, in progress, failed (where the path ended, with the reason) or still
 * to come, in citizens' words. The path stops at the stage where the proposal left the
 * programme; stages after it are not shown.
 */
final class ProposalPath {

    enum State { DONE, CURRENT, FAILED, UPCOMING }

    /** Everything the path is drawn from; all of it is public. */
    record Facts(ProposalStatus status, int supportCount, Instant submittedAt, int supportThreshold,
                 Optional<Instant> supportDeadline, Optional<AssemblyReviews.PublicView> review,
                 Optional<Instant> feasibilityDue, ProposalFates.Fate fate) {

        static Facts of(ProposalInfo p, int supportThreshold, Optional<Instant> supportDeadline,
                        Optional<AssemblyReviews.PublicView> review, Optional<FeasibilityAssessmentInfo> check,
                        ProposalFates.Fate fate) {
            return new Facts(p.getStatus(), p.getSupportCount(), p.getSubmittedAt(), supportThreshold, supportDeadline,
                    review, check.filter(a -> !a.isCompleted()).map(FeasibilityAssessmentInfo::getDueAt), fate);
        }
    }

    private static final Set<ProposalStatus> SCREENING_FAILED = EnumSet.of(ProposalStatus.INELIGIBLE,
            ProposalStatus.REJECTED, ProposalStatus.MERGED);
    private static final Set<ProposalStatus> BEFORE_SUPPORT = EnumSet.of(ProposalStatus.SUBMITTED, ProposalStatus.SCREENING);
    private static final Set<ProposalStatus> PAST_SUPPORT = EnumSet.of(ProposalStatus.QUALIFIED,
            ProposalStatus.IN_FEASIBILITY, ProposalStatus.FEASIBLE, ProposalStatus.NOT_FEASIBLE);

    private final BiFunction<String, Object[], String> t;
    private final Locale locale;
    private final OrderedList list = new OrderedList();
    private boolean ended;

    private ProposalPath(BiFunction<String, Object[], String> t, Locale locale) {
        this.t = t;
        this.locale = locale;
    }

    static Component of(Facts facts, BiFunction<String, Object[], String> t, Locale locale) {
        var path = new ProposalPath(t, locale);
        path.draw(facts);
        path.list.addClassName("proposal-path");
        path.list.setId("proposal-path");
        var section = new Section(new H2(t.apply("path.title", new Object[0])), path.list);
        section.setId("path");
        return section;
    }

    private void draw(Facts f) {
        ProposalStatus s = f.status();
        stage(State.DONE, "path.submitted", date(f.submittedAt()));
        if (s == ProposalStatus.WITHDRAWN) {
            stage(State.FAILED, "path.withdrawn");
            return;
        }
        // Screening.
        if (BEFORE_SUPPORT.contains(s)) {
            stage(State.CURRENT, "path.screening.current");
        } else if (SCREENING_FAILED.contains(s)) {
            stage(State.FAILED, "path.screening." + s.name());
        } else {
            stage(State.DONE, "path.screening.done");
        }
        // Support.
        int n = f.supportCount();
        int need = f.supportThreshold();
        if (s == ProposalStatus.COLLECTING_SUPPORT) {
            stage(State.CURRENT, f.supportDeadline().isPresent() ? "path.support.current" : "path.support.current-no-date",
                    n, need, f.supportDeadline().map(this::date).orElse(""));
        } else if (s == ProposalStatus.NOT_ENOUGH_SUPPORT) {
            stage(State.FAILED, "path.support.failed", n, need);
        } else if (PAST_SUPPORT.contains(s)) {
            stage(State.DONE, "path.support.done", n, need);
        } else {
            stage(State.UPCOMING, "path.support.upcoming", need);
        }
        // The neighbourhood assembly's advice, where an assembly reviews proposals.
        f.review().ifPresent(r -> {
            if (r.outcome().isPresent()) {
                stage(State.DONE, "assembly.review.outcome." + r.outcome().get().name(), r.outcomeArgs());
            } else {
                stage(State.CURRENT, "path.review.current", dateTime(r.deadlineAt()));
            }
        });
        // Feasibility.
        if (s == ProposalStatus.FEASIBLE) {
            stage(State.DONE, "path.feasibility.done");
        } else if (s == ProposalStatus.NOT_FEASIBLE) {
            stage(State.FAILED, "path.feasibility.failed");
        } else if (f.feasibilityDue().isPresent()) {
            stage(State.CURRENT, "path.feasibility.current", dateTime(f.feasibilityDue().get()));
        } else {
            stage(State.UPCOMING, "path.feasibility.upcoming");
        }
        // The public vote, the allocation's verdict and the project.
        var fate = f.fate();
        var vote = fate.vote();
        boolean feasible = s == ProposalStatus.FEASIBLE;
        if (!feasible) {
            stage(State.UPCOMING, "path.ballot.upcoming");
        } else if (vote.isEmpty()) {
            stage(State.UPCOMING, "path.ballot.not-scheduled");
        } else if (vote.get().cancelled()) {
            stage(State.FAILED, "path.ballot.cancelled");
        } else if (vote.get().proposals().isEmpty()) {
            stage(State.UPCOMING, "path.ballot.scheduled", dateTime(vote.get().opensAt()), dateTime(vote.get().closesAt()));
        } else if (!fate.onBallot()) {
            stage(State.FAILED, "path.ballot.left-out");
        } else if (vote.get().closedAt() == null) {
            stage(State.CURRENT, "path.ballot.open", dateTime(vote.get().closesAt()));
        } else {
            stage(State.DONE, "path.ballot.closed", dateTime(vote.get().closedAt()));
        }
        if (fate.verdict().isPresent()) {
            var v = fate.verdict().get();
            String rule = v.rule() == AllocationRule.GREEDY ? "GREEDY" : "EQUAL_SHARES";
            if (v.outcome() == ProjectOutcome.SELECTED) {
                stage(State.DONE, "path.result.SELECTED." + rule, v.votes());
            } else {
                stage(State.FAILED, "path.result." + v.outcome().name() + "." + rule, v.votes());
            }
        } else if (vote.map(x -> x.closedAt() != null).orElse(false) && fate.onBallot()) {
            stage(State.CURRENT, "path.result.counting");
        } else {
            stage(State.UPCOMING, "path.result.upcoming");
        }
        if (fate.project().isPresent()) {
            var project = fate.project().get();
            var item = stage(project.status() == tr.bel.izmir.bizizmir.budgeting.ImplementationStatus.COMPLETED ? State.DONE
                    : project.status() == tr.bel.izmir.bizizmir.budgeting.ImplementationStatus.CANCELLED ? State.FAILED
                    : State.CURRENT, "path.project", tr("impl.status." + project.status().name()),
                    tr("impl.progress", project.progress()));
            if (item != null) {
                item.add(new Anchor("projects/" + project.id(), tr("path.project.link")));
            }
        } else {
            stage(State.UPCOMING, "path.project.upcoming");
        }
    }

    /** Adds a stage, unless the path ended at an earlier one; returns it (null when not shown). */
    private ListItem stage(State state, String key, Object... args) {
        if (ended) {
            return null;
        }
        var item = new ListItem(new Span(tr(key, args)));
        item.addClassNames("path-stage", "path-" + state.name().toLowerCase(Locale.ROOT));
        item.getElement().setAttribute("data-state", state.name().toLowerCase(Locale.ROOT));
        var marker = new Span(tr("path.state." + state.name()));
        marker.addClassName("path-state");
        item.addComponentAsFirst(marker);
        list.add(item);
        if (state == State.FAILED) {
            ended = true;
        }
        return item;
    }

    private String tr(String key, Object... args) {
        return t.apply(key, args);
    }

    private String date(Instant at) {
        return at == null ? "" : IzmirTime.formatDate(at, locale);
    }

    private String dateTime(Instant at) {
        return at == null ? "" : IzmirTime.formatDateTime(at, locale);
    }
}
