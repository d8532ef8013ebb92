package tr.bel.izmir.bizizmir.budgeting.ui;

import org.junit.jupiter.api.Test;
import tr.bel.izmir.bizizmir.budgeting.AllocationRule;
import tr.bel.izmir.bizizmir.budgeting.ProjectOutcome;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** A project left out by greedy is explained in greedy's words, never with equal shares. */
class OutcomeTextTest {

    static Properties bundle(String name) throws Exception {
        var p = new Properties();
        try (var in = OutcomeTextTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void a_greedy_loser_without_votes_is_not_told_about_equal_shares() throws Exception {
        String greedy = BudgetResultPage.outcomeKey(ProjectOutcome.NOT_ENOUGH_SUPPORT, AllocationRule.GREEDY);
        assertThat(bundle("messages.properties").getProperty(greedy)).doesNotContainIgnoringCase("eşit pay");
        assertThat(bundle("messages_en.properties").getProperty(greedy)).doesNotContainIgnoringCase("equal share");
        String equalShares = BudgetResultPage.outcomeKey(ProjectOutcome.NOT_ENOUGH_SUPPORT, AllocationRule.EQUAL_SHARES);
        assertThat(bundle("messages_en.properties").getProperty(equalShares)).containsIgnoringCase("equal shares");
    }
}
