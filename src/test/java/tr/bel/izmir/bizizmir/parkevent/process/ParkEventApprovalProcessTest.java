package tr.bel.izmir.bizizmir.parkevent.process;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tr.bel.izmir.bizizmir.support.ProcessTest;
import tr.bel.izmir.bizizmir.support.ProcessTestEngine;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tr.bel.izmir.bizizmir.shared.process.CaseVariables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static tr.bel.izmir.bizizmir.parkevent.process.ParkEventApprovalProcess.*;

/** Every path of the real ParkEventApprovalProcess.bpmn with the real eligibility table. */
@ProcessTest
@Deployment(resources = {"processes/ParkEventApprovalProcess.bpmn", "processes/ParkEventEligibility.dmn",
        "forms/ReviewParkEvent.form", "forms/ReviseParkEvent.form", "forms/ProvideSupport.form",
        "forms/FileEventReport.form", "forms/CloseParkEvent.form"})
class ParkEventApprovalProcessTest {

    static final long DAY = 24L * 3600 * 1000;

    final List<String> calls = new ArrayList<>();
    /** What the mocked fact-gathering delegate reports; tests change it between rounds. */
    final Map<String, Object> facts = eligibleFacts();

    @BeforeEach
    void registerDelegates() {
        ProcessTestEngine.recordCalls(calls, "recordEventIneligibilityDelegate", "refuseEventDelegate", "requestEventChangesDelegate",
                "approveEventDelegate", "sendEventReminderDelegate", "lowerGroupStandingDelegate",
                "updateGroupStandingDelegate", "withdrawEventDelegate", "cancelEventDelegate");
        // The reason check on completing the review is the Spring tests' (ParkEventApplicationsIT).
        Mocks.register("requireReviewReasonDelegate", (org.camunda.bpm.engine.delegate.TaskListener) task -> { });
        // The report task tells the group its report is due: recorded, so the tests see it happen once per event.
        Mocks.register("reportDueDelegate", (org.camunda.bpm.engine.delegate.TaskListener) task -> calls.add("reportDueDelegate"));
        Mocks.register("gatherEventFactsDelegate", (JavaDelegate) execution -> {
            calls.add("gatherEventFactsDelegate");
            execution.setVariables(facts);
        });
    }

    static Map<String, Object> eligibleFacts() {
        Map<String, Object> v = new HashMap<>();
        v.put(VAR_WITHIN_OPENING_HOURS, true);
        v.put(VAR_EXPECTED_ATTENDANCE, 40);
        v.put(VAR_AREA_CAPACITY, 150);
        v.put(VAR_LEAD_DAYS, 30);
        v.put(VAR_COMMERCIAL, false);
        v.put(VAR_GROUP_STANDING, 70);
        v.put(VAR_OTHER_EVENTS_IN_MONTH, 0);
        v.put(VAR_BLACKOUT_DATE, false);
        v.put(VAR_SUPPORT_REQUESTED, false);
        return v;
    }

    ProcessInstance start() {
        long now = System.currentTimeMillis();
        return runtimeService().startProcessInstanceByKey(KEY, "42", Map.of(
                VAR_APPLICATION_ID, 42L, CaseVariables.CASE_TITLE, "Çocuklar için resim atölyesi — Kültürpark",
                VAR_REMINDER_AT, new Date(now + 28 * DAY), VAR_EVENT_END, new Date(now + 30 * DAY),
                VAR_REPORT_DUE_AT, new Date(now + 33 * DAY)));
    }

    void assertForm(ProcessInstance pi, String form) {
        var withForm = taskService().createTaskQuery().processInstanceId(pi.getId()).initializeFormKeys().singleResult();
        assertThat(withForm.getCamundaFormRef().getKey()).isEqualTo(form);
    }

    /** Reviews with the given decision and runs the job that the review's asyncAfter leaves. */
    void review(ProcessInstance pi, String decision, String reason) {
        assertThat(pi).isWaitingAt(TASK_REVIEW);
        assertThat(task()).hasCandidateGroup(GROUP_PARK_MANAGER);
        assertForm(pi, FORM_REVIEW);
        complete(task(), withVariables(VAR_REVIEW_DECISION, decision, VAR_REVIEW_REASON, reason));
        execute(job());
    }

    /** From approval through the reminder to the end of the event, where the report is due. */
    void untilReportIsDue(ProcessInstance pi) {
        assertThat(pi).isWaitingAt(TIMER_EVENT_REMINDER);
        execute(job());
        assertThat(pi).hasPassed("ServiceTask_SendReminder").isWaitingAt(TIMER_EVENT_ENDS);
        execute(job());
        assertThat(pi).isWaitingAt(TASK_FILE_REPORT);
        assertThat(task()).hasCandidateGroup(GROUP_CIVIC_GROUP);
        assertThat(task().getDueDate()).isEqualTo(runtimeService().getVariable(pi.getId(), VAR_REPORT_DUE_AT));
        assertForm(pi, FORM_FILE_REPORT);
    }

    @Test
    void an_ineligible_application_ends_with_the_reason_recorded() {
        facts.put(VAR_LEAD_DAYS, 5);
        ProcessInstance pi = start();
        assertThat(pi).isEnded().hasPassed("ServiceTask_RecordIneligibility", END_INELIGIBLE);
        assertThat(calls).containsExactly("gatherEventFactsDelegate", "recordEventIneligibilityDelegate");
        @SuppressWarnings("unchecked")
        var eligibility = (Map<String, Object>) BpmnAwareTests.historyService().createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId()).variableName(VAR_ELIGIBILITY).singleResult().getValue();
        assertThat(eligibility.get("reasonCode")).isEqualTo("lead-time");
    }

    @Test
    void a_park_manager_refuses_an_application() {
        ProcessInstance pi = start();
        review(pi, DECISION_REFUSE, "Alan o hafta bakımda");
        assertThat(pi).isEnded().hasPassed("ServiceTask_RefuseApplication", END_REFUSED);
        assertThat(calls).containsExactly("gatherEventFactsDelegate", "refuseEventDelegate");
    }

    @Test
    void after_requested_changes_the_revised_application_is_checked_again_approved_held_reported_and_closed() {
        facts.put(VAR_EXPECTED_ATTENDANCE, 400); // the manager asks for fewer people
        facts.put(VAR_AREA_CAPACITY, 500);
        ProcessInstance pi = start();
        review(pi, DECISION_CHANGES, "Katılımcı sayısını 100'e düşürün");
        assertThat(pi).isWaitingAt(TASK_REVISE);
        assertThat(task()).hasCandidateGroup(GROUP_CIVIC_GROUP);
        assertForm(pi, FORM_REVISE);
        facts.put(VAR_EXPECTED_ATTENDANCE, 100);
        complete(task());
        review(pi, DECISION_APPROVE, null);
        assertThat(pi).hasPassed("Gateway_SupportReady").hasNotPassed(TASK_PROVIDE_SUPPORT);

        untilReportIsDue(pi);
        complete(task(), withVariables(VAR_ACTUAL_ATTENDANCE, 90, VAR_DAMAGE_REPORT, ""));
        assertThat(pi).isWaitingAt(TASK_CLOSE_EVENT);
        assertThat(task()).hasCandidateGroup(GROUP_PARK_MANAGER);
        assertForm(pi, FORM_CLOSE_EVENT);
        complete(task(), withVariables(VAR_DAMAGE, false, VAR_NO_SHOW, false));
        execute(job());
        assertThat(pi).isEnded().hasPassed("ServiceTask_UpdateStanding", END_CLOSED);
        assertThat(calls).containsExactly("gatherEventFactsDelegate", "requestEventChangesDelegate",
                "gatherEventFactsDelegate", "approveEventDelegate", "sendEventReminderDelegate",
                "reportDueDelegate", "updateGroupStandingDelegate");
    }

    @Test
    void requested_support_is_provided_and_a_missing_report_lowers_the_groups_standing() {
        facts.put(VAR_SUPPORT_REQUESTED, true);
        ProcessInstance pi = start();
        review(pi, DECISION_APPROVE, null);
        assertThat(pi).isWaitingAt(TASK_PROVIDE_SUPPORT);
        assertThat(task()).hasCandidateGroup(GROUP_PARK_MANAGER);
        assertForm(pi, FORM_PROVIDE_SUPPORT);
        complete(task(), withVariables("supportProvided", true));

        untilReportIsDue(pi);
        execute(job()); // the report deadline passes
        assertThat(pi).isEnded().hasPassed(TIMER_REPORT_OVERDUE, "ServiceTask_LowerStanding", END_REPORT_OVERDUE)
                .hasNotPassed(TASK_CLOSE_EVENT);
        assertThat(calls).containsExactly("gatherEventFactsDelegate", "approveEventDelegate",
                "sendEventReminderDelegate", "reportDueDelegate", "lowerGroupStandingDelegate");
    }

    @Test
    void the_group_withdraws_while_the_application_waits_for_review() {
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt(TASK_REVIEW);
        runtimeService().createMessageCorrelation(MESSAGE_WITHDRAWN).processInstanceBusinessKey("42").correlate();
        assertThat(pi).isEnded().hasPassed("ServiceTask_WithdrawApplication", END_WITHDRAWN).hasNotPassed("Gateway_ReviewDecision");
        assertThat(calls).containsExactly("gatherEventFactsDelegate", "withdrawEventDelegate");
    }

    @Test
    void the_group_withdraws_an_approved_event_before_the_reminder() {
        ProcessInstance pi = start();
        review(pi, DECISION_APPROVE, null);
        assertThat(pi).isWaitingAt(TIMER_EVENT_REMINDER);
        runtimeService().createMessageCorrelation(MESSAGE_WITHDRAWN).processInstanceBusinessKey("42").correlate();
        assertThat(pi).isEnded().hasPassed(END_WITHDRAWN).hasNotPassed("ServiceTask_SendReminder");
    }

    @Test
    void the_municipality_cancels_an_approved_event_after_the_reminder_with_its_reason() {
        ProcessInstance pi = start();
        review(pi, DECISION_APPROVE, null);
        execute(job());
        assertThat(pi).hasPassed("ServiceTask_SendReminder").isWaitingAt(TIMER_EVENT_ENDS);
        runtimeService().createMessageCorrelation(MESSAGE_CANCELLED).processInstanceBusinessKey("42")
                .setVariable(VAR_CANCEL_REASON, "Fırtına uyarısı").correlate();
        assertThat(pi).isEnded().hasPassed("StartEvent_EventCancelled", "ServiceTask_CancelApplication", END_CANCELLED)
                .hasNotPassed(TASK_FILE_REPORT);
        assertThat(calls).endsWith("sendEventReminderDelegate", "cancelEventDelegate");
    }
}
