package tr.bel.izmir.bizizmir.assembly.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import tr.bel.izmir.bizizmir.assembly.AdvisoryItemInfo;
import tr.bel.izmir.bizizmir.assembly.AdvisoryItemControls;
import tr.bel.izmir.bizizmir.assembly.AdvisoryItems;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.shared.ui.Notifications;
import tr.bel.izmir.bizizmir.shared.ui.ReasonDialog;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.ui.RouteId;

import java.time.Instant;

/**
 * The public page of one advisory item: the project as tabled, the members' votes (counts and
 * comments, not names), the assembly's advice, reminders and escalation, and the department's
 * answer with its reasons. The whole exchange, in order. A withdrawn item says when and why (DD020);
 * the officer who tabled it, or its department, withdraws it here.
 */
@Route("assembly/advisory/:id")
@AnonymousAllowed
class AdvisoryItemPage extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AdvisoryItems advisory;
    private final AdvisoryItemControls controls;
    private final CurrentUser currentUser;
    private String title = "";

    AdvisoryItemPage(AdvisoryItems advisory, AdvisoryItemControls controls, CurrentUser currentUser) {
        this.advisory = advisory;
        this.controls = controls;
        this.currentUser = currentUser;
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
        AdvisoryItemInfo item = x.item();
        title = item.getTitle();
        var stage = new Span(getTranslation("advisory.stage." + item.getStage().name()));
        stage.setId("advisory-stage");
        stage.getElement().getThemeList().add("badge");
        add(new H1(item.getTitle()), tr.bel.izmir.bizizmir.notification.ui.FollowButton.of("advisory-item", item.getId()),
                new Div(stage, new Span(" · "),
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
        controls.withdrawal(item.getId()).ifPresent(w -> {
            var withdrawn = new ListItem(getTranslation("advisory.control.note.WITHDRAW", when(w.getActedAt()), w.getReason()));
            withdrawn.setId("advisory-withdrawal");
            steps.add(withdrawn);
        });
        item.getAnswer().ifPresent(a -> {
            var answer = new ListItem(getTranslation("advisory.page.answered", when(item.getAnsweredAt().orElseThrow()),
                    getTranslation("advisory.answer." + a.name())));
            answer.setId("advisory-answer");
            answer.add(new Paragraph(item.getAnswerReasons().orElse("")));
            steps.add(answer);
        });
        add(new Section(new H2(getTranslation("advisory.page.exchange")), steps));
        // The button is a convenience; AdvisoryItemControls checks who and when again.
        if (AdvisoryItemControls.isWithdrawable(item)
                && currentUser.get().map(u -> controls.mayWithdraw(u, item)).orElse(false)) {
            add(withdrawSection(item));
        }
    }

    private Section withdrawSection(AdvisoryItemInfo item) {
        var open = new Button(getTranslation("advisory.control.withdraw"), e -> withdrawDialog(item).open());
        open.setId("advisory-withdraw");
        open.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var section = new Section(new H2(getTranslation("advisory.control.title")),
                new Paragraph(getTranslation("advisory.control.help")), open);
        section.setId("advisory-withdraw-section");
        return section;
    }

    private ReasonDialog withdrawDialog(AdvisoryItemInfo item) {
        return new ReasonDialog(this, getTranslation("advisory.control.dialog", item.getTitle()), null, "advisory.control.reason",
                "advisory.control.confirm", "advisory.control.back", why -> controls.withdraw(item.getId(), why), () -> {
                    Notifications.success(getTranslation("advisory.control.done"));
                    advisory.exchange(item.getId()).ifPresent(this::render);
                }).destructive();
    }
}
