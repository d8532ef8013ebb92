package tr.bel.izmir.bizizmir.cases.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import tr.bel.izmir.bizizmir.assembly.AdvisoryItems;
import tr.bel.izmir.bizizmir.shared.IzmirTime;

import java.util.Locale;

/**
 * The content of an advisory item: the project's text, the department it is tabled for, the
 * assembly's vote and advice, and the department's answer with its reasons. The same block heads
 * the task dialog (the department answering, a supervisor taking up a late answer) and the case page.
 */
class AdvisoryItemCasePanel extends Div {

    /** @param headingId the id of the case's heading, or null where the page's own heading names the case */
    AdvisoryItemCasePanel(AdvisoryItems.Exchange exchange, String headingId) {
        addClassName("case-content");
        Locale locale = getLocale();
        var item = exchange.item();
        if (headingId != null) {
            var heading = new H2(getTranslation("case.advisory.heading", item.getId(), item.getTitle()));
            heading.setId(headingId);
            add(heading);
        }
        var stage = new Span(getTranslation("advisory.stage." + item.getStage().name()));
        stage.addClassName("case-status");
        var meta = new Div(stage, new Span(exchange.assembly().getName()),
                new Span(getTranslation("department." + item.getDepartmentGroup())));
        meta.addClassName("proposal-meta");
        add(meta);
        var description = new Paragraph(item.getDescription());
        description.addClassName("case-description");
        description.setId("case-description");
        add(description);

        var count = exchange.count();
        var facts = new CaseFacts()
                .fact("case.advisory.department", getTranslation("department." + item.getDepartmentGroup()))
                .fact("case.advisory.tabled", getTranslation("case.by-at", item.getTabledBy(), IzmirTime.formatDateTime(item.getTabledAt(), locale)))
                .fact("case.advisory.voting-until", IzmirTime.formatDateTime(item.getVotingDeadlineAt(), locale))
                .fact("advisory.page.votes", getTranslation("advisory.page.count", count.votesCast(), count.members(),
                        count.recommendVotes(), count.notRecommendVotes(), count.abstentions()))
                .fact("case.advisory.advice", item.getAdvice().map(a -> getTranslation("advisory.advice." + a.name()))
                        .orElse(getTranslation("case.advisory.no-advice-yet")))
                .fact("case.advisory.answer-due", item.getAnswerDueAt().map(d -> IzmirTime.formatDateTime(d, locale)).orElse("–"));
        facts.setId("case-advisory-facts");
        add(facts);
        // The members' comments as the public page shows them: what they chose and said, not who they are.
        var comments = new OrderedList();
        comments.setId("case-advisory-comments");
        exchange.comments().stream().filter(c -> c.comment() != null && !c.comment().isBlank()).forEach(c -> comments.add(new ListItem(
                getTranslation("advisory.choice." + c.choice().name())
                        + (c.atMeeting() ? " (" + getTranslation("advisory.page.at-meeting") + ")" : "") + ": " + c.comment())));
        if (comments.getChildren().findAny().isPresent()) {
            add(comments);
        }

        var answer = new Div(new H3(getTranslation("case.advisory.answer")));
        answer.setId("case-answer");
        if (item.getAnswer().isPresent()) {
            answer.add(new Paragraph(getTranslation("advisory.answer." + item.getAnswer().get().name())
                    + " (" + item.getAnsweredAt().map(d -> IzmirTime.formatDateTime(d, locale)).orElse("") + ")"));
            var reasons = new Paragraph(item.getAnswerReasons().orElse(""));
            reasons.addClassName("case-description");
            answer.add(reasons);
        } else {
            answer.add(new Paragraph(getTranslation("case.advisory.no-answer-yet")));
        }
        item.getEscalationNote().ifPresent(note -> answer.add(new Paragraph(getTranslation("advisory.page.escalated",
                item.getEscalatedAt().map(d -> IzmirTime.formatDateTime(d, locale)).orElse(""), note))));
        add(answer);
    }
}
