package tr.bel.izmir.bizizmir.voting.ui;

import org.junit.jupiter.api.Test;
import tr.bel.izmir.bizizmir.shared.Messages;

import static org.assertj.core.api.Assertions.assertThat;

/** Shares of the vote written the way each language writes percentages. */
class ResultShareTest {

    @Test
    void turkish_puts_the_sign_first_and_english_after() {
        assertThat(VoteResultsView.share(1, 1, Messages.TURKISH)).isEqualTo("%100");
        assertThat(VoteResultsView.share(1, 3, Messages.TURKISH)).isEqualTo("%33");
        assertThat(VoteResultsView.share(1, 1, Messages.ENGLISH)).isEqualTo("100%");
        assertThat(VoteResultsView.share(0, 0, Messages.ENGLISH)).isEqualTo("0%");
    }
}
