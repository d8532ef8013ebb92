package tr.bel.izmir.bizizmir.shared.process;

import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import tr.bel.izmir.bizizmir.support.ProcessTest;
import tr.bel.izmir.bizizmir.support.ProcessTestEngine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The suite's 100 % process coverage holds for every model in {@code processes/}: the coverage
 * check runs per {@link ProcessTest} class over the models that class deploys, so a model no such
 * class deploys, or a class that deploys models without being one, would go unchecked.
 */
class EveryModelHasAProcessTestTest {

    @Test
    void every_bpmn_model_is_deployed_by_a_process_test_that_asserts_full_coverage() throws IOException {
        Map<String, String> testOf = new TreeMap<>();
        for (Class<?> test : annotated(ProcessTest.class)) {
            Deployment deployment = test.getAnnotation(Deployment.class);
            assertThat(deployment).as(test.getSimpleName() + " names its models in @Deployment").isNotNull();
            Arrays.stream(deployment.resources()).filter(r -> r.endsWith(".bpmn"))
                    .forEach(r -> testOf.put(r, test.getSimpleName()));
        }
        List<String> models;
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            models = files.map(f -> "processes/" + f.getFileName()).filter(n -> n.endsWith(".bpmn")).sorted().toList();
        }
        assertThat(models).isNotEmpty();
        assertThat(models).as("models without a @ProcessTest class (found: %s)", testOf)
                .allMatch(testOf::containsKey);
        assertThat(ProcessTestEngine.CLASS_COVERAGE).isEqualTo(1.0);
    }

    @Test
    void no_test_deploys_models_on_the_process_test_engine_without_the_coverage_check() {
        assertThat(annotated(Deployment.class)).as("@Deployment without @ProcessTest")
                .allMatch(test -> test.isAnnotationPresent(ProcessTest.class));
    }

    static List<Class<?>> annotated(Class<? extends java.lang.annotation.Annotation> annotation) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(annotation));
        return scanner.findCandidateComponents("tr.bel.izmir.bizizmir").stream().<Class<?>>map(bean -> {
            try {
                return Class.forName(bean.getBeanClassName());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
