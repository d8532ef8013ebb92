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
}
