package tr.bel.izmir.bizizmir.assembly.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import tr.bel.izmir.bizizmir.assembly.AdvisoryItem;
import tr.bel.izmir.bizizmir.assembly.AdvisoryItems;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.ui.RouteId;

import java.time.Instant;

/**
 * The public page of one advisory item: the project as tabled, the members' votes (counts and
 * comments, not names), the assembly's advice, reminders and escalation, and the department's
 * answer with its reasons. The whole exchange, in order.
 */
@Route("assembly/advisory/:id")
@AnonymousAllowed
class AdvisoryItemPage extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AdvisoryItems advisory;
    private String title = "";

    AdvisoryItemPage(AdvisoryItems advisory) {
        this.advisory = advisory;
        addClassName("page");
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteId.find(event, advisory::exchange).ifPresent(this::render);
    }

    private String when(Instant at) {
        return IzmirTime.formatDateTime(at, getLocale());
    }

    private void render(AdvisoryItems.Exchange x) {
        removeAll();
        AdvisoryItem item = x.item();
        title = item.getTitle();
        var stage = new Span(getTranslation("advisory.stage." + item.getStage().name()));
        stage.setId("advisory-stage");
        stage.getElement().getThemeList().add("badge");
        add(new H1(item.getTitle()), new Div(stage, new Span(" · "),
                        new Anchor("assemblies/" + x.assembly().getId(), x.assembly().getName())),
                new Paragraph(item.getDescription()),
                new Paragraph(getTranslation("advisory.page.department", getTranslation("department." + item.getDepartmentGroup()))));

        var votes = new Section(new H2(getTranslation("advisory.page.votes")));
        votes.setId("advisory-votes");
        var count = x.count();
        votes.add(new Paragraph(getTranslation("advisory.page.count", count.votesCast(), count.members(),
                count.recommendVotes(), count.notRecommendVotes(), count.abstentions())));
        var comments = new OrderedList();
        x.comments().stream().filter(c -> c.comment() != null).forEach(c -> comments.add(new ListItem(
                getTranslation("advisory.choice." + c.choice().name())
                        + (c.atMeeting() ? " (" + getTranslation("advisory.page.at-meeting") + ")" : "") + ": " + c.comment())));
        if (comments.getChildren().findAny().isPresent()) {
            votes.add(comments);
        }
        add(votes);

        var steps = new OrderedList();
        steps.setId("advisory-exchange");
        steps.add(new ListItem(getTranslation("advisory.page.tabled", when(item.getTabledAt()),
                when(item.getVotingDeadlineAt()))));
        item.getVotingClosedAt().ifPresent(at -> steps.add(new ListItem(getTranslation("advisory.page.closed", when(at)))));
        item.getAdvice().ifPresent(a -> steps.add(new ListItem(getTranslation("advisory.advice." + a.name()))));
        item.getAnswerDueAt().ifPresent(at -> steps.add(new ListItem(getTranslation("advisory.page.answer-due",
                getTranslation("department." + item.getDepartmentGroup()), when(at)))));
        item.getRemindedAt().ifPresent(at -> steps.add(new ListItem(getTranslation("advisory.page.reminded", when(at)))));
        item.getEscalatedAt().ifPresent(at -> steps.add(new ListItem(getTranslation("advisory.page.escalated", when(at),
                item.getEscalationNote().orElse("")))));
        item.getAnswer().ifPresent(a -> {
            var answer = new ListItem(getTranslation("advisory.page.answered", when(item.getAnsweredAt().orElseThrow()),
                    getTranslation("advisory.answer." + a.name())));
            answer.setId("advisory-answer");
            answer.add(new Paragraph(item.getAnswerReasons().orElse("")));
            steps.add(answer);
        });
        add(new Section(new H2(getTranslation("advisory.page.exchange")), steps));
    }
}
