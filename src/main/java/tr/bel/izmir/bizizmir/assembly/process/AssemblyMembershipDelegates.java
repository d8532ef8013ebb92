package tr.bel.izmir.bizizmir.assembly.process;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tr.bel.izmir.bizizmir.assembly.AssemblyMemberships;
import tr.bel.izmir.bizizmir.shared.process.BusinessKeys;

import static tr.bel.izmir.bizizmir.assembly.process.AssemblyMembershipProcess.*;
import tr.bel.izmir.bizizmir.shared.process.ProcessDelegates;

/**
 * The delegates of AssemblyMembershipProcess; the business key is the application id. Admit and
 * refuse run in the transaction that completes the officer's task, so a refusal without a reason
 * leaves the task open with nothing saved.
 */
@Configuration(proxyBeanMethods = false)
@ProcessDelegates
class AssemblyMembershipDelegates {

    static String officer(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
        Object by = execution.getVariable("completedBy_" + TASK_CHECK);
        return by == null ? null : by.toString();
    }

    @Bean
    JavaDelegate prepareMembershipCheckDelegate(AssemblyMemberships memberships) {
        return execution -> {
            var facts = memberships.prepareCheck(BusinessKeys.aggregateId(execution));
            execution.setVariable(VAR_APPLICATION_SUMMARY, facts.summary());
            execution.setVariable(VAR_APPLICATION_SUMMARY_EN, facts.summaryEn());
            execution.setVariable(VAR_CHECK_DUE_AT, facts.dueAt());
        };
    }

    @Bean
    JavaDelegate admitAssemblyMemberDelegate(AssemblyMemberships memberships) {
        return execution -> memberships.admit(BusinessKeys.aggregateId(execution), officer(execution));
    }

    @Bean
    JavaDelegate refuseMembershipApplicationDelegate(AssemblyMemberships memberships) {
        return execution -> memberships.refuse(BusinessKeys.aggregateId(execution),
                (String) execution.getVariable(VAR_REFUSAL_REASON), officer(execution));
    }
}
