package tr.bel.izmir.bizizmir.operations;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Job locks name their node. Camunda's job executor locks the jobs it acquires under an owner
 * that is a random UUID by default, so {@code ACT_RU_JOB.LOCK_OWNER_} (and Cockpit) cannot say
 * which node holds a job: when a node dies, nobody can tell which jobs wait for their locks to
 * expire. The owner becomes the engine's host name (the node's name in the cluster, e.g.
 * {@code node1}, the same name as in the job log's {@code HOSTNAME_}) plus a short random part
 * that keeps two engines with one name apart. Set before the job executor starts (postInit runs
 * before the engine is built and activates it). The timers drill uses it to kill exactly the
 * node that holds a lock.
 */
@Component
class NodeJobLockOwner extends AbstractProcessEnginePlugin {

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getJobExecutor() != null) {
            configuration.getJobExecutor().setLockOwner(lockOwner(configuration.getHostname()));
        }
    }

    static String lockOwner(String hostname) {
        return (hostname == null || hostname.isBlank() ? "engine" : hostname) + ":" + UUID.randomUUID().toString().substring(0, 8);
    }
}
