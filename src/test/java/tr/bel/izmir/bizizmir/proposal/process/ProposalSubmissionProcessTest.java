package tr.bel.izmir.bizizmir.proposal.process;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static tr.bel.izmir.bizizmir.proposal.process.ProposalSubmissionProcess.*;

/** Every path of the real ProposalSubmissionProcess.bpmn with the real eligibility table. */
@ProcessTest
@Deployment(resources = {"processes/ProposalSubmissionProcess.bpmn", "processes/ProposalEligibility.dmn",
        "forms/ScreenProposal.form"})
class ProposalSubmissionProcessTest {

    final List<String> calls = new ArrayList<>();
    boolean thresholdAlreadyReached;
    boolean neighbourhoodHasAssembly;

    @BeforeEach
    void registerDelegates() {
        ProcessTestEngine.recordCalls(calls, "recordIneligibilityDelegate", "rejectProposalDelegate", "mergeProposalDelegate",
                "qualifyProposalDelegate", "withdrawProposalDelegate", "closeForLackOfSupportDelegate",
                "requestAssemblyReviewDelegate", "requestFeasibilityDelegate");
        Mocks.register("findReviewingAssemblyDelegate", (JavaDelegate) execution -> {
            calls.add("findReviewingAssemblyDelegate");
            execution.setVariable("assemblyReview", neighbourhoodHasAssembly);
        });
        Mocks.register("openForSupportDelegate", (JavaDelegate) execution -> {
            calls.add("openForSupportDelegate");
            execution.setVariable(VAR_SUPPORT_THRESHOLD_REACHED, thresholdAlreadyReached);
        });
    }

    static Map<String, Object> eligibleFacts() {
        Map<String, Object> v = new HashMap<>();
        v.put(VAR_PROPOSAL_ID, 42L);
        v.put(VAR_RESIDENT_VERIFIED, true);
        v.put(VAR_SAME_NEIGHBOURHOOD, true);
        v.put(VAR_AGE, 34);
        v.put(VAR_MINIMUM_AGE, 16);
        v.put(VAR_CYCLE_PHASE, "SUBMISSION");
        v.put(VAR_PROPOSALS_BY_AUTHOR, 0);
        v.put(VAR_MAX_PROPOSALS, 3);
        v.put(VAR_CATEGORY, "parks");
        v.put(VAR_SUPPORT_DEADLINE, new Date(System.currentTimeMillis() + 30L * 24 * 3600 * 1000));
        return v;
    }

    ProcessInstance start(Map<String, Object> variables) {
        return runtimeService().startProcessInstanceByKey(KEY, "42", variables);
    }

    ProcessInstance screenedAndAccepted(boolean thresholdReached) {
        thresholdAlreadyReached = thresholdReached;
        ProcessInstance pi = start(eligibleFacts());
        assertThat(pi).isWaitingAt(TASK_SCREEN_PROPOSAL);
        assertThat(task()).hasCandidateGroup("dept-participation");
        var withForm = taskService().createTaskQuery().processInstanceId(pi.getId()).initializeFormKeys().singleResult();
        assertThat(withForm.getCamundaFormRef().getKey()).isEqualTo(FORM_SCREEN_PROPOSAL);
        complete(task(), withVariables(VAR_SCREENING_DECISION, DECISION_ACCEPT));
        execute(job()); // asyncAfter: the officer's decision is committed before anything else runs
        return pi;
    }

    @Test
    void an_ineligible_proposal_ends_with_the_reason_recorded() {
        var facts = eligibleFacts();
        facts.put(VAR_RESIDENT_VERIFIED, false);
        ProcessInstance pi = start(facts);
        assertThat(pi).isEnded().hasPassed("ServiceTask_RecordIneligibility", END_INELIGIBLE);
        assertThat(calls).containsExactly("recordIneligibilityDelegate");
    }

    @Test
    void an_officer_rejects_an_abusive_proposal() {
        ProcessInstance pi = start(eligibleFacts());
        assertThat(pi).isWaitingAt(TASK_SCREEN_PROPOSAL);
        complete(task(), withVariables(VAR_SCREENING_DECISION, DECISION_REJECT, VAR_SCREENING_REASON, "Hakaret içeriyor"));
        execute(job());
        assertThat(pi).isEnded().hasPassed(END_REJECTED);
        assertThat(calls).containsExactly("rejectProposalDelegate");
    }

    @Test
    void an_officer_merges_a_duplicate() {
        ProcessInstance pi = start(eligibleFacts());
        assertThat(pi).isWaitingAt(TASK_SCREEN_PROPOSAL);
        complete(task(), withVariables(VAR_SCREENING_DECISION, DECISION_MERGE, VAR_MERGE_INTO, 7L,
                VAR_SCREENING_REASON, "Aynı park için 7 numaralı öneri"));
        execute(job());
        assertThat(pi).isEnded().hasPassed(END_MERGED);
        assertThat(calls).containsExactly("mergeProposalDelegate");
    }

    @Test
    void an_accepted_proposal_that_already_has_its_supports_qualifies_at_once() {
        ProcessInstance pi = screenedAndAccepted(true);
        assertThat(pi).isEnded().hasPassed("ServiceTask_OpenForSupport", "ServiceTask_QualifyProposal", END_QUALIFIED);
        assertThat(calls).containsExactly("openForSupportDelegate", "qualifyProposalDelegate", "findReviewingAssemblyDelegate",
                "requestFeasibilityDelegate");
    }

    @Test
    void a_qualified_proposal_of_a_neighbourhood_with_an_assembly_goes_to_the_assemblys_review_not_to_feasibility() {
        neighbourhoodHasAssembly = true;
        ProcessInstance pi = screenedAndAccepted(true);
        assertThat(pi).isEnded().hasPassed("ServiceTask_RequestAssemblyReview", "EndEvent_SentToAssembly")
                .hasNotPassed("ServiceTask_RequestFeasibility", END_QUALIFIED);
        assertThat(calls).containsExactly("openForSupportDelegate", "qualifyProposalDelegate", "findReviewingAssemblyDelegate",
                "requestAssemblyReviewDelegate");
    }

    @Test
    void a_proposal_qualifies_when_supports_reach_the_threshold() {
        ProcessInstance pi = screenedAndAccepted(false);
        assertThat(pi).isWaitingAt(GATEWAY_AWAIT_SUPPORT);
        runtimeService().createMessageCorrelation(MESSAGE_SUPPORT_THRESHOLD_REACHED).processInstanceBusinessKey("42").correlate();
        assertThat(pi).isEnded().hasPassed(END_QUALIFIED);
    }

    @Test
    void the_author_withdraws_while_supports_are_collected() {
        ProcessInstance pi = screenedAndAccepted(false);
        runtimeService().createMessageCorrelation(MESSAGE_WITHDRAWN).processInstanceBusinessKey("42").correlate();
        assertThat(pi).isEnded().hasPassed("Event_ProposalWithdrawn", END_WITHDRAWN);
        assertThat(calls).containsExactly("openForSupportDelegate", "withdrawProposalDelegate");
    }

    @Test
    void the_author_withdraws_before_screening_is_done() {
        ProcessInstance pi = start(eligibleFacts());
        runtimeService().createMessageCorrelation(MESSAGE_WITHDRAWN).processInstanceBusinessKey("42").correlate();
        assertThat(pi).isEnded().hasPassed("Event_WithdrawnDuringScreening", END_WITHDRAWN)
                .hasNotPassed("Gateway_ScreeningDecision");
        assertThat(calls).containsExactly("withdrawProposalDelegate");
    }

    @Test
    void a_proposal_without_enough_support_is_closed_when_the_period_ends() {
        ProcessInstance pi = screenedAndAccepted(false);
        assertThat(job(TIMER_SUPPORT_PERIOD_ENDS)).isNotNull();
        execute(job(TIMER_SUPPORT_PERIOD_ENDS));
        assertThat(pi).isEnded().hasPassed(END_NOT_ENOUGH_SUPPORT);
        assertThat(calls).containsExactly("openForSupportDelegate", "closeForLackOfSupportDelegate");
    }

    @Test
    void staff_close_the_support_period_now_and_the_proposal_closes_without_waiting_for_the_timer() {
        ProcessInstance pi = screenedAndAccepted(false);
        runtimeService().createMessageCorrelation(MESSAGE_SUPPORT_CLOSED_NOW).processInstanceBusinessKey("42")
                .correlateWithResult();
        assertThat(pi).isEnded().hasPassed(EVENT_SUPPORT_CLOSED_NOW, END_NOT_ENOUGH_SUPPORT)
                .hasNotPassed(TIMER_SUPPORT_PERIOD_ENDS);
        assertThat(calls).containsExactly("openForSupportDelegate", "closeForLackOfSupportDelegate");
    }

    @Test
    void staff_extend_the_support_period_and_the_timer_waits_for_the_new_deadline() {
        ProcessInstance pi = screenedAndAccepted(false);
        Date later = new Date(System.currentTimeMillis() + 45L * 24 * 3600 * 1000);
        runtimeService().createMessageCorrelation(MESSAGE_SUPPORT_EXTENDED).processInstanceBusinessKey("42")
                .setVariable(VAR_SUPPORT_DEADLINE, later).correlateWithResult();
        assertThat(pi).hasPassed(EVENT_SUPPORT_EXTENDED).isWaitingAt(GATEWAY_AWAIT_SUPPORT);
        assertThat(job(TIMER_SUPPORT_PERIOD_ENDS)).hasDueDate(later);
        // Supports still count during the extension.
        runtimeService().createMessageCorrelation(MESSAGE_SUPPORT_THRESHOLD_REACHED).processInstanceBusinessKey("42").correlate();
        assertThat(pi).isEnded().hasPassed(END_QUALIFIED);
        assertThat(calls).containsExactly("openForSupportDelegate", "qualifyProposalDelegate", "findReviewingAssemblyDelegate",
                "requestFeasibilityDelegate");
    }
}
