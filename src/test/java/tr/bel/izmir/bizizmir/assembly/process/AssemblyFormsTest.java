package tr.bel.izmir.bizizmir.assembly.process;

import org.junit.jupiter.api.Test;
import tr.bel.izmir.bizizmir.tasks.forms.FormComponent;
import tr.bel.izmir.bizizmir.tasks.forms.FormDefinitionParser;

import java.io.FileInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The assembly's Camunda Forms parse with the inbox's parser and ask for exactly what the delegates read. */
class AssemblyFormsTest {

    final FormDefinitionParser parser = new FormDefinitionParser();

    java.util.List<String> keys(String form) throws Exception {
        try (var in = new FileInputStream("forms/" + form + ".form")) {
            var definition = parser.parse(in);
            assertThat(definition.unsupported()).isEmpty();
            assertThat(definition.id()).isEqualTo(form);
            return definition.fields().stream().map(FormComponent.Field::key).toList();
        }
    }

    @Test
    void the_department_answers_with_a_choice_and_reasons() throws Exception {
        assertThat(keys("AdvisoryAnswer")).containsExactly(AdvisoryItemProcess.VAR_ANSWER, AdvisoryItemProcess.VAR_ANSWER_REASONS);
    }

    @Test
    void the_supervisor_writes_a_note() throws Exception {
        assertThat(keys("AdvisoryOverdueAnswer")).containsExactly(AdvisoryItemProcess.VAR_ESCALATION_NOTE);
    }

    @Test
    void the_officer_admits_or_refuses_with_a_reason() throws Exception {
        assertThat(keys("AssemblyMembershipCheck")).containsExactly(AssemblyMembershipProcess.VAR_CHECK_DECISION,
                AssemblyMembershipProcess.VAR_REFUSAL_REASON);
    }
}
