package tr.bel.izmir.bizizmir.parkevent.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import tr.bel.izmir.bizizmir.shared.DomainException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tr.bel.izmir.bizizmir.parkevent.ParkEventLifecycle;

import java.util.Map;

import static tr.bel.izmir.bizizmir.parkevent.process.ParkEventApprovalProcess.*;
import tr.bel.izmir.bizizmir.shared.process.ProcessDelegates;

/**
 * The delegates of ParkEventApprovalProcess: each maps variables in and calls one
 * {@link ParkEventLifecycle} transition. The business key is the application id.
 */
@Configuration(proxyBeanMethods = false)
@ProcessDelegates
class ParkEventDelegates {

    static long applicationId(DelegateExecution execution) {
        return tr.bel.izmir.bizizmir.shared.process.BusinessKeys.aggregateId(execution);
    }

    static boolean flag(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
    }

    @Bean
    JavaDelegate gatherEventFactsDelegate(ParkEventLifecycle lifecycle) {
        return execution -> {
            var facts = lifecycle.eligibilityFacts(applicationId(execution));
            execution.setVariable(VAR_WITHIN_OPENING_HOURS, facts.withinOpeningHours());
            execution.setVariable(VAR_EXPECTED_ATTENDANCE, facts.expectedAttendance());
            execution.setVariable(VAR_AREA_CAPACITY, facts.areaCapacity());
            execution.setVariable(VAR_LEAD_DAYS, facts.leadDays());
            execution.setVariable(VAR_COMMERCIAL, facts.commercial());
            execution.setVariable(VAR_GROUP_STANDING, facts.groupStanding());
            execution.setVariable(VAR_OTHER_EVENTS_IN_MONTH, facts.otherEventsInMonth());
            execution.setVariable(VAR_BLACKOUT_DATE, facts.blackoutDate());
            execution.setVariable(VAR_SUPPORT_REQUESTED, facts.supportRequested());
            execution.setVariable(VAR_EVENT_SUMMARY, lifecycle.reviewSummary(applicationId(execution)));
            execution.setVariable(VAR_EVENT_SUMMARY_EN, lifecycle.reviewSummaryEn(applicationId(execution)));
        };
    }

    @Bean
    JavaDelegate recordEventIneligibilityDelegate(ParkEventLifecycle lifecycle) {
        return execution -> {
            @SuppressWarnings("unchecked")
            var eligibility = (Map<String, Object>) execution.getVariable(VAR_ELIGIBILITY);
            lifecycle.recordIneligibility(applicationId(execution),
                    (String) eligibility.get("reasonTr"), (String) eligibility.get("reasonEn"));
        };
    }

    /**
     * On completing the review: asking for changes or refusing needs a reason, because the group
     * is shown it and has to act on it. Checked here, in the process, so it holds for every way a
     * task can be completed; the task stays open.
     */
    @Bean
    TaskListener requireReviewReasonDelegate() {
        return task -> {
            Object decision = task.getVariable(VAR_REVIEW_DECISION);
            Object reason = task.getVariable(VAR_REVIEW_REASON);
            boolean needsReason = DECISION_CHANGES.equals(decision) || DECISION_REFUSE.equals(decision);
            if (needsReason && (!(reason instanceof String text) || text.isBlank())) {
                throw new DomainException("parkevent.error.review-reason-required");
            }
        };
    }

    @Bean
    JavaDelegate refuseEventDelegate(ParkEventLifecycle lifecycle) {
        return execution -> lifecycle.refuse(applicationId(execution), (String) execution.getVariable(VAR_REVIEW_REASON));
    }

    @Bean
    JavaDelegate requestEventChangesDelegate(ParkEventLifecycle lifecycle) {
        return execution -> lifecycle.requestChanges(applicationId(execution), (String) execution.getVariable(VAR_REVIEW_REASON));
    }

    @Bean
    JavaDelegate approveEventDelegate(ParkEventLifecycle lifecycle) {
        return execution -> lifecycle.approve(applicationId(execution));
    }

    @Bean
    JavaDelegate sendEventReminderDelegate(ParkEventLifecycle lifecycle) {
        return execution -> lifecycle.remind(applicationId(execution));
    }

    /** When the report task is created, the group is told that its report is due and by when. */
    @Bean
    TaskListener reportDueDelegate(ParkEventLifecycle lifecycle) {
        return task -> lifecycle.reportDue(applicationId(task.getExecution()),
                task.getDueDate() == null ? null : task.getDueDate().toInstant());
    }

    @Bean
    JavaDelegate lowerGroupStandingDelegate(ParkEventLifecycle lifecycle) {
        return execution -> lifecycle.lowerStandingForMissingReport(applicationId(execution));
    }

    @Bean
    JavaDelegate updateGroupStandingDelegate(ParkEventLifecycle lifecycle) {
        return execution -> lifecycle.close(applicationId(execution), flag(execution, VAR_DAMAGE),
                flag(execution, VAR_NO_SHOW), (String) execution.getVariable(VAR_CLOSING_NOTE));
    }

    @Bean
    JavaDelegate withdrawEventDelegate(ParkEventLifecycle lifecycle) {
        return execution -> lifecycle.withdraw(applicationId(execution));
    }

    @Bean
    JavaDelegate cancelEventDelegate(ParkEventLifecycle lifecycle) {
        return execution -> lifecycle.cancel(applicationId(execution), (String) execution.getVariable(VAR_CANCEL_REASON));
    }
}
