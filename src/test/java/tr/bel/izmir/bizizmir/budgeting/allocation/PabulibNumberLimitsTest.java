package tr.bel.izmir.bizizmir.budgeting.allocation;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static tr.bel.izmir.bizizmir.budgeting.allocation.Pb.parse;

/**
 * Numbers cost: exact arithmetic on a 172-byte file with a budget of {@code 1e400000} held a
 * core for a minute. Exponents, too many digits and too many decimals are refused at their
 * line, quickly, and the numbers real files write still read.
 */
class PabulibNumberLimitsTest {

    static String election(String budget, String cost, String points) {
        return "META\nkey;value\nbudget;" + budget + "\nvote_type;cumulative\n"
                + "PROJECTS\nproject_id;cost\nA;" + cost + "\nB;100\n"
                + "VOTES\nvoter_id;vote;points\n1;A,B;" + points + ",1\n";
    }

    private static PabulibFormatException failure(String text) {
        ThrowingCallable parsing = () -> parse(text);
        PabulibFormatException e = catchThrowableOfType(parsing, PabulibFormatException.class);
        assertThat(e).as("expected a PabulibFormatException").isNotNull();
        return e;
    }

    @Test
    void the_172_byte_file_with_a_budget_of_1e400000_is_refused_at_once_at_its_line() {
        String file = election("1e400000", "100", "1");
        assertThat(file.length()).isLessThan(200);
        PabulibFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> failure(file));
        assertThat(e.messageKey()).isEqualTo("pb.error.number-exponent");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.detailArgs()).containsExactly("budget", "1e400000");
        assertThat(e.getMessage()).isEqualTo("line 3: \"1e400000\" in column \"budget\" is written with an exponent");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e5", "1E5", "1.5e3", "1,5E3", "2e-3", "+3e+2", ".5e1"})
    void every_exponent_spelling_is_refused(String cost) {
        PabulibFormatException e = failure(election("1000", cost, "1"));
        assertThat(e.messageKey()).isEqualTo("pb.error.number-exponent");
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.detailArgs()).containsExactly("cost", cost);
    }

    @Test
    void an_exponent_in_points_is_refused_at_the_ballot_line() {
        PabulibFormatException e = failure(election("1000", "100", "1e9"));
        assertThat(e.messageKey()).isEqualTo("pb.error.number-exponent");
        assertThat(e.line()).isEqualTo(11);
        assertThat(e.detailArgs()).containsExactly("points", "1e9");
    }

    @Test
    void more_than_fifteen_digits_before_the_point_are_refused() {
        assertThat(parse(election("999999999999999", "100", "1")).budget()).isEqualByComparingTo("999999999999999");
        PabulibFormatException e = failure(election("1000000000000000", "100", "1"));
        assertThat(e.messageKey()).isEqualTo("pb.error.number-too-long");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.detailArgs()).containsExactly("budget", "1000000000000000", 15, 6);
        assertThat(e.getMessage()).isEqualTo("line 3: \"1000000000000000\" in column \"budget\" has more than 15 digits"
                + " before or 6 after the decimal point");
    }

    @Test
    void more_than_six_decimals_are_refused_but_trailing_zeros_do_not_count() {
        assertThat(parse(election("1000", "100.123456", "1")).projects().get(0).cost()).isEqualByComparingTo("100.123456");
        assertThat(parse(election("1000", "100.50000000000", "1")).projects().get(0).cost()).isEqualByComparingTo("100.5");
        PabulibFormatException e = failure(election("1000", "0.0000001", "1"));
        assertThat(e.messageKey()).isEqualTo("pb.error.number-too-long");
        assertThat(e.line()).isEqualTo(7);
        PabulibFormatException points = failure(election("1000", "100", "0.1234567"));
        assertThat(points.messageKey()).isEqualTo("pb.error.number-too-long");
        assertThat(points.line()).isEqualTo(11);
    }

    @Test
    void a_number_with_hundreds_of_thousands_of_digits_is_refused_quickly_and_quoted_short() {
        String huge = "9".repeat(400_000);
        PabulibFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> failure(election(huge, "100", "1")));
        assertThat(e.messageKey()).isEqualTo("pb.error.number-too-long");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.detailArgs()[1]).isEqualTo("9".repeat(40) + "…");
        PabulibFormatException decimals = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> failure(election("1000", "1." + "0".repeat(400_000) + "1", "1")));
        assertThat(decimals.messageKey()).isEqualTo("pb.error.number-too-long");
        assertThat(decimals.line()).isEqualTo(7);
    }

    @Test
    void text_that_is_no_number_at_all_is_still_a_bad_number() {
        PabulibFormatException e = failure(election("1000", "x".repeat(100), "1"));
        assertThat(e.messageKey()).isEqualTo("pb.error.bad-number");
        assertThat(e.line()).isEqualTo(7);
        assertThat(failure(election("1000", "12e", "1")).messageKey()).isEqualTo("pb.error.bad-number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234.50", "155 000", "155,000", "1.394.695", "1,5", "155000.0", "0.000001"})
    void the_numbers_real_files_write_still_read(String cost) {
        assertThat(parse(election("1000000", cost, "1")).projects().get(0).cost().signum()).isPositive();
    }
}
