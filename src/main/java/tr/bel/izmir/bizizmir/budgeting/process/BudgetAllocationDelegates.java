package tr.bel.izmir.bizizmir.budgeting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tr.bel.izmir.bizizmir.budgeting.BudgetAllocations;
import tr.bel.izmir.bizizmir.shared.process.BusinessKeys;
import tr.bel.izmir.bizizmir.shared.process.ProcessDelegates;

/** The delegates of BudgetAllocationProcess; the business key is the cycle id. */
@Configuration(proxyBeanMethods = false)
@ProcessDelegates
class BudgetAllocationDelegates {

    static String completedBy(DelegateExecution execution) {
        return (String) execution.getVariable("completedBy_" + BudgetAllocationProcess.TASK_REVIEW);
    }

    @Bean
    JavaDelegate allocateEnvelopeDelegate(BudgetAllocations allocations) {
        return execution -> {
            var review = allocations.allocate(BusinessKeys.aggregateId(execution));
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
