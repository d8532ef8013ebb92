package tr.bel.izmir.bizizmir.voting.process;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tr.bel.izmir.bizizmir.shared.process.BusinessKeys;
import tr.bel.izmir.bizizmir.voting.Consultations;
import tr.bel.izmir.bizizmir.voting.VoteSchedule;
import tr.bel.izmir.bizizmir.shared.process.ProcessDelegates;

/** The delegates of PublicVoteProcess; the business key is the vote id. */
@Configuration(proxyBeanMethods = false)
@ProcessDelegates
class VoteDelegates {

    @Bean
    JavaDelegate openVotingDelegate(VoteSchedule votes) {
        return execution -> execution.setVariable(PublicVoteProcess.VAR_OPTION_COUNT,
                votes.open(BusinessKeys.aggregateId(execution)));
    }

    @Bean
    JavaDelegate closeVotingDelegate(VoteSchedule votes) {
        return execution -> votes.close(BusinessKeys.aggregateId(execution));
    }

    @Bean
    JavaDelegate cancelVotingDelegate(VoteSchedule votes) {
        return execution -> votes.cancel(BusinessKeys.aggregateId(execution));
    }

    @Bean
    JavaDelegate handOverToAllocationDelegate(VoteSchedule votes) {
        return execution -> votes.handOverToAllocation(BusinessKeys.aggregateId(execution));
    }

    @Bean
    JavaDelegate recordConsultationResponseDelegate(Consultations consultations) {
        return execution -> consultations.recordResponse(BusinessKeys.aggregateId(execution),
                (String) execution.getVariable(PublicVoteProcess.VAR_RESPONSE),
                (String) execution.getVariable("completedBy_" + PublicVoteProcess.TASK_PUBLISH_RESPONSE));
    }
}
