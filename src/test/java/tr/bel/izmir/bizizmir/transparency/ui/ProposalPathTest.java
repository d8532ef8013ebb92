package tr.bel.izmir.bizizmir.transparency.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.Test;
import tr.bel.izmir.bizizmir.budgeting.AllocationRule;
import tr.bel.izmir.bizizmir.budgeting.CycleBallots;
import tr.bel.izmir.bizizmir.budgeting.ImplementationStatus;
import tr.bel.izmir.bizizmir.budgeting.ProjectOutcome;
import tr.bel.izmir.bizizmir.budgeting.ProposalFates;
import tr.bel.izmir.bizizmir.proposal.ProposalStatus;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The citizen sees a proposal's whole path (issue 13, item 4): supports against the threshold
 * with the deadline, the ballot, the rule's verdict in its own words, the project's progress;
 * and the path stops where the proposal left the programme.
 */
class ProposalPathTest {

    static final Instant SUBMITTED = ZonedDateTime.parse("2027-01-05T10:00:00+03:00").toInstant();
    static final Instant SUPPORT_ENDS = ZonedDateTime.parse("2027-01-21T00:00:00+03:00").toInstant();
    static final Instant OPENS = ZonedDateTime.parse("2027-03-01T09:00:00+03:00").toInstant();
    static final Instant CLOSES = ZonedDateTime.parse("2027-03-14T21:00:00+03:00").toInstant();
    static final ProposalFates.Fate NOTHING_YET = new ProposalFates.Fate(Optional.empty(), false, Optional.empty(), Optional.empty());

    static BiFunction<String, Object[], String> bundle(String name) {
        var p = new Properties();
        try (var in = ProposalPathTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return (key, args) -> {
            String text = p.getProperty(key);
            assertThat(text).as("message %s in %s", key, name).isNotNull();
            return args.length == 0 ? text : new MessageFormat(text, Locale.ROOT).format(args);
        };
    }

    static List<String> stages(ProposalPath.Facts facts, String bundle, Locale locale) {
        Component path = ProposalPath.of(facts, bundle(bundle), locale);
        var list = path.getChildren().filter(c -> c.getId().orElse("").equals("proposal-path")).findFirst().orElseThrow();
        return list.getChildren().map(c -> ((ListItem) c).getElement().getAttribute("data-state") + ": "
                + c.getElement().getTextRecursively()).toList();
    }

    static ProposalPath.Facts facts(ProposalStatus status, int supports, ProposalFates.Fate fate) {
        return new ProposalPath.Facts(status, supports, SUBMITTED, 25, Optional.of(SUPPORT_ENDS), Optional.empty(),
                Optional.empty(), fate);
    }

    static ProposalFates.Fate decided(ProjectOutcome outcome, AllocationRule rule, boolean built) {
        var vote = new CycleBallots.CycleVote(1, OPENS, CLOSES, CLOSES, false, Set.of(7L));
        return new ProposalFates.Fate(Optional.of(vote), true,
                Optional.of(new ProposalFates.Verdict(outcome, rule, 121)),
                built ? Optional.of(new ProposalFates.Project(3, ImplementationStatus.IN_PROGRESS, 40)) : Optional.empty());
    }

    @Test
    void collecting_support_says_how_many_of_how_many_and_until_when_in_both_languages() {
        var tr = stages(facts(ProposalStatus.COLLECTING_SUPPORT, 12, NOTHING_YET), "messages.properties", Locale.forLanguageTag("tr"));
        assertThat(tr.get(0)).startsWith("done: ").contains("Başvuru alındı");
        assertThat(tr.get(1)).startsWith("done: ");
        assertThat(tr.get(2)).startsWith("current: ").contains("12 / 25 destek", "21 Oca 2027");
        assertThat(tr.subList(3, tr.size())).allMatch(s -> s.startsWith("upcoming: "));
        assertThat(tr).hasSize(7);

        var en = stages(facts(ProposalStatus.COLLECTING_SUPPORT, 12, NOTHING_YET), "messages_en.properties", Locale.ENGLISH);
        assertThat(en.get(2)).contains("12 of 25 supports", "21 Jan 2027");
    }

    @Test
    void the_path_ends_where_the_proposal_left_the_programme() {
        var failed = stages(facts(ProposalStatus.NOT_ENOUGH_SUPPORT, 9, NOTHING_YET), "messages.properties", Locale.forLanguageTag("tr"));
        assertThat(failed).hasSize(3);
        assertThat(failed.get(2)).startsWith("failed: ").contains("9 / 25");

        var notOnBallot = new ProposalFates.Fate(Optional.of(new CycleBallots.CycleVote(1, OPENS, CLOSES, null, false, Set.of(8L))),
                false, Optional.empty(), Optional.empty());
        var leftOut = stages(facts(ProposalStatus.FEASIBLE, 30, notOnBallot), "messages_en.properties", Locale.ENGLISH);
        assertThat(leftOut.get(leftOut.size() - 1)).startsWith("failed: ").contains("not on the ballot");
    }

    @Test
    void greedy_and_equal_shares_explain_the_verdict_differently() {
        var greedyLost = stages(facts(ProposalStatus.FEASIBLE, 30, decided(ProjectOutcome.DID_NOT_FIT, AllocationRule.GREEDY, false)),
                "messages_en.properties", Locale.ENGLISH);
        var sharesLost = stages(facts(ProposalStatus.FEASIBLE, 30, decided(ProjectOutcome.DID_NOT_FIT, AllocationRule.EQUAL_SHARES, false)),
                "messages_en.properties", Locale.ENGLISH);
        String greedy = greedyLost.get(greedyLost.size() - 1);
        String shares = sharesLost.get(sharesLost.size() - 1);
        assertThat(greedy).startsWith("failed: ").contains("121 votes", "money left").doesNotContain("share");
        assertThat(shares).startsWith("failed: ").contains("121 votes", "shares");
        assertThat(stages(facts(ProposalStatus.FEASIBLE, 30, decided(ProjectOutcome.NOT_ENOUGH_SUPPORT, AllocationRule.GREEDY, false)),
                "messages.properties", Locale.forLanguageTag("tr")).get(5)).contains("hiç oy almadı").doesNotContain("eşit pay");
    }

    @Test
    void a_selected_proposal_ends_with_its_project_and_progress() {
        var path = stages(facts(ProposalStatus.FEASIBLE, 30, decided(ProjectOutcome.SELECTED, AllocationRule.GREEDY, true)),
                "messages.properties", Locale.forLanguageTag("tr"));
        assertThat(path).hasSize(7);
        assertThat(path.get(4)).startsWith("done: ").contains("Oylandı");
        assertThat(path.get(5)).startsWith("done: ").contains("Seçildi", "121 oy");
        assertThat(path.get(6)).startsWith("current: ").contains("Yapılıyor", "%40", "Projenin sayfası");
    }
}
