package tr.bel.izmir.bizizmir.budgeting.allocation;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressTest {

    @Test
    void a_report_inside_nested_reporting_reaches_the_inner_listener_then_the_outer_one() {
        List<String> heard = new ArrayList<>();

        Progress.reporting((step, done, total) -> heard.add("outer " + step + " " + done), () -> {
            Progress.report(Progress.Step.READING, 1, 10);
            Progress.reporting((step, done, total) -> heard.add("inner " + step + " " + done), () -> {
                Progress.report(Progress.Step.EQUAL_SHARES, 2, -1);
                return null;
            });
            Progress.report(Progress.Step.FUNDED, 3, 1000);
            return null;
        });
        Progress.report(Progress.Step.FUNDED, 4, 1000);

        assertThat(heard).containsExactly("outer READING 1", "inner EQUAL_SHARES 2", "outer EQUAL_SHARES 2",
                "outer FUNDED 3");
    }
}
