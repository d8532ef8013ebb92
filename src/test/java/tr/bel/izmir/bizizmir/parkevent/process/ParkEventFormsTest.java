package tr.bel.izmir.bizizmir.parkevent.process;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tr.bel.izmir.bizizmir.tasks.forms.FormDefinitionParser;

import java.io.FileInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The park event forms parse as the inbox renders them, with every field understood. */
class ParkEventFormsTest {

    @ParameterizedTest
    @ValueSource(strings = {ParkEventApprovalProcess.FORM_REVIEW, ParkEventApprovalProcess.FORM_REVISE,
            ParkEventApprovalProcess.FORM_PROVIDE_SUPPORT, ParkEventApprovalProcess.FORM_FILE_REPORT,
            ParkEventApprovalProcess.FORM_CLOSE_EVENT})
    void each_form_parses_with_no_unsupported_component(String form) throws Exception {
        try (var in = new FileInputStream("forms/" + form + ".form")) {
            var definition = new FormDefinitionParser().parse(in);
            assertThat(definition.id()).isEqualTo(form);
            assertThat(definition.fields()).isNotEmpty();
            assertThat(definition.unsupported()).isEmpty();
        }
    }
}
