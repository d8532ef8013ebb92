package tr.bel.izmir.bizizmir.assembly.process;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.process.CaseVariables;
import tr.bel.izmir.bizizmir.support.ProcessTest;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static tr.bel.izmir.bizizmir.assembly.process.AdvisoryItemProcess.*;

/** Every path of the real AdvisoryItemProcess.bpmn with its real outcome table; the service is a fake. */
@ProcessTest
@Deployment(resources = {"processes/AdvisoryItemProcess.bpmn", "processes/AdvisoryItemOutcome.dmn",
        "forms/AdvisoryAnswer.form", "forms/AdvisoryOverdueAnswer.form"})
class AdvisoryItemProcessTest {

    static final long DAY = 24L * 3600 * 1000;

    final List<String> calls = new ArrayList<>();
    final Date votingDeadline = new Date(System.currentTimeMillis() + 14 * DAY);
    final Date answerDue = new Date(System.currentTimeMillis() + 44 * DAY);
    final Date reminder = new Date(System.currentTimeMillis() + 37 * DAY);
    /** What the fake count answers. */
    long members = 3;
    long recommend;
    long notRecommend;
    long abstain;
    boolean answerRefused;

    @BeforeEach
    void registerDelegates() {
        Mocks.register("openAdvisoryVotingDelegate", (JavaDelegate) execution -> {
            calls.add("open");
            execution.setVariable(VAR_VOTING_DEADLINE, votingDeadline);
        });
        Mocks.register("countAdvisoryVotesDelegate", (JavaDelegate) this::putCount);
        Mocks.register("closeAdvisoryVotingDelegate", (JavaDelegate) execution -> {
            calls.add("close");
            putCount(execution);
        });
        Mocks.register("recordAdvisoryNoQuorumDelegate", (JavaDelegate) execution -> calls.add("no-quorum"));
        Mocks.register("sendAdvisoryDecisionDelegate", (JavaDelegate) execution -> {
            calls.add("advice:" + execution.getVariable(VAR_ADVICE));
            execution.setVariable(VAR_DEPARTMENT_GROUP, "dept-parks");
            execution.setVariable(VAR_ANSWER_DUE_AT, answerDue);
            execution.setVariable(VAR_ANSWER_REMINDER_AT, reminder);
            execution.setVariable(VAR_ADVICE_SUMMARY, "Meclis tavsiye etti");
        });
        Mocks.register("recordAdvisoryAnswerDelegate", (JavaDelegate) execution -> {
            if (answerRefused) {
                throw new DomainException("advisory.error.reasons-required");
            }
            calls.add("answer:" + execution.getVariable(VAR_ANSWER));
        });
        Mocks.register("remindAdvisoryDepartmentDelegate", (JavaDelegate) execution -> calls.add("remind"));
        Mocks.register("withdrawAdvisoryItemDelegate", (JavaDelegate) execution -> calls.add("withdrawn"));
        Mocks.register("recordAdvisoryEscalationDelegate", (JavaDelegate) execution ->
                calls.add("escalate:" + execution.getVariable(VAR_ESCALATION_NOTE)));
    }

    void putCount(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
        long cast = recommend + notRecommend + abstain;
        execution.setVariable(VAR_MEMBERS, members);
        execution.setVariable(VAR_VOTES_CAST, cast);
        execution.setVariable(VAR_RECOMMEND_VOTES, recommend);
        execution.setVariable(VAR_NOT_RECOMMEND_VOTES, notRecommend);
        execution.setVariable(VAR_ALL_VOTED, members > 0 && cast >= members);
    }

    ProcessInstance start() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(KEY, "7",
                withVariables(CaseVariables.CASE_TITLE, "Kordon bisiklet yolu", CaseVariables.NEIGHBOURHOOD_ID, 3L));
        assertThat(pi).isWaitingAt(GATEWAY_AWAIT);
        return pi;
    }

    void vote(String choice) {
        switch (choice) {
            case "recommend" -> recommend++;
            case "not" -> notRecommend++;
            default -> abstain++;
        }
        runtimeService().createMessageCorrelation(MESSAGE_VOTE_CAST).processInstanceBusinessKey("7").correlate();
    }

    Job timer(String activityId) {
        return managementService().createJobQuery().activityId(activityId).singleResult();
    }

    @Test
    void opens_voting_until_the_deadline() {
        start();
        assertThat(calls).containsExactly("open");
        assertThat(timer(TIMER_VOTING_DEADLINE).getDuedate()).isEqualTo(votingDeadline);
    }

    @Test
    void when_every_member_has_voted_the_advice_goes_to_the_department_which_answers() {
        ProcessInstance pi = start();
        vote("recommend");
        vote("not");
        assertThat(pi).isWaitingAt(GATEWAY_AWAIT);
        vote("recommend");
        assertThat(pi).isWaitingAt(TASK_DEPARTMENT_ANSWERS);
        assertThat(calls).containsExactly("open", "close", "advice:RECOMMENDED");
        assertThat(task()).hasCandidateGroup("dept-parks").hasDueDate(answerDue);
        assertThat(timer(TIMER_ANSWER_REMINDER).getDuedate()).isEqualTo(reminder);
        assertThat(timer(TIMER_ANSWER_OVERDUE).getDuedate()).isEqualTo(answerDue);

        complete(task(), withVariables(VAR_ANSWER, "PARTLY_ACCEPTED", VAR_ANSWER_REASONS, "Bisiklet yolu yapılacak, ağaçlar korunacak."));
        assertThat(pi).isEnded().hasPassed(END_ANSWERED).hasNotPassed(END_REMINDED, END_ESCALATION_HANDLED);
        assertThat(calls).containsExactly("open", "close", "advice:RECOMMENDED", "answer:PARTLY_ACCEPTED");
        assertThat(managementService().createJobQuery().count()).as("the timers go with the task").isZero();
    }

    @Test
    void at_the_voting_deadline_with_quorum_the_table_decides() {
        ProcessInstance pi = start();
        vote("not");
        vote("abstain");
        execute(timer(TIMER_VOTING_DEADLINE));
        assertThat(pi).isWaitingAt(TASK_DEPARTMENT_ANSWERS).variables().containsEntry(VAR_ADVICE, "NOT_RECOMMENDED");
    }

    @Test
    void at_the_voting_deadline_without_quorum_the_item_closes_without_advice() {
        ProcessInstance pi = start();
        vote("recommend");
        execute(timer(TIMER_VOTING_DEADLINE));
        assertThat(pi).isEnded().hasPassed(END_NO_ADVICE).hasNotPassed(TASK_DEPARTMENT_ANSWERS);
        assertThat(calls).containsExactly("open", "close", "no-quorum");
    }

    ProcessInstance awaitingAnswer() {
        ProcessInstance pi = start();
        vote("recommend");
        vote("recommend");
        vote("not");
        assertThat(pi).isWaitingAt(TASK_DEPARTMENT_ANSWERS);
        return pi;
    }

    @Test
    void the_department_is_reminded_then_escalated_to_a_supervisor_and_its_late_answer_ends_everything() {
        ProcessInstance pi = awaitingAnswer();
        execute(timer(TIMER_ANSWER_REMINDER));
        assertThat(pi).hasPassed(END_REMINDED).isWaitingAt(TASK_DEPARTMENT_ANSWERS);

        execute(timer(TIMER_ANSWER_OVERDUE));
        assertThat(pi).isWaitingAt(TASK_DEPARTMENT_ANSWERS, TASK_SUPERVISOR);
        var supervisorTask = taskQuery().taskDefinitionKey(TASK_SUPERVISOR).singleResult();
        assertThat(supervisorTask).hasCandidateGroup("supervisor");
        complete(supervisorTask, withVariables(VAR_ESCALATION_NOTE, "Birim müdürüyle görüşüldü, yanıt bu hafta."));
        assertThat(pi).hasPassed(END_ESCALATION_HANDLED).isWaitingAt(TASK_DEPARTMENT_ANSWERS);

        complete(task(), withVariables(VAR_ANSWER, "REJECTED", VAR_ANSWER_REASONS, "Bütçe bu yıl yetmiyor, 2027'de yeniden ele alınacak."));
        assertThat(pi).isEnded().hasPassed(END_ANSWERED);
        assertThat(calls).containsExactly("open", "close", "advice:RECOMMENDED", "remind",
                "escalate:Birim müdürüyle görüşüldü, yanıt bu hafta.", "answer:REJECTED");
    }

    @Test
    void the_municipality_withdraws_the_item_while_the_assembly_votes_no_vote_or_deadline_counts_after() {
        ProcessInstance pi = start();
        vote("recommend");
        runtimeService().createMessageCorrelation(MESSAGE_WITHDRAWN).processInstanceBusinessKey("7").correlate();
        assertThat(pi).isEnded().hasPassed("ServiceTask_RecordWithdrawal", END_WITHDRAWN).hasNotPassed("ServiceTask_CloseVoting");
        assertThat(calls).containsExactly("open", "withdrawn");
        assertThat(managementService().createJobQuery().count()).as("the voting deadline went with it").isZero();
    }

    @Test
    void the_municipality_withdraws_the_item_while_the_department_and_a_supervisor_still_have_tasks() {
        ProcessInstance pi = awaitingAnswer();
        execute(timer(TIMER_ANSWER_OVERDUE));
        runtimeService().createMessageCorrelation(MESSAGE_WITHDRAWN).processInstanceBusinessKey("7").correlate();
        assertThat(pi).isEnded().hasPassed(END_WITHDRAWN).hasNotPassed(END_ANSWERED, END_ESCALATION_HANDLED);
        assertThat(taskQuery().count()).as("both tasks ended").isZero();
        assertThat(managementService().createJobQuery().count()).isZero();
    }

    @Test
    void an_answer_while_the_supervisor_still_works_on_the_escalation_ends_the_escalation_too() {
        ProcessInstance pi = awaitingAnswer();
        execute(timer(TIMER_ANSWER_OVERDUE));
        complete(taskQuery().taskDefinitionKey(TASK_DEPARTMENT_ANSWERS).singleResult(),
                withVariables(VAR_ANSWER, "ACCEPTED", VAR_ANSWER_REASONS, "Meclisin önerisi projeye eklendi."));
        assertThat(pi).isEnded().hasPassed(END_ANSWERED).hasNotPassed(END_ESCALATION_HANDLED);
        assertThat(taskQuery().count()).isZero();
    }

    @Test
    void a_refused_answer_leaves_the_department_task_open() {
        ProcessInstance pi = awaitingAnswer();
        answerRefused = true;
        var departmentTask = task();
        assertThatThrownBy(() -> complete(departmentTask, withVariables(VAR_ANSWER, "REJECTED", VAR_ANSWER_REASONS, "")))
                .isInstanceOf(DomainException.class);
        assertThat(pi).isWaitingAt(TASK_DEPARTMENT_ANSWERS);
        assertThat(pi).variables().doesNotContainKey(VAR_ANSWER);
    }
}
