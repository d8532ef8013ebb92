package tr.bel.izmir.bizizmir.modeling.internal;

import jakarta.annotation.PreDestroy;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.springframework.stereotype.Component;
import tr.bel.izmir.bizizmir.modeling.ModelResource;
import tr.bel.izmir.bizizmir.shared.process.EngineSandbox;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A throwaway Camunda engine on its own in-memory H2 database: a deployment is tried here first
 * (parsed, validated and stored by the same engine version and settings that matter:
 * history time-to-live enforced), then deleted again. The real engine sees nothing of it.
 */
@Component
public class DryRunEngine {

    private ProcessEngine engine;

    /** Deploys into the throwaway engine and removes the deployment again; engine errors propagate. */
    public synchronized DeploymentWithDefinitions tryDeploy(List<ModelResource> resources) {
        ProcessEngine e = engine();
        DeploymentBuilder builder = e.getRepositoryService().createDeployment().name("dry-run");
        for (ModelResource r : resources) {
            builder.addInputStream(r.name(), new ByteArrayInputStream(r.bytes()));
        }
        DeploymentWithDefinitions deployment = builder.deployWithResult();
        e.getRepositoryService().deleteDeployment(deployment.getId(), true, true, true);
        return deployment;
    }

    private ProcessEngine engine() {
        if (engine == null) {
            var cfg = new StandaloneInMemProcessEngineConfiguration();
            String name = "bizizmir-dry-run-" + UUID.randomUUID();
            cfg.setProcessEngineName(name);
            cfg.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
            cfg.setDatabaseSchemaUpdate("create-drop");
            cfg.setJobExecutorActivate(false);
            cfg.setMetricsEnabled(false);
            cfg.setDbMetricsReporterActivate(false);
            cfg.setEnforceHistoryTimeToLive(true);
            cfg.setHistory("full");
            // The dry run must not run code either: timer start events evaluate their
            // expressions on deployment. No delegate is reachable here at all.
            EngineSandbox.install(cfg, Set.of(), bean -> null);
            engine = cfg.buildProcessEngine();
            // Not one of the application's engines: keep it out of the registry the web apps list.
            ProcessEngines.unregister(engine);
        }
        return engine;
    }

    @PreDestroy
    synchronized void close() {
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }
}
