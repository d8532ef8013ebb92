package tr.bel.izmir.bizizmir.shared.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Every process's business key is the id of the aggregate it works on (docs/architecture.md, convention 4). */
public final class BusinessKeys {

    private BusinessKeys() {
    }

    public static long aggregateId(DelegateExecution execution) {
        return Long.parseLong(execution.getProcessBusinessKey());
    }
}
