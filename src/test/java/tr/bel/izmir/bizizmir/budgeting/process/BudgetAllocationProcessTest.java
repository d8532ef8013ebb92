package tr.bel.izmir.bizizmir.budgeting.process;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tr.bel.izmir.bizizmir.support.ProcessTest;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
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
import static tr.bel.izmir.bizizmir.budgeting.process.BudgetAllocationProcess.*;

/** Every path of the real BudgetAllocationProcess.bpmn with its review form. */
@ProcessTest
@Deployment(resources = {"processes/BudgetAllocationProcess.bpmn", "forms/ReviewAllocation.form", "forms/AllocationStopped.form"})
class BudgetAllocationProcessTest {

    final List<String> calls = new ArrayList<>();
    /** How many next allocations stop (cancelled) instead of computing. */
    int stops;
    final Date due = new Date(System.currentTimeMillis() + 7L * 24 * 3600 * 1000);

    @BeforeEach
    void registerDelegates() {
        Mocks.register("allocateEnvelopeDelegate", (JavaDelegate) execution -> {
            calls.add("allocate:" + execution.getProcessBusinessKey());
            if (stops > 0) {
                stops--;
                execution.setVariable(VAR_STOP_REASON, "CANCELLED");
                throw new org.camunda.bpm.engine.delegate.BpmnError(ERROR_STOPPED);
            }
            execution.setVariable(VAR_SUMMARY, "Açgözlü · 3/5 proje");
            execution.setVariable(VAR_REVIEW_DUE_DATE, due);
        });
        Mocks.register("recordAllocationReturnDelegate", (JavaDelegate) execution ->
                calls.add("return:" + execution.getVariable(VAR_RETURN_REASON)));
        Mocks.register("publishAllocationDelegate", (JavaDelegate) execution -> calls.add("publish"));
        Mocks.register("recordAllocationRerunDelegate", (JavaDelegate) execution -> calls.add("rerun"));
    }

    ProcessInstance voteClosed() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(KEY, "7",
                withVariables(CaseVariables.CASE_TITLE, "Karşıyaka 2027 bütçesi", CaseVariables.NEIGHBOURHOOD_ID, 12L));
        // The tally runs in a job of its own, after the vote's close has committed.
        assertThat(pi).isWaitingAt(TASK_ALLOCATE);
        assertThat(calls).isEmpty();
        execute(job());
        assertThat(pi).isWaitingAt(TASK_REVIEW);
        return pi;
    }

    @Test
    void the_budget_office_reviews_the_tally_by_its_due_date_and_approval_publishes_it() {
        ProcessInstance pi = voteClosed();
        assertThat(task()).hasCandidateGroup("dept-budget").hasDueDate(due);
        assertThat(pi).hasVariables(CaseVariables.CASE_TITLE, CaseVariables.NEIGHBOURHOOD_ID, VAR_SUMMARY);

        complete(task(), withVariables(VAR_DECISION, APPROVE));

        assertThat(pi).isEnded().hasPassedInOrder(START, TASK_ALLOCATE, TASK_REVIEW, GATEWAY_APPROVED, TASK_PUBLISH,
                END_PUBLISHED).hasNotPassed(TASK_RECORD_RETURN);
        assertThat(calls).containsExactly("allocate:7", "publish");
    }

    @Test
    void sending_back_records_the_reason_and_tallies_again_before_a_new_review() {
        ProcessInstance pi = voteClosed();
        complete(task(), withVariables(VAR_DECISION, RETURN, VAR_RETURN_REASON, "Bir projenin maliyeti düzeltildi"));

        assertThat(pi).hasPassed(TASK_RECORD_RETURN).isWaitingAt(TASK_ALLOCATE);
        execute(job());
        assertThat(pi).isWaitingAt(TASK_REVIEW);
        assertThat(task()).hasCandidateGroup("dept-budget");

        complete(task(), withVariables(VAR_DECISION, APPROVE));
        assertThat(pi).isEnded().hasPassed(END_PUBLISHED);
        assertThat(calls).containsExactly("allocate:7", "return:Bir projenin maliyeti düzeltildi", "allocate:7",
                "publish");
    }

    @Test
    void a_coordinators_re_run_ends_the_review_and_tallies_again_before_a_new_review() {
        ProcessInstance pi = voteClosed();
        String firstReview = task().getId();
        runtimeService().createMessageCorrelation(MESSAGE_RERUN).processInstanceBusinessKey("7").correlate();

        assertThat(pi).hasPassed(EVENT_RERUN, TASK_RECORD_RERUN).isWaitingAt(TASK_ALLOCATE);
        assertThat(taskService().createTaskQuery().taskId(firstReview).count()).as("the old review is gone").isZero();
        execute(job());
        assertThat(pi).isWaitingAt(TASK_REVIEW);
        assertThat(task().getId()).isNotEqualTo(firstReview);

        complete(task(), withVariables(VAR_DECISION, APPROVE));
        assertThat(pi).isEnded().hasPassed(END_PUBLISHED);
        assertThat(calls).containsExactly("allocate:7", "rerun", "allocate:7", "publish");
    }

    @Test
    void a_stopped_allocation_waits_for_the_budget_office_to_start_it_again_without_an_incident() {
        stops = 1;
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(KEY, "7");
        assertThat(pi).isWaitingAt(TASK_ALLOCATE);
        execute(job());

        assertThat(pi).hasPassed(EVENT_STOPPED).isWaitingAt(TASK_STOPPED).hasNotPassed(TASK_REVIEW);
        assertThat(task()).hasCandidateGroup("dept-budget");
        assertThat(runtimeService().createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(pi).hasVariables(VAR_STOP_REASON);

        complete(task());
        assertThat(pi).isWaitingAt(TASK_ALLOCATE);
        execute(job());
        assertThat(pi).isWaitingAt(TASK_REVIEW);
        complete(task(), withVariables(VAR_DECISION, APPROVE));
        assertThat(pi).isEnded().hasPassed(END_PUBLISHED);
        assertThat(calls).containsExactly("allocate:7", "allocate:7", "publish");
    }
}
