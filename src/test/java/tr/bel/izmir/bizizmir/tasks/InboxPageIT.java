package tr.bel.izmir.bizizmir.tasks;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The staff inbox's page and count (SQL over Camunda's tables since DD034) on the real application
 * and PostgreSQL, as a signed-in person sees them: the groups come from the sign-in (roles and
 * departments), the tasks are theirs or free in their groups, once each, in the chosen order,
 * page after page, and the count agrees. Each test's groups and person are its own, so the shared
 * database's other tasks do not show.
 */
@IntegrationTest
class InboxPageIT {

    @Autowired TaskInbox inbox;
    @Autowired TaskService taskService;
    @Autowired Clock clock;

    String me;
    String groupA;
    String groupB;
    String otherGroup;
    String[] signIn;
    final Map<String, String> ids = new HashMap<>();
    Instant now;

    @BeforeEach
    void tasks() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        me = "gelen-" + tag;
        groupA = "dept-a" + tag;
        groupB = "dept-b" + tag;
        otherGroup = "dept-c" + tag;
        signIn = new String[]{"moderator", groupA, groupB};
        now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        task("overdueInB", groupB, null, -1, null);
        task("offeredToA", groupA, null, 1, null);
        task("assignedToMe", null, me, 2, now.minus(1, ChronoUnit.DAYS));
        task("offeredToBoth", groupA, null, 3, now.plus(1, ChronoUnit.DAYS));
        taskService.addCandidateGroup(ids.get("offeredToBoth"), groupB);
        task("takenByColleague", groupA, "meslektas-" + tag, 4, null);
        task("otherDepartment", otherGroup, null, 5, null);
        task("noDueDate", groupB, null, null, null);
    }

    void task(String label, String group, String assignee, Integer dueInDays, Instant followUp) {
        var task = taskService.newTask();
        task.setName(label);
        task.setAssignee(assignee);
        task.setDueDate(dueInDays == null ? null : Date.from(now.plus(dueInDays, ChronoUnit.DAYS)));
        task.setFollowUpDate(followUp == null ? null : Date.from(followUp));
        taskService.saveTask(task);
        if (group != null) {
            taskService.addCandidateGroup(task.getId(), group);
        }
        ids.put(label, task.getId());
    }

    List<String> page(InboxFilter filter, TaskInbox.Sort sort, boolean ascending, int offset, int limit) {
        return RunAs.user(me, () -> inbox.page(filter, sort, ascending, offset, limit), signIn).stream().map(InboxTask::name).toList();
    }

    long count(InboxFilter filter) {
        return RunAs.user(me, () -> inbox.count(filter), signIn);
    }

    static InboxFilter filter(InboxFilter.Assignment assignment, InboxFilter.Due due, boolean followUp) {
        return new InboxFilter(null, null, due, followUp, assignment, null);
    }

    @Test
    void the_first_page_is_my_tasks_and_the_free_tasks_of_my_groups_once_each_by_due_date() {
        // PostgreSQL sorts a task without a due date last when ascending, first when descending.
        assertThat(page(InboxFilter.everything(), TaskInbox.Sort.DUE, true, 0, 50))
                .containsExactly("overdueInB", "offeredToA", "assignedToMe", "offeredToBoth", "noDueDate");
        assertThat(page(InboxFilter.everything(), TaskInbox.Sort.DUE, false, 0, 50))
                .containsExactly("noDueDate", "offeredToBoth", "assignedToMe", "offeredToA", "overdueInB");
        assertThat(count(InboxFilter.everything())).isEqualTo(5);
        // Pages follow on from each other.
        assertThat(page(InboxFilter.everything(), TaskInbox.Sort.DUE, true, 0, 2)).containsExactly("overdueInB", "offeredToA");
        assertThat(page(InboxFilter.everything(), TaskInbox.Sort.DUE, true, 2, 2)).containsExactly("assignedToMe", "offeredToBoth");
        assertThat(page(InboxFilter.everything(), TaskInbox.Sort.NAME, true, 0, 50))
                .containsExactly("assignedToMe", "noDueDate", "offeredToA", "offeredToBoth", "overdueInB");
    }

    @Test
    void the_views_and_filters_of_the_inbox_choose_the_tasks() {
        assertThat(page(filter(InboxFilter.Assignment.MINE, InboxFilter.Due.ANY, false), TaskInbox.Sort.DUE, true, 0, 50))
                .containsExactly("assignedToMe");
        assertThat(page(filter(InboxFilter.Assignment.UNASSIGNED, InboxFilter.Due.ANY, false), TaskInbox.Sort.DUE, true, 0, 50))
                .containsExactly("overdueInB", "offeredToA", "offeredToBoth", "noDueDate");
        assertThat(page(filter(InboxFilter.Assignment.GROUPS_ALL, InboxFilter.Due.ANY, false), TaskInbox.Sort.DUE, true, 0, 50))
                .containsExactly("overdueInB", "offeredToA", "offeredToBoth", "takenByColleague", "noDueDate");
        assertThat(count(filter(InboxFilter.Assignment.GROUPS_ALL, InboxFilter.Due.ANY, false))).isEqualTo(5);
        assertThat(page(filter(InboxFilter.Assignment.MINE_AND_GROUPS, InboxFilter.Due.OVERDUE, false), TaskInbox.Sort.DUE, true, 0, 50))
                .containsExactly("overdueInB");
        assertThat(page(filter(InboxFilter.Assignment.MINE_AND_GROUPS, InboxFilter.Due.THIS_WEEK, false), TaskInbox.Sort.DUE, true, 0, 50))
                .containsExactly("offeredToA", "assignedToMe", "offeredToBoth");
        assertThat(page(filter(InboxFilter.Assignment.MINE_AND_GROUPS, InboxFilter.Due.NONE, false), TaskInbox.Sort.DUE, true, 0, 50))
                .containsExactly("noDueDate");
        // Follow-up: tasks without one, and those whose follow-up date has come.
        assertThat(page(filter(InboxFilter.Assignment.MINE_AND_GROUPS, InboxFilter.Due.ANY, true), TaskInbox.Sort.DUE, true, 0, 50))
                .containsExactly("overdueInB", "offeredToA", "assignedToMe", "noDueDate");
        assertThat(count(filter(InboxFilter.Assignment.MINE_AND_GROUPS, InboxFilter.Due.ANY, true))).isEqualTo(4);
    }

    @Test
    void the_groups_are_the_sign_ins_and_nobody_else_sees_the_tasks() {
        // Signed in with one department less, its tasks are gone.
        assertThat(RunAs.user(me, () -> inbox.page(InboxFilter.everything(), TaskInbox.Sort.DUE, true, 0, 50), "moderator", groupA)
                .stream().map(InboxTask::name).toList())
                .containsExactly("offeredToA", "assignedToMe", "offeredToBoth");
        // A colleague of the third department sees its task only: none offered to mine, none assigned to me.
        assertThat(RunAs.user("baska-" + me, () -> inbox.page(InboxFilter.everything(), TaskInbox.Sort.DUE, true, 0, 50),
                "moderator", otherGroup).stream().map(InboxTask::name).toList()).containsExactly("otherDepartment");
        assertThat(RunAs.user("baska-" + me, () -> inbox.count(InboxFilter.everything()), "moderator", otherGroup)).isEqualTo(1);
        // The inbox is for staff only: a citizen is refused on the server.
        assertThatThrownBy(() -> RunAs.user(me, () -> inbox.page(InboxFilter.everything(), TaskInbox.Sort.DUE, true, 0, 50), "citizen", groupA))
                .isInstanceOf(AccessDeniedException.class);
    }
}
