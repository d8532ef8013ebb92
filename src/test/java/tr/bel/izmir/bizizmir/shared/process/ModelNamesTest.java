package tr.bel.izmir.bizizmir.shared.process;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import tr.bel.izmir.bizizmir.shared.Messages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, "English, complete": process and task names are shown in the reader's language,
 * not Turkish (or "Türkçe / English") to everyone. Every process and user task of processes/
 * has its name in both bundles.
 */
class ModelNamesTest {

    private static final Pattern TURKISH_LETTERS = Pattern.compile("[çğıöşüÇĞİÖŞÜ]");

    static final Messages MESSAGES = messages();

    static Messages messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return new Messages(source);
    }

    private final ModelNames names = new ModelNames(MESSAGES);

    @Test
    void every_process_and_user_task_has_a_name_in_each_language() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
                var model = Bpmn.readModelFromFile(file.toFile());
                List<String> ids = new ArrayList<>();
                model.getModelElementsByType(Process.class).forEach(p -> ids.add(p.getId()));
                model.getModelElementsByType(UserTask.class).forEach(t -> ids.add(t.getId()));
                // The other named steps a case history shows, per process.
                String process = model.getModelElementsByType(Process.class).iterator().next().getId();
                for (var type : List.of(org.camunda.bpm.model.bpmn.instance.StartEvent.class, org.camunda.bpm.model.bpmn.instance.EndEvent.class,
                        org.camunda.bpm.model.bpmn.instance.BusinessRuleTask.class, org.camunda.bpm.model.bpmn.instance.ServiceTask.class,
                        org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent.class, org.camunda.bpm.model.bpmn.instance.BoundaryEvent.class)) {
                    model.getModelElementsByType(type).stream().filter(e -> e.getName() != null)
                            .forEach(e -> ids.add(process + "." + e.getId()));
                }
                for (String id : ids) {
                    String english = MESSAGES.get(ModelNames.PREFIX + id, Messages.ENGLISH);
                    String turkish = MESSAGES.get(ModelNames.PREFIX + id, Messages.TURKISH);
                    if (english.startsWith("!") || turkish.startsWith("!") || english.equals(turkish)
                            || TURKISH_LETTERS.matcher(english).find()) {
                        missing.add(file.getFileName() + " " + id);
                    }
                }
            }
        }
        assertThat(missing).as("names missing or untranslated").isEmpty();
    }

    @Test
    void a_reader_sees_the_names_in_their_language_only() {
        assertThat(names.process("ProposalSubmissionProcess", "Öneri Başvurusu / Proposal submission", Messages.ENGLISH))
                .isEqualTo("Proposal submission");
        assertThat(names.process("ProposalSubmissionProcess", "Öneri Başvurusu / Proposal submission", Messages.TURKISH))
                .isEqualTo("Öneri Başvurusu");
        assertThat(names.element("UserTask_ScreenProposal", "Öneriyi ön incele", Messages.ENGLISH)).isEqualTo("Screen the proposal");
        assertThat(names.element("UserTask_ScreenProposal", "Öneriyi ön incele", Messages.TURKISH)).isEqualTo("Öneriyi ön incele");
        // A model deployed in the browser, not in the bundles: its own name, the reader's half if bilingual.
        assertThat(names.process("Yeni", "Yeni Süreç / New process", Messages.ENGLISH)).isEqualTo("New process");
        assertThat(names.element("Task_X", "Bir görev", Messages.ENGLISH)).isEqualTo("Bir görev");
        assertThat(names.allNames("UserTask_ScreenProposal", "Öneriyi ön incele")).contains("Öneriyi ön incele", "Screen the proposal");
        // The same element id in two processes, two names.
        assertThat(names.step("ParkEventApprovalProcess", "StartEvent_ApplicationSubmitted", "Etkinlik başvurusu yapıldı", Messages.ENGLISH))
                .isEqualTo("Event application submitted");
        assertThat(names.step("AssemblyMembershipProcess", "StartEvent_ApplicationSubmitted", "Üyelik başvurusu yapıldı", Messages.ENGLISH))
                .isEqualTo("Membership application submitted");
        assertThat(names.step("ProposalSubmissionProcess", "UserTask_ScreenProposal", "Öneriyi ön incele", Messages.ENGLISH))
                .isEqualTo("Screen the proposal");
    }
}
