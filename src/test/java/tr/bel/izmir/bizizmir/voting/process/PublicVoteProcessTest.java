package tr.bel.izmir.bizizmir.voting.process;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.camunda.bpm.engine.runtime.Job;
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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static tr.bel.izmir.bizizmir.voting.process.PublicVoteProcess.*;

/** Every path of the real PublicVoteProcess.bpmn: timers at the vote's own times, both kinds of vote. */
@ProcessTest
@Deployment(resources = {"processes/PublicVoteProcess.bpmn", "forms/PublishConsultationResponse.form"})
class PublicVoteProcessTest {

    final List<String> calls = new ArrayList<>();
    final Date opens = new Date(System.currentTimeMillis() + 24L * 3600 * 1000);
    final Date closes = new Date(System.currentTimeMillis() + 8L * 24 * 3600 * 1000);
    int optionCount = 3;

    @BeforeEach
    void registerDelegates() {
        Mocks.register("openVotingDelegate", (JavaDelegate) execution -> {
            calls.add("open");
            execution.setVariable(VAR_OPTION_COUNT, optionCount);
        });
        Mocks.register("closeVotingDelegate", (JavaDelegate) execution -> calls.add("close"));
        Mocks.register("cancelVotingDelegate", (JavaDelegate) execution -> calls.add("cancel"));
        Mocks.register("handOverToAllocationDelegate", (JavaDelegate) execution -> calls.add("handOver"));
        Mocks.register("recordConsultationResponseDelegate", (JavaDelegate) execution ->
                calls.add("response:" + execution.getVariable(VAR_RESPONSE)));
    }

    ProcessInstance start(String kind) {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(KEY, "7", withVariables(
                VAR_KIND, kind, CaseVariables.CASE_TITLE, "Sığacık 2027", CaseVariables.NEIGHBOURHOOD_ID, 5L,
                VAR_OPENS_AT, opens, VAR_CLOSES_AT, closes));
        assertThat(pi).isWaitingAt(GATEWAY_WAITING_TO_OPEN);
        assertThat(job()).hasDueDate(opens);
        return pi;
    }

    @Test
    void a_pb_vote_opens_and_closes_on_time_and_goes_to_allocation() {
        ProcessInstance pi = start("PB_CYCLE");
        execute(job());
        assertThat(pi).hasPassed(TIMER_OPENS, TASK_OPEN).isWaitingAt(GATEWAY_VOTING_RUNS);
        assertThat(job()).hasDueDate(closes);
        assertThat(calls).containsExactly("open");
        execute(job());
        assertThat(pi).isEnded().hasPassed(TASK_CLOSE, TASK_HAND_OVER, END_ALLOCATION)
                .hasNotPassed(TASK_PUBLISH_RESPONSE);
        assertThat(calls).containsExactly("open", "close", "handOver");
    }

    @Test
    void a_vote_with_nothing_on_the_ballot_ends_when_it_should_open() {
        optionCount = 0;
        ProcessInstance pi = start("PB_CYCLE");
        execute(job());
        assertThat(pi).isEnded().hasPassed(END_NO_BALLOT).hasNotPassed(TIMER_CLOSES, TASK_CLOSE);
        assertThat(calls).containsExactly("open");
    }

    @Test
    void a_consultation_closes_and_an_officer_publishes_how_the_result_was_used() {
        ProcessInstance pi = start("CONSULTATION");
        execute(job());
        execute(job());
        assertThat(pi).isWaitingAt(TASK_PUBLISH_RESPONSE).hasNotPassed(TASK_HAND_OVER);
        assertThat(task()).hasCandidateGroup("dept-participation");
        assertThat(task().getDueDate()).isAfter(new Date());
        complete(task(), withVariables(VAR_RESPONSE, "Sonuca göre proje ikinci etapta uygulanacak."));
        execute(job());
        assertThat(pi).isEnded().hasPassed(TASK_RECORD_RESPONSE, END_RESPONSE);
        assertThat(calls).containsExactly("open", "close", "response:Sonuca göre proje ikinci etapta uygulanacak.");
    }

    // ------------------------------------------------------------------ staff control (DD018)

    void staff(String message) {
        runtimeService().createMessageCorrelation(message).processInstanceBusinessKey("7").correlateWithResult();
    }

    List<Job> jobs(ProcessInstance pi) {
        return managementService().createJobQuery().processInstanceId(pi.getId()).list();
    }

    @Test
    void staff_open_a_scheduled_vote_now_and_it_then_closes_at_its_own_time() {
        ProcessInstance pi = start("PB_CYCLE");
        staff(MESSAGE_OPEN_NOW);
        assertThat(pi).hasPassed(EVENT_OPEN_NOW, TASK_OPEN).hasNotPassed(TIMER_OPENS).isWaitingAt(GATEWAY_VOTING_RUNS);
        assertThat(calls).containsExactly("open");
        assertThat(jobs(pi)).singleElement().satisfies(j -> assertThat(j.getDuedate()).isEqualTo(closes));
        execute(job());
        assertThat(pi).isEnded().hasPassed(TIMER_CLOSES, TASK_CLOSE, END_ALLOCATION);
    }

    @Test
    void staff_close_an_open_vote_now_without_waiting_for_its_timer() {
        ProcessInstance pi = start("PB_CYCLE");
        execute(job());
        staff(MESSAGE_CLOSE_NOW);
        assertThat(pi).isEnded().hasPassed(EVENT_CLOSE_NOW, TASK_CLOSE, TASK_HAND_OVER, END_ALLOCATION)
                .hasNotPassed(TIMER_CLOSES);
        assertThat(calls).containsExactly("open", "close", "handOver");
        assertThat(jobs(pi)).isEmpty();
    }

    @Test
    void an_extended_vote_closes_at_its_new_time_and_may_be_extended_again() {
        ProcessInstance pi = start("CONSULTATION");
        execute(job());
        Date later = new Date(closes.getTime() + 3L * 24 * 3600 * 1000);
        Date evenLater = new Date(later.getTime() + 24L * 3600 * 1000);
        runtimeService().createMessageCorrelation(MESSAGE_EXTENDED).processInstanceBusinessKey("7")
                .setVariable(VAR_CLOSES_AT, later).correlateWithResult();
        assertThat(pi).hasPassed(EVENT_EXTENDED).isWaitingAt(GATEWAY_VOTING_RUNS);
        assertThat(job()).hasDueDate(later);
        runtimeService().createMessageCorrelation(MESSAGE_EXTENDED).processInstanceBusinessKey("7")
                .setVariable(VAR_CLOSES_AT, evenLater).correlateWithResult();
        assertThat(jobs(pi)).singleElement().satisfies(j -> assertThat(j.getDuedate()).isEqualTo(evenLater));
        assertThat(calls).containsExactly("open");
        execute(job());
        assertThat(pi).hasPassed(TIMER_CLOSES, TASK_CLOSE).isWaitingAt(TASK_PUBLISH_RESPONSE);
        assertThat(calls).containsExactly("open", "close");
    }

    @Test
    void staff_cancel_a_scheduled_vote_and_it_never_opens() {
        ProcessInstance pi = start("PB_CYCLE");
        staff(MESSAGE_CANCELLED);
        assertThat(pi).isEnded().hasPassed(EVENT_CANCELLED_BEFORE_OPENING, TASK_CANCEL, END_CANCELLED)
                .hasNotPassed(TASK_OPEN, TIMER_OPENS);
        assertThat(calls).containsExactly("cancel");
        assertThat(jobs(pi)).isEmpty();
    }

    @Test
    void staff_cancel_an_open_vote_and_nothing_is_closed_or_handed_over() {
        ProcessInstance pi = start("PB_CYCLE");
        execute(job());
        staff(MESSAGE_CANCELLED);
        assertThat(pi).isEnded().hasPassed(EVENT_CANCELLED_WHILE_OPEN, TASK_CANCEL, END_CANCELLED)
                .hasNotPassed(TASK_CLOSE, TASK_HAND_OVER);
        assertThat(calls).containsExactly("open", "cancel");
    }
}
