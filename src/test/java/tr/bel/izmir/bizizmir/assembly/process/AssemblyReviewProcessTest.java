package tr.bel.izmir.bizizmir.assembly.process;

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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static tr.bel.izmir.bizizmir.assembly.process.AssemblyReviewProcess.*;

/** Every path of the real AssemblyReviewProcess.bpmn with its real outcome table; votes are counted by a fake. */
@ProcessTest
@Deployment(resources = {"processes/AssemblyReviewProcess.bpmn", "processes/AssemblyReviewOutcome.dmn",
        "forms/ChairOverdueReview.form"})
class AssemblyReviewProcessTest {

    final List<String> calls = new ArrayList<>();
    final Date deadline = new Date(System.currentTimeMillis() + 14L * 24 * 3600 * 1000);
    /** What the fake vote count answers: members, votes cast, recommending votes. */
    int members = 3;
    int votesCast;
    int recommendVotes;

    @BeforeEach
    void registerDelegates() {
        Mocks.register("openAssemblyReviewDelegate", (JavaDelegate) execution -> {
            calls.add("open");
            execution.setVariable(VAR_REVIEW_DEADLINE, deadline);
        });
        Mocks.register("countAssemblyVotesDelegate", (JavaDelegate) execution -> {
            execution.setVariable(VAR_MEMBERS, members);
            execution.setVariable(VAR_VOTES_CAST, votesCast);
            execution.setVariable(VAR_RECOMMEND_VOTES, recommendVotes);
        });
        Mocks.register("recordAssemblyReviewOutcomeDelegate", (JavaDelegate) execution ->
                calls.add("record:" + execution.getVariable(VAR_OUTCOME)));
        Mocks.register("extendAssemblyReviewDelegate", (JavaDelegate) execution -> {
            calls.add("extend:" + execution.getVariable(VAR_EXTENSION_DAYS));
            execution.setVariable(VAR_REVIEW_DEADLINE, new Date(deadline.getTime() + 7L * 24 * 3600 * 1000));
        });
        Mocks.register("closeAssemblyReviewWithoutQuorumDelegate", (JavaDelegate) execution -> calls.add("no-quorum"));
        Mocks.register("recordAssemblyReviewMergeDelegate", (JavaDelegate) execution ->
                calls.add("merge:" + execution.getVariable(VAR_MERGE_INTO) + ":" + execution.getVariable(VAR_MERGE_REASON)));
    }

    ProcessInstance start() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(KEY, "42",
                withVariables(CaseVariables.CASE_TITLE, "Parka gölgelik", CaseVariables.NEIGHBOURHOOD_ID, 7L));
        assertThat(pi).isWaitingAt(GATEWAY_AWAIT);
        return pi;
    }

    void vote(boolean recommend) {
        votesCast++;
        if (recommend) {
            recommendVotes++;
        }
        runtimeService().createMessageCorrelation(MESSAGE_VOTE_CAST).processInstanceBusinessKey("42").correlate();
    }

    void deadlinePasses() {
        execute(job());
    }

    @Test
    void opens_the_review_and_waits_for_votes_until_the_deadline() {
        ProcessInstance pi = start();
        assertThat(calls).containsExactly("open");
        assertThat(pi).hasVariables(VAR_REVIEW_DEADLINE);
        assertThat(job().getDuedate()).isEqualTo(deadline);
    }

    @Test
    void keeps_waiting_below_quorum_then_records_a_recommendation() {
        ProcessInstance pi = start();
        vote(true);
        assertThat(pi).isWaitingAt(GATEWAY_AWAIT);
        vote(true);
        assertThat(pi).isEnded().hasPassed(END_RECOMMENDED).hasNotPassed(TASK_CHAIR_DECIDES);
        assertThat(calls).containsExactly("open", "record:RECOMMENDED");
    }

    @Test
    void records_that_the_assembly_does_not_recommend() {
        members = 2;
        ProcessInstance pi = start();
        vote(false);
        vote(true);
        assertThat(pi).isEnded().hasPassed(END_NOT_RECOMMENDED);
        assertThat(calls).containsExactly("open", "record:NOT_RECOMMENDED");
    }

    @Test
    void at_the_deadline_without_quorum_the_chair_may_extend_and_votes_are_counted_again() {
        ProcessInstance pi = start();
        vote(true);
        deadlinePasses();
        assertThat(pi).isWaitingAt(TASK_CHAIR_DECIDES);
        assertThat(task()).hasCandidateGroup("assembly-chair");
        complete(task(), withVariables(VAR_CHAIR_DECISION, EXTEND, VAR_EXTENSION_DAYS, 7L));
        execute(job());
        assertThat(pi).isWaitingAt(GATEWAY_AWAIT);
        vote(false);
        assertThat(pi).isEnded().hasPassed(END_NOT_RECOMMENDED);
        assertThat(calls).containsExactly("open", "extend:7", "record:NOT_RECOMMENDED");
    }

    @Test
    void a_quorum_reached_while_the_chair_decided_is_decided_on_extension() {
        ProcessInstance pi = start();
        deadlinePasses();
        // Votes cast while the chair's task is open are saved; the next count sees them.
        votesCast = 2;
        recommendVotes = 2;
        complete(task(), withVariables(VAR_CHAIR_DECISION, EXTEND, VAR_EXTENSION_DAYS, 3L));
        execute(job());
        assertThat(pi).isEnded().hasPassed(END_RECOMMENDED);
    }

    @Test
    void the_chair_may_close_the_review_without_quorum() {
        ProcessInstance pi = start();
        deadlinePasses();
        complete(task(), withVariables(VAR_CHAIR_DECISION, CLOSE));
        execute(job());
        assertThat(pi).isEnded().hasPassed(END_CLOSED_WITHOUT_QUORUM).hasNotPassed("ServiceTask_RecordOutcome");
        assertThat(calls).containsExactly("open", "no-quorum");
    }

    void chairMerges() {
        runtimeService().createMessageCorrelation(MESSAGE_MERGED).processInstanceBusinessKey("42")
                .setVariable(VAR_MERGE_INTO, 41L).setVariable(VAR_MERGE_REASON, "Aynı çeşme önerisi")
                .setVariable(VAR_MERGED_BY, "baskan").correlate();
    }

    @Test
    void the_chair_merges_a_duplicate_while_members_vote_and_feasibility_is_not_requested() {
        ProcessInstance pi = start();
        vote(true);
        chairMerges();
        assertThat(pi).isEnded().hasPassed(START_MERGE_REQUESTED, TASK_RECORD_MERGE, END_REVIEWED_AS_DUPLICATE)
                .hasNotPassed("ServiceTask_RecordOutcome", END_RECOMMENDED, END_CLOSED_WITHOUT_QUORUM);
        assertThat(calls).containsExactly("open", "merge:41:Aynı çeşme önerisi");
        assertThat(org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processEngine().getManagementService()
                .createJobQuery().count()).as("the deadline timer went with the review").isZero();
    }

    @Test
    void the_chair_may_merge_a_duplicate_instead_of_deciding_on_an_overdue_review() {
        ProcessInstance pi = start();
        deadlinePasses();
        assertThat(pi).isWaitingAt(TASK_CHAIR_DECIDES);
        chairMerges();
        assertThat(pi).isEnded().hasPassed(END_REVIEWED_AS_DUPLICATE).hasNotPassed(END_CLOSED_WITHOUT_QUORUM);
        assertThat(org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery().count())
                .as("the chair's overdue task is withdrawn").isZero();
        assertThat(calls).containsExactly("open", "merge:41:Aynı çeşme önerisi");
    }
}
