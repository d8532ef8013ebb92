package tr.bel.izmir.bizizmir.assembly.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tr.bel.izmir.bizizmir.assembly.AdvisoryItem;
import tr.bel.izmir.bizizmir.assembly.AdvisoryItems;
import tr.bel.izmir.bizizmir.shared.process.BusinessKeys;

import static tr.bel.izmir.bizizmir.assembly.process.AdvisoryItemProcess.*;
import tr.bel.izmir.bizizmir.shared.process.ProcessDelegates;

/**
 * The delegates of AdvisoryItemProcess; the business key is the advisory item id. The answer
 * and escalation delegates run in the transaction that completes the user task, so an answer
 * without reasons is refused and the task stays open, with nothing saved.
 */
@Configuration(proxyBeanMethods = false)
@ProcessDelegates
class AdvisoryItemDelegates {

    static void putCount(DelegateExecution execution, AdvisoryItems.Count count) {
        execution.setVariable(VAR_MEMBERS, count.members());
        execution.setVariable(VAR_VOTES_CAST, count.votesCast());
        execution.setVariable(VAR_RECOMMEND_VOTES, count.recommendVotes());
        execution.setVariable(VAR_NOT_RECOMMEND_VOTES, count.notRecommendVotes());
        execution.setVariable(VAR_ALL_VOTED, count.allVoted());
    }

    static String completedBy(DelegateExecution execution, String taskKey) {
        Object by = execution.getVariable("completedBy_" + taskKey);
        return by == null ? null : by.toString();
    }

    @Bean
    JavaDelegate openAdvisoryVotingDelegate(AdvisoryItems items) {
        return execution -> execution.setVariable(VAR_VOTING_DEADLINE, items.openVoting(BusinessKeys.aggregateId(execution)));
    }

    @Bean
    JavaDelegate countAdvisoryVotesDelegate(AdvisoryItems items) {
        return execution -> putCount(execution, items.count(BusinessKeys.aggregateId(execution)));
    }

    @Bean
    JavaDelegate closeAdvisoryVotingDelegate(AdvisoryItems items) {
        return execution -> putCount(execution, items.closeVoting(BusinessKeys.aggregateId(execution)));
    }

    @Bean
    JavaDelegate recordAdvisoryNoQuorumDelegate(AdvisoryItems items) {
        return execution -> items.recordNoQuorum(BusinessKeys.aggregateId(execution));
    }

    @Bean
    JavaDelegate sendAdvisoryDecisionDelegate(AdvisoryItems items) {
        return execution -> {
            var schedule = items.recordAdvice(BusinessKeys.aggregateId(execution),
                    AdvisoryItem.Advice.valueOf((String) execution.getVariable(VAR_ADVICE)));
            execution.setVariable(VAR_DEPARTMENT_GROUP, schedule.departmentGroup());
            execution.setVariable(VAR_ANSWER_DUE_AT, schedule.dueAt());
            execution.setVariable(VAR_ANSWER_REMINDER_AT, schedule.reminderAt());
            execution.setVariable(VAR_ADVICE_SUMMARY, schedule.summary());
            execution.setVariable(VAR_ADVICE_SUMMARY_EN, schedule.summaryEn());
        };
    }

    @Bean
    JavaDelegate recordAdvisoryAnswerDelegate(AdvisoryItems items) {
        return execution -> items.answer(BusinessKeys.aggregateId(execution),
                (String) execution.getVariable(VAR_ANSWER), (String) execution.getVariable(VAR_ANSWER_REASONS),
                completedBy(execution, TASK_DEPARTMENT_ANSWERS));
    }

    @Bean
    JavaDelegate remindAdvisoryDepartmentDelegate(AdvisoryItems items) {
        return execution -> items.remind(BusinessKeys.aggregateId(execution));
    }

    @Bean
    JavaDelegate recordAdvisoryEscalationDelegate(AdvisoryItems items) {
        return execution -> items.escalate(BusinessKeys.aggregateId(execution),
                (String) execution.getVariable(VAR_ESCALATION_NOTE), completedBy(execution, TASK_SUPERVISOR));
    }

    @Bean
    JavaDelegate withdrawAdvisoryItemDelegate(tr.bel.izmir.bizizmir.assembly.AdvisoryItemControls controls) {
        return execution -> controls.recordWithdrawal(BusinessKeys.aggregateId(execution));
    }
}
