package tr.bel.izmir.bizizmir.operations;

import org.camunda.bpm.engine.ManagementService;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether the process engine answers (issue 17): part of the readiness probe, so a load
 * balancer sends no one to a node whose engine cannot reach its tables.
 */
@Component("engineHealthIndicator")
class EngineHealth implements HealthIndicator {

    private final ManagementService management;

    EngineHealth(ManagementService management) {
        this.management = management;
    }

    @Override
    public Health health() {
        try {
            management.getTableCount();
            return Health.up().build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
        }
    }
}
