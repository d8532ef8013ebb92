package tr.bel.izmir.bizizmir.voting;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A voter checks a receipt however they type it. */
class ReceiptCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"ABCD-EFGH-JKLM", "abcd-efgh-jklm", "abcdefghjklm", " ABCD EFGH JKLM ", "abcd_efgh.jklm"})
    void case_dashes_and_spaces_do_not_matter(String typed) {
        assertThat(PublicVotes.normaliseReceipt(typed)).isEqualTo("ABCD-EFGH-JKLM");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2345-6789-wxyz", "23456789WXYZ"})
    void digits_keep_their_place(String typed) {
        assertThat(PublicVotes.normaliseReceipt(typed)).isEqualTo("2345-6789-WXYZ");
    }
}
