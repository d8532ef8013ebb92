package tr.bel.izmir.bizizmir.modeling;

import org.camunda.bpm.engine.RepositoryService;
import tr.bel.izmir.bizizmir.support.RunAs;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A process owner's deployment that must be refused: the problems, and proof that nothing was deployed. */
final class Refusals {

    private Refusals() {
    }

    static List<ModelProblem> refused(ProcessModels models, RepositoryService repository, List<ModelResource> resources) {
        long before = repository.createDeploymentQuery().count();
        var thrown = RunAs.user("surec", () -> {
            try {
                models.deploy(resources, "should be refused");
                return null;
            } catch (ModelRejected e) {
                return e;
            }
        }, "process-owner");
        assertThat(thrown).as("deployment refused").isNotNull();
        assertThat(repository.createDeploymentQuery().count()).as("nothing deployed").isEqualTo(before);
        return thrown.problems();
    }
}
