package tr.bel.izmir.bizizmir.budgeting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.camunda.bpm.engine.delegate.BpmnError;
import tr.bel.izmir.bizizmir.budgeting.BudgetAllocations;
import tr.bel.izmir.bizizmir.budgeting.CycleAllocationRuns;
import tr.bel.izmir.bizizmir.shared.Messages;
import tr.bel.izmir.bizizmir.shared.process.BusinessKeys;
import tr.bel.izmir.bizizmir.shared.process.ProcessDelegates;

/** The delegates of BudgetAllocationProcess; the business key is the cycle id. */
@Configuration(proxyBeanMethods = false)
@ProcessDelegates
class BudgetAllocationDelegates {

    static String completedBy(DelegateExecution execution) {
        return (String) execution.getVariable("completedBy_" + BudgetAllocationProcess.TASK_REVIEW);
    }

    /**
     * Computes the allocation in the job (asyncBefore), in a computing slot, with progress
     * (CycleAllocationRuns). A run that stopped becomes the BPMN error that waits for the budget
     * office to start it again, with the reason in variables: no retries, no incident.
     */
    @Bean
    JavaDelegate allocateEnvelopeDelegate(CycleAllocationRuns runs, Messages messages) {
        return execution -> {
            long cycleId = BusinessKeys.aggregateId(execution);
            BudgetAllocations.Review review;
            try {
                review = runs.compute(cycleId);
            } catch (CycleAllocationRuns.Stopped stopped) {
                String key = "budget.run.stopped." + stopped.reason().name();
                String by = stopped.by() == null ? "" : stopped.by();
                execution.setVariable(BudgetAllocationProcess.VAR_STOP_REASON, stopped.reason().name());
                execution.setVariable(BudgetAllocationProcess.VAR_STOPPED_BY, stopped.by());
                execution.setVariable(BudgetAllocationProcess.VAR_STOP_SUMMARY, messages.get(key, Messages.TURKISH, by));
                execution.setVariable(BudgetAllocationProcess.VAR_STOP_SUMMARY_EN, messages.get(key, Messages.ENGLISH, by));
                throw new BpmnError(BudgetAllocationProcess.ERROR_STOPPED, stopped.reason().name());
            }
            execution.setVariable(BudgetAllocationProcess.VAR_SUMMARY, review.summary());
            execution.setVariable(BudgetAllocationProcess.VAR_REVIEW_DUE_DATE, review.dueDate());
        };
    }

    @Bean
    JavaDelegate recordAllocationReturnDelegate(BudgetAllocations allocations) {
        return execution -> allocations.sendBack(BusinessKeys.aggregateId(execution),
                (String) execution.getVariable(BudgetAllocationProcess.VAR_RETURN_REASON), completedBy(execution));
    }

    @Bean
    JavaDelegate publishAllocationDelegate(BudgetAllocations allocations) {
        return execution -> allocations.publish(BusinessKeys.aggregateId(execution), completedBy(execution));
    }

    /** The re-run was recorded by the coordinator's action (AllocationControls); the step marks it in the history and log. */
    @Bean
    JavaDelegate recordAllocationRerunDelegate(BudgetAllocations allocations) {
        return execution -> allocations.rerunRequested(BusinessKeys.aggregateId(execution));
    }
}
