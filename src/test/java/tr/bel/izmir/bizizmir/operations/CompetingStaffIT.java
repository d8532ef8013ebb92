package tr.bel.izmir.bizizmir.operations;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tr.bel.izmir.bizizmir.proposal.process.ProposalSubmissionProcess;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.Messages;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;
import tr.bel.izmir.bizizmir.tasks.TaskInbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drill "competing staff" (issue 17): two officers complete the same screening task at the same
 * moment. Each runs in its own thread with its own transaction against the shared PostgreSQL,
 * as on two nodes of the cluster (Camunda keeps no task state between commands: what decides
 * is the row's revision in the database). One wins; the other is told, in words, that someone
 * was first; the process moved on exactly once. Prints one line of figures.
 */
@IntegrationTest
class CompetingStaffIT {

    static final String[] MEMUR = {"officer", "dept-participation", "dept-parks", "dept-works"};
    static final String[] MUDUR = {"officer", "supervisor", "dept-participation", "dept-parks", "dept-works"};

    @Autowired TaskInbox inbox;
    @Autowired TaskService taskService;
    @Autowired HistoryService history;
    @Autowired Messages messages;

    record Race(String winner, String loserKey, String loserText) {
    }

    @Test
    void two_officers_complete_the_same_task_at_once_one_wins_the_other_is_told() throws Exception {
        var tasks = taskService.createTaskQuery().processDefinitionKey(ProposalSubmissionProcess.KEY)
                .taskDefinitionKey(ProposalSubmissionProcess.TASK_SCREEN_PROPOSAL).taskCandidateGroup("dept-participation")
                .active().listPage(0, 3);
        assertThat(tasks).as("the demo's proposals waiting for screening").isNotEmpty();

        List<Race> races = new ArrayList<>();
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            for (var task : tasks) {
                var barrier = new CyclicBarrier(2);
                Map<String, Object> form = Map.of(ProposalSubmissionProcess.VAR_SCREENING_DECISION, "accept");
                Future<String> a = two.submit(() -> attempt("memur", MEMUR, task.getId(), form, barrier));
                Future<String> b = two.submit(() -> attempt("mudur", MUDUR, task.getId(), form, barrier));
                List<String> outcomes = List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));

                assertThat(outcomes).as("exactly one completes").filteredOn(o -> o.startsWith("won:")).hasSize(1);
                String loser = outcomes.stream().filter(o -> !o.startsWith("won:")).findFirst().orElseThrow();
                assertThat(loser).as("the other is told someone was first, not an unexpected error").isEqualTo("task.error.gone");
                String winner = outcomes.stream().filter(o -> o.startsWith("won:")).findFirst().orElseThrow().substring(4);

                // Nothing half-done: the screening ended once, by the winner, and the process moved on once.
                var done = history.createHistoricTaskInstanceQuery().processInstanceId(task.getProcessInstanceId())
                        .taskDefinitionKey(ProposalSubmissionProcess.TASK_SCREEN_PROPOSAL).finished().list();
                assertThat(done).hasSize(1);
                assertThat(done.get(0).getAssignee()).isEqualTo(winner);
                assertThat(taskService.createTaskQuery().processInstanceId(task.getProcessInstanceId())
                        .taskDefinitionKey(ProposalSubmissionProcess.TASK_SCREEN_PROPOSAL).count()).isZero();
                races.add(new Race(winner, loser, messages.get(loser, Messages.TURKISH)));
            }
        } finally {
            two.shutdownNow();
        }
        assertThat(races.get(0).loserText()).startsWith("Bu görev artık yok");
        System.out.printf("drill=competing-staff races=%d one_winner_each=true loser_told=%s loser_text_tr=\"%s\"%n",
                races.size(), races.get(0).loserKey(), races.get(0).loserText());
    }

    String attempt(String officer, String[] groups, String taskId, Map<String, Object> form, CyclicBarrier barrier) throws Exception {
        barrier.await(30, TimeUnit.SECONDS);
        try {
            RunAs.user(officer, () -> inbox.complete(taskId, form), groups);
            return "won:" + officer;
        } catch (DomainException e) {
            return e.messageKey();
        } catch (RuntimeException e) {
            return "unexpected:" + e.getClass().getSimpleName();
        }
    }
}
