package tr.bel.izmir.bizizmir.feasibility.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tr.bel.izmir.bizizmir.feasibility.FeasibilityChecks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import tr.bel.izmir.bizizmir.shared.process.ProcessDelegates;

/** The delegates of FeasibilityCheckProcess; the business key is the proposal id. */
@Configuration(proxyBeanMethods = false)
@ProcessDelegates
class FeasibilityDelegates {

    /** Who completed a user task; set by the staff inbox on completion. */
    static String completedBy(DelegateExecution execution, String taskKey) {
        return (String) execution.getVariable("completedBy_" + taskKey);
    }

    /** Form radios deliver "true"/"false" strings, checkboxes booleans. */
    static boolean asBoolean(Object value) {
        return value instanceof Boolean b ? b : Boolean.parseBoolean(String.valueOf(value));
    }

    static long proposalId(DelegateExecution execution) {
        return tr.bel.izmir.bizizmir.shared.process.BusinessKeys.aggregateId(execution);
    }

    /** ProposalInfo process: a qualified proposal that no assembly reviews goes to its feasibility check. */
    @Bean
    JavaDelegate requestFeasibilityDelegate(FeasibilityChecks checks) {
        return execution -> checks.request(proposalId(execution));
    }

    @Bean
    JavaDelegate startAssessmentDelegate(FeasibilityChecks checks) {
        return execution -> execution.setVariable(FeasibilityCheckProcess.VAR_ASSESSMENT_DUE_DATE,
                checks.start(proposalId(execution), (String) execution.getVariable(FeasibilityCheckProcess.VAR_DEPARTMENT_GROUP)));
    }

    @Bean
    JavaDelegate recordFeasibilityOutcomeDelegate(FeasibilityChecks checks) {
        return execution -> {
            Object cost = execution.getVariable(FeasibilityCheckProcess.VAR_COST_ESTIMATE);
            checks.complete(proposalId(execution),
                    asBoolean(execution.getVariable(FeasibilityCheckProcess.VAR_FEASIBLE)),
                    cost == null ? null : new BigDecimal(cost.toString()),
                    (String) execution.getVariable(FeasibilityCheckProcess.VAR_TIMELINE),
                    (String) execution.getVariable(FeasibilityCheckProcess.VAR_PUBLIC_EXPLANATION),
                    completedBy(execution, FeasibilityCheckProcess.TASK_ASSESS),
                    completedBy(execution, FeasibilityCheckProcess.TASK_APPROVE));
        };
    }

    @Bean
    JavaDelegate extendAssessmentDeadlineDelegate(FeasibilityChecks checks) {
        return execution -> {
            Object newDue = execution.getVariable(FeasibilityCheckProcess.VAR_NEW_DUE_DATE);
            LocalDate day = newDue instanceof Date date
                    ? date.toInstant().atZone(tr.bel.izmir.bizizmir.shared.IzmirTime.ZONE).toLocalDate()
                    : LocalDate.parse(newDue.toString().substring(0, 10));
            checks.extend(proposalId(execution), day, (String) execution.getVariable(FeasibilityCheckProcess.VAR_EXTENSION_REASON));
        };
    }
}
