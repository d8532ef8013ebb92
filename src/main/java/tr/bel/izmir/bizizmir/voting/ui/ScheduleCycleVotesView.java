package tr.bel.izmir.bizizmir.voting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import tr.bel.izmir.bizizmir.budgeting.BallotRule;
import tr.bel.izmir.bizizmir.budgeting.PbCycleInfo;
import tr.bel.izmir.bizizmir.budgeting.PbCycles;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.ui.Notifications;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;
import tr.bel.izmir.bizizmir.voting.PublicVotes;

/**
 * Officers schedule the public vote of each open PB cycle: the cycle's dates, ballot rule,
 * envelope and minimum age are taken over; the officer sets k for an at-most-k ballot and
 * whether voters may change their ballot until close. The same as
 * {@code POST /api/v1/votes/cycles/{cycleId}}.
 */
@Route("votes/schedule")
@RolesAllowed({AppRoles.OFFICER, AppRoles.ADMIN})
@Menu(title = "nav.schedule-votes", order = 107, icon = "vaadin:calendar-clock")
class ScheduleCycleVotesView extends TranslatedView {

    private final PublicVotes votes;
    private final tr.bel.izmir.bizizmir.voting.VoteSchedule schedule;
    private final PbCycles cycles;
    private final NeighbourhoodCatalog neighbourhoods;
    private final Div list = new Div();

    ScheduleCycleVotesView(PublicVotes votes, tr.bel.izmir.bizizmir.voting.VoteSchedule schedule, PbCycles cycles,
                           NeighbourhoodCatalog neighbourhoods) {
        super("vote.schedule.title");
        this.schedule = schedule;
        this.votes = votes;
        this.cycles = cycles;
        this.neighbourhoods = neighbourhoods;
        list.setId("cycle-votes");
        list.addClassName("vote-cards");
        add(new Paragraph(getTranslation("vote.schedule.intro")), list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var open = cycles.openCycles();
        if (open.isEmpty()) {
            list.add(new Paragraph(getTranslation("vote.schedule.none")));
        }
        open.forEach(cycle -> list.add(card(cycle)));
    }

    private Div card(PbCycleInfo cycle) {
        var card = new Div();
        card.addClassNames("card", "vote-card");
        card.setId("cycle-vote-" + cycle.getId());
        card.add(new H3(cycle.getTitle()));
        card.add(new Paragraph(getTranslation("vote.schedule.facts", neighbourhoods.require(cycle.getNeighbourhoodId()).getName(),
                getTranslation("vote.schedule.rule." + cycle.getBallotRule().name()), cycle.getEnvelope().format(getLocale()),
                IzmirTime.formatDate(cycle.getVotingOpens(), getLocale()), IzmirTime.formatDate(cycle.getVotingCloses(), getLocale()),
                cycle.getMinimumAge())));
        var scheduled = votes.ofCycle(cycle.getId());
        if (scheduled.isPresent()) {
            var vote = scheduled.get();
            card.add(new Paragraph(getTranslation("vote.schedule.scheduled",
                    getTranslation("vote.status." + vote.getStatus().name()), votes.optionsOf(vote).size())));
            return card;
        }
        var notSchedulable = schedule.whyNotSchedulable(cycle);
        if (notSchedulable.isPresent()) {
            // Say why instead of offering a button that would create a vote in the past.
            var why = new Paragraph(getTranslation(notSchedulable.get(), cycle.getTitle()));
            why.setId("cycle-vote-why-" + cycle.getId());
            card.add(why);
            return card;
        }
        var k = new IntegerField(getTranslation("vote.schedule.k"));
        k.setMin(1);
        k.setStepButtonsVisible(true);
        k.setValue(3);
        k.setVisible(cycle.getBallotRule() == BallotRule.K_APPROVAL);
        var changeable = new Checkbox(getTranslation("vote.schedule.changeable"), true);
        var schedule = new Button(getTranslation("vote.schedule.button"), e -> {
            try {
                this.schedule.scheduleCycleVote(cycle.getId(), k.isVisible() ? k.getValue() : null, changeable.getValue());
                Notifications.success(getTranslation("vote.schedule.done", cycle.getTitle()));
                refresh();
            } catch (DomainException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        schedule.setId("schedule-" + cycle.getId());
        var row = new HorizontalLayout(k, changeable, schedule);
        row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        card.add(row);
        return card;
    }
}
