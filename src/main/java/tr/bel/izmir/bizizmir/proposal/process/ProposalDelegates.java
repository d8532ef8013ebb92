package tr.bel.izmir.bizizmir.proposal.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tr.bel.izmir.bizizmir.proposal.ProposalLifecycle;

import java.util.Map;
import tr.bel.izmir.bizizmir.shared.process.ProcessDelegates;

/**
 * The delegates of ProposalSubmissionProcess: each maps variables in and calls one
 * {@link ProposalLifecycle} transition. The business key is the proposal id.
 */
@Configuration(proxyBeanMethods = false)
@ProcessDelegates
class ProposalDelegates {

    static long proposalId(DelegateExecution execution) {
        return tr.bel.izmir.bizizmir.shared.process.BusinessKeys.aggregateId(execution);
    }

    @Bean
    JavaDelegate recordIneligibilityDelegate(ProposalLifecycle lifecycle) {
        return execution -> {
            @SuppressWarnings("unchecked")
            var eligibility = (Map<String, Object>) execution.getVariable(ProposalSubmissionProcess.VAR_ELIGIBILITY);
            lifecycle.recordIneligibility(proposalId(execution),
                    (String) eligibility.get("reasonTr"), (String) eligibility.get("reasonEn"));
        };
    }

    @Bean
    JavaDelegate rejectProposalDelegate(ProposalLifecycle lifecycle) {
        return execution -> lifecycle.reject(proposalId(execution),
                (String) execution.getVariable(ProposalSubmissionProcess.VAR_SCREENING_REASON));
    }

    @Bean
    JavaDelegate mergeProposalDelegate(ProposalLifecycle lifecycle) {
        return execution -> {
            Object into = execution.getVariable(ProposalSubmissionProcess.VAR_MERGE_INTO);
            lifecycle.merge(proposalId(execution), ((Number) into).longValue(),
                    (String) execution.getVariable(ProposalSubmissionProcess.VAR_SCREENING_REASON));
        };
    }

    @Bean
    JavaDelegate openForSupportDelegate(ProposalLifecycle lifecycle) {
        return execution -> execution.setVariable(ProposalSubmissionProcess.VAR_SUPPORT_THRESHOLD_REACHED,
                lifecycle.openForSupport(proposalId(execution)));
    }

    @Bean
    JavaDelegate qualifyProposalDelegate(ProposalLifecycle lifecycle) {
        return execution -> lifecycle.qualify(proposalId(execution));
    }

    @Bean
    JavaDelegate withdrawProposalDelegate(ProposalLifecycle lifecycle) {
        return execution -> lifecycle.withdraw(proposalId(execution));
    }

    @Bean
    JavaDelegate closeForLackOfSupportDelegate(ProposalLifecycle lifecycle) {
        return execution -> lifecycle.closeForLackOfSupport(proposalId(execution));
    }
}
