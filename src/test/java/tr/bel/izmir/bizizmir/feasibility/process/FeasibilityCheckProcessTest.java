package tr.bel.izmir.bizizmir.feasibility.process;

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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static tr.bel.izmir.bizizmir.feasibility.process.FeasibilityCheckProcess.*;

/** Every path of the real FeasibilityCheckProcess.bpmn with its real routing and approval tables. */
@ProcessTest
@Deployment(resources = {"processes/FeasibilityCheckProcess.bpmn", "processes/FeasibilityRouting.dmn",
        "processes/FeasibilityApproval.dmn", "forms/AssessFeasibility.form", "forms/ApproveAssessment.form",
        "forms/ReviewOverdueAssessment.form"})
class FeasibilityCheckProcessTest {

    final List<String> calls = new ArrayList<>();
    final Date due = new Date(System.currentTimeMillis() + 14L * 24 * 3600 * 1000);

    @BeforeEach
    void registerDelegates() {
        Mocks.register("startAssessmentDelegate", (JavaDelegate) execution -> {
            calls.add("start:" + execution.getVariable(VAR_DEPARTMENT_GROUP));
            execution.setVariable(VAR_ASSESSMENT_DUE_DATE, due);
        });
        Mocks.register("recordFeasibilityOutcomeDelegate", (JavaDelegate) execution -> calls.add("record"));
        Mocks.register("extendAssessmentDeadlineDelegate", (JavaDelegate) execution -> calls.add("extend"));
    }

    ProcessInstance start(String category) {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(KEY, "42",
                withVariables(VAR_CATEGORY, category, CaseVariables.CASE_TITLE, "Parka gölgelik"));
        assertThat(pi).isWaitingAt(TASK_ASSESS);
        return pi;
    }

    void assess(ProcessInstance pi, String feasible, long cost) {
        complete(task(), withVariables(VAR_FEASIBLE, feasible, VAR_COST_ESTIMATE, cost, VAR_TIMELINE, "3 ay",
                VAR_PUBLIC_EXPLANATION, "Parkın bu köşesi gölgelik için uygundur."));
        execute(job());
    }

    @Test
    void routes_to_the_department_and_gives_its_officers_a_task_due_in_time() {
        ProcessInstance pi = start("parks");
        assertThat(task()).hasCandidateGroup("dept-parks").hasDueDate(due);
        assertThat(calls).containsExactly("start:dept-parks");
        assertThat(pi).hasVariables(VAR_DEPARTMENT_GROUP);
    }

    @Test
    void a_cheap_feasible_proposal_needs_no_supervisor() {
        ProcessInstance pi = start("parks");
        assess(pi, "true", 120_000);
        assertThat(pi).isEnded().hasPassed("ServiceTask_RecordOutcome", END_FEASIBLE).hasNotPassed(TASK_APPROVE);
        assertThat(calls).containsExactly("start:dept-parks", "record");
    }

    @Test
    void a_proposal_found_not_feasible_ends_without_approval() {
        ProcessInstance pi = start("roads");
        assess(pi, "false", 0);
        assertThat(pi).isEnded().hasPassed(END_NOT_FEASIBLE).hasNotPassed(TASK_APPROVE);
    }

    @Test
    void an_expensive_proposal_needs_the_supervisors_approval() {
        ProcessInstance pi = start("culture");
        assess(pi, "true", 400_000);
        assertThat(pi).isWaitingAt(TASK_APPROVE);
        assertThat(task()).hasCandidateGroup("supervisor");
        complete(task(), withVariables(VAR_APPROVAL_DECISION, APPROVE));
        execute(job());
        assertThat(pi).isEnded().hasPassed(END_FEASIBLE);
    }

    @Test
    void the_supervisor_can_send_an_assessment_back_to_the_department() {
        ProcessInstance pi = start("roads");
        assess(pi, "true", 900_000);
        complete(task(), withVariables(VAR_APPROVAL_DECISION, RETURN));
        execute(job());
        assertThat(pi).isWaitingAt(TASK_ASSESS);
        assertThat(task()).hasCandidateGroup("dept-works");
        assess(pi, "true", 450_000);
        assertThat(pi).isEnded().hasPassed(END_FEASIBLE);
    }

    @Test
    void an_overdue_assessment_escalates_to_a_supervisor_who_extends_it() {
        ProcessInstance pi = start("environment");
        execute(job(TIMER_OVERDUE));
        assertThat(pi).isWaitingAt(TASK_ASSESS, TASK_REVIEW_OVERDUE);
        var review = taskQuery().taskDefinitionKey(TASK_REVIEW_OVERDUE).singleResult();
        assertThat(review).hasCandidateGroup("supervisor");
        complete(review, withVariables(VAR_NEW_DUE_DATE, "2027-02-01", VAR_EXTENSION_REASON, "Saha ölçümü bekleniyor"));
        execute(job());
        assertThat(pi).hasPassed("ServiceTask_ExtendDeadline", END_OVERDUE_HANDLED).isWaitingAt(TASK_ASSESS);
        assertThat(calls).containsExactly("start:dept-environment", "extend");
    }
}
