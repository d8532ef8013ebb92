package tr.bel.izmir.bizizmir.shared.process;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Deploys {@code processes/} (BPMN, DMN) and {@code forms/} (Camunda Forms) from the
 * classpath under stable resource names ({@code processes/X.bpmn}), whatever the launcher:
 * {@code spring-boot:run} sees files, the jar sees jar entries, and Camunda's own
 * auto-deployment would name them differently and deploy new versions on every switch.
 * Duplicate filtering with "changed only" makes a restart with unchanged files a no-op
 * (DD002).
 */
@Component
@Order(0)
public class ProcessDeployment implements ApplicationRunner {

    public static final String DEPLOYMENT_NAME = "bizizmir";
    public static final String SOURCE = "bizizmir-classpath";
    static final List<String> PATTERNS = List.of(
            "classpath*:processes/*.bpmn", "classpath*:processes/*.dmn", "classpath*:forms/*.form");

    private static final Logger log = LoggerFactory.getLogger(ProcessDeployment.class);

    private final RepositoryService repositoryService;

    public ProcessDeployment(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        deploy();
    }

    /** @return the new deployment, or empty when nothing changed since the last one */
    public Optional<Deployment> deploy() throws IOException {
        List<NamedResource> resources = classpathResources();
        if (resources.isEmpty()) {
            log.info("No processes, decisions or forms on the classpath; nothing to deploy");
            return Optional.empty();
        }
        DeploymentBuilder builder = repositoryService.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source(SOURCE)
                .enableDuplicateFiltering(true);
        for (NamedResource r : resources) {
            try (InputStream in = r.resource().getInputStream()) {
                builder.addInputStream(r.name(), in);
            }
        }
        long before = repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).count();
        Deployment deployment = builder.deploy();
        boolean changed = repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).count() > before;
        log.info("Deployment '{}' ({} resources): {}", DEPLOYMENT_NAME, resources.size(),
                changed ? "new deployment " + deployment.getId() : "unchanged");
        return changed ? Optional.of(deployment) : Optional.empty();
    }

    record NamedResource(String name, Resource resource) {
    }

    static List<NamedResource> classpathResources() throws IOException {
        var resolver = new PathMatchingResourcePatternResolver();
        List<NamedResource> result = new ArrayList<>();
        for (String pattern : PATTERNS) {
            String folder = pattern.substring("classpath*:".length(), pattern.indexOf('/') + 1);
            for (Resource resource : resolver.getResources(pattern)) {
                String file = resource.getFilename();
                if (file != null && result.stream().noneMatch(r -> r.name().equals(folder + file))) {
                    result.add(new NamedResource(folder + file, resource));
                }
            }
        }
        result.sort(Comparator.comparing(NamedResource::name));
        return result;
    }
}
