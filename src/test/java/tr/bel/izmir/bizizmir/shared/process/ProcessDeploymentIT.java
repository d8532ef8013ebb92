package tr.bel.izmir.bizizmir.shared.process;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tr.bel.izmir.bizizmir.support.IntegrationTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** processes/ and forms/ are deployed under stable names, once, whatever launched the app. */
@IntegrationTest
class ProcessDeploymentIT {

    @Autowired
    ProcessDeployment deployment;
    @Autowired
    RepositoryService repository;

    @Test
    void every_file_in_processes_and_forms_is_deployed_under_its_relative_name() throws Exception {
        var latest = repository.createDeploymentQuery().deploymentName(ProcessDeployment.DEPLOYMENT_NAME)
                .orderByDeploymentTime().desc().list().get(0);
        var names = repository.getDeploymentResourceNames(latest.getId());
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("processes")), Files.list(Path.of("forms")))) {
            for (Path file : files.toList()) {
                String expected = file.getParent().getFileName() + "/" + file.getFileName();
                assertThat(names).as("deployed resources").contains(expected);
            }
        }
        assertThat(names).allSatisfy(n -> assertThat(n).matches("(processes|forms)/[A-Za-z]+\\.(bpmn|dmn|form)"));
    }

    @Test
    void a_restart_with_unchanged_files_deploys_nothing_new() throws Exception {
        long before = repository.createDeploymentQuery().count();
        long definitions = repository.createProcessDefinitionQuery().count();
        assertThat(deployment.deploy()).as("nothing changed, nothing deployed").isEmpty();
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
        assertThat(repository.createProcessDefinitionQuery().count()).isEqualTo(definitions);
    }

    @Test
    void every_process_and_decision_is_deployed_with_a_history_time_to_live() {
        assertThat(repository.createProcessDefinitionQuery().list())
                .isNotEmpty().allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).isNotNull().isPositive());
        assertThat(repository.createDecisionDefinitionQuery().list())
                .isNotEmpty().allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).isNotNull().isPositive());
    }
}
