package tr.bel.izmir.bizizmir.budgeting.process;

import org.junit.jupiter.api.Test;
import tr.bel.izmir.bizizmir.tasks.forms.FormDefinitionParser;

import java.io.FileInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The review form parses as the inbox renders it, with the keys the process reads. */
class ReviewAllocationFormTest {

    @Test
    void the_review_form_has_the_decision_and_the_reason_and_nothing_unsupported() throws Exception {
        try (var in = new FileInputStream("forms/ReviewAllocation.form")) {
            var definition = new FormDefinitionParser().parse(in);
            assertThat(definition.id()).isEqualTo("ReviewAllocation");
            assertThat(definition.unsupported()).isEmpty();
            assertThat(definition.fields()).extracting(f -> f.key())
                    .contains(BudgetAllocationProcess.VAR_DECISION, BudgetAllocationProcess.VAR_RETURN_REASON);
        }
    }

    @Test
    void the_stopped_allocation_form_parses_and_shows_the_reason_in_both_languages() throws Exception {
        try (var in = new FileInputStream("forms/AllocationStopped.form")) {
            var definition = new FormDefinitionParser().parse(in);
            assertThat(definition.id()).isEqualTo("AllocationStopped");
            assertThat(definition.unsupported()).isEmpty();
            assertThat(definition.fields()).as("nothing to fill in: completing starts it again").isEmpty();
        }
        String form = java.nio.file.Files.readString(java.nio.file.Path.of("forms/AllocationStopped.form"));
        assertThat(form).contains("{{" + BudgetAllocationProcess.VAR_STOP_SUMMARY + "}}",
                "{{" + BudgetAllocationProcess.VAR_STOP_SUMMARY_EN + "}}");
    }
}
