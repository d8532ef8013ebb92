package tr.bel.izmir.bizizmir.tasks.internal;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tr.bel.izmir.bizizmir.support.Postgres;
import tr.bel.izmir.bizizmir.tasks.InboxFilter.Assignment;
import tr.bel.izmir.bizizmir.tasks.InboxTask;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox's SQL (DD034) against Camunda's own schema on both databases the application runs
 * on: H2 (the default, {@code mvn spring-boot:run}) and PostgreSQL (production, the suite). A
 * process engine of its own creates the tables and the tasks; every combination of the inbox's
 * filters, sorts and pages must give exactly the tasks, in exactly the order, and the counts
 * that Camunda's task query gave before (the oracle below is that query, as TaskInbox built it),
 * and the explicit cases say which task is seen by whom. A Camunda upgrade that changes what the
 * SQL relies on (table or column names, the candidate link's type, variable types) fails here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxSqlTest {

    static final String ME = "ben";
    static final List<String> MY_GROUPS = List.of("dept-a", "dept-b");
    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    final Map<String, Db> dbs = new HashMap<>();
    final List<SingleConnectionDataSource> readers = new ArrayList<>();

    record Db(ProcessEngine engine, InboxSql sql, Map<String, String> ids) {
    }

    @BeforeAll
    void engines() {
        String h2 = "jdbc:h2:mem:inbox-sql-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        dbs.put("h2", setUp("h2", h2, "org.h2.Driver", "sa", ""));
        String pg = Postgres.jdbcUrl("inbox_sql_" + UUID.randomUUID().toString().substring(0, 8));
        dbs.put("postgres", setUp("postgres", pg, "org.postgresql.Driver", "postgres", "postgres"));
    }

    @AfterAll
    void close() {
        dbs.values().forEach(db -> db.engine().close());
        readers.forEach(SingleConnectionDataSource::destroy);
    }

    Db setUp(String name, String url, String driver, String user, String password) {
        ProcessEngine engine = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                .setProcessEngineName("inbox-sql-" + name + "-" + UUID.randomUUID())
                .setJdbcUrl(url).setJdbcDriver(driver).setJdbcUsername(user).setJdbcPassword(password)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setJobExecutorActivate(false).setHistory(ProcessEngineConfiguration.HISTORY_NONE)
                .buildProcessEngine();
        var dataSource = new SingleConnectionDataSource(url, user, password, true);
        dataSource.setDriverClassName(driver);
        readers.add(dataSource);
        var db = new Db(engine, new InboxSql(new NamedParameterJdbcTemplate(dataSource)), new HashMap<>());
        fill(db);
        return db;
    }

    /** Tasks that differ in exactly what the inbox filters and sorts by. */
    void fill(Db db) {
        var tasks = db.engine().getTaskService();
        var runtime = db.engine().getRuntimeService();
        Map<String, String> ids = db.ids();
        standalone(db, "offeredToA", "Kontrol et", "dept-a", null, days(1), null, 50);
        standalone(db, "takenByOther", "Onayla", "dept-b", "baskasi", days(2), null, 50);
        standalone(db, "notMyGroup", "Incele", "dept-c", null, days(1), null, 50);
        standalone(db, "assignedToMeNoGroup", "Yanıtla", null, ME, days(-2), days(-1), 80);
        standalone(db, "offeredToBoth", "Degerlendir", "dept-a", null, null, null, 20);
        tasks.addCandidateGroup(ids.get("offeredToBoth"), "dept-b");
        standalone(db, "mineAndOffered", "Ara", "dept-a", ME, days(1), days(3), 50); // same due date as offeredToA
        standalone(db, "candidateUserOnly", "Bak", null, null, days(1), null, 50);
        tasks.addCandidateUser(ids.get("candidateUserOnly"), ME);
        standalone(db, "dueToday", "Bugün", "dept-b", null, NOW.plus(2, ChronoUnit.HOURS), days(-3), 10);
        standalone(db, "dueInFiveDays", "Hafta", "dept-a", null, days(5), null, 90);
        standalone(db, "dueInTenDays", "Sonra", "dept-a", null, days(10), null, 30);
        standalone(db, "overdueOffered", "Gecikti", "dept-b", null, days(-5), null, 50);

        var repository = db.engine().getRepositoryService();
        for (String key : List.of("inboxA", "inboxB")) {
            repository.createDeployment().addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key)
                    .camundaHistoryTimeToLive(1).startEvent().userTask("review").name("Gözden geçir")
                    .camundaCandidateGroups("dept-a").endEvent().done()).deploy();
        }
        process(db, "caseHood1", "inboxA", "case-1", Map.of("caseTitle", "Göztepe iskelesi", "neighbourhoodId", 1L));
        process(db, "caseHood2", "inboxA", "case-2", Map.of("caseTitle", "Karşıyaka parkı", "neighbourhoodId", 2L));
        process(db, "caseOtherProcess", "inboxB", "case-3", Map.of("caseTitle", "Bornova", "neighbourhoodId", 1L));
        // An integer is not the Long the filter asks for (Camunda's query did not match it either).
        process(db, "caseIntegerHood", "inboxA", "case-4", Map.of("caseTitle", "Tamsayı", "neighbourhoodId", 1));
        process(db, "caseWithoutData", "inboxA", null, Map.of());
        process(db, "caseSuspended", "inboxA", "case-5", Map.of("caseTitle", "Askıda", "neighbourhoodId", 1L));
        runtime.suspendProcessInstanceById(tasks.createTaskQuery().taskId(ids.get("caseSuspended")).singleResult().getProcessInstanceId());
        // A task-local neighbourhood is not the case's: neither query matches it, nor shows it.
        process(db, "caseLocalHood", "inboxA", "case-6", Map.of("caseTitle", "Yerel"));
        tasks.setVariableLocal(ids.get("caseLocalHood"), "neighbourhoodId", 1L);
    }

    static Instant days(int days) {
        return NOW.plus(days, ChronoUnit.DAYS);
    }

    void standalone(Db db, String label, String name, String group, String assignee, Instant due, Instant followUp, int priority) {
        var tasks = db.engine().getTaskService();
        Task task = tasks.newTask();
        task.setName(name);
        task.setAssignee(assignee);
        task.setDueDate(due == null ? null : Date.from(due));
        task.setFollowUpDate(followUp == null ? null : Date.from(followUp));
        task.setPriority(priority);
        tasks.saveTask(task);
        if (group != null) {
            tasks.addCandidateGroup(task.getId(), group);
        }
        db.ids().put(label, task.getId());
    }

    void process(Db db, String label, String key, String businessKey, Map<String, Object> variables) {
        var instance = db.engine().getRuntimeService().startProcessInstanceByKey(key, businessKey, variables);
        var task = db.engine().getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
        db.engine().getTaskService().setDueDate(task.getId(), Date.from(days(3)));
        db.ids().put(label, task.getId());
    }

    // --- explicit cases: who sees what, in which order ---

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void mine_and_my_groups_are_my_tasks_and_the_free_tasks_of_my_groups_once_each_in_due_order(String name) {
        Db db = dbs.get(name);
        var page = db.sql().page(criteria(Assignment.MINE_AND_GROUPS), InboxSql.Order.DUE, true, 0, 100);
        List<String> labels = labels(db, page);
        assertThat(labels).doesNotContain("takenByOther", "notMyGroup", "candidateUserOnly", "caseSuspended")
                .contains("assignedToMeNoGroup", "mineAndOffered", "offeredToA", "overdueOffered", "dueToday", "caseHood1")
                .doesNotHaveDuplicates();
        assertThat(labels.indexOf("overdueOffered")).isLessThan(labels.indexOf("assignedToMeNoGroup"));
        assertThat(labels.indexOf("dueToday")).isLessThan(labels.indexOf("offeredToA"));
        assertThat(labels.indexOf("dueInFiveDays")).isLessThan(labels.indexOf("dueInTenDays"));
        assertThat(db.sql().count(criteria(Assignment.MINE_AND_GROUPS))).isEqualTo(page.size());
        // offeredToA and mineAndOffered are due at the same moment: the task id decides, on every page.
        var tied = page.stream().filter(t -> t.id().equals(db.ids().get("offeredToA")) || t.id().equals(db.ids().get("mineAndOffered")))
                .map(InboxTask::id).toList();
        assertThat(tied).isSorted();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void each_assignment_view_has_its_own_tasks(String name) {
        Db db = dbs.get(name);
        assertThat(labels(db, db.sql().page(criteria(Assignment.MINE), InboxSql.Order.DUE, true, 0, 100)))
                .containsExactly("assignedToMeNoGroup", "mineAndOffered");
        assertThat(labels(db, db.sql().page(criteria(Assignment.UNASSIGNED), InboxSql.Order.DUE, true, 0, 100)))
                .contains("offeredToA", "offeredToBoth", "caseHood1").doesNotContain("mineAndOffered", "takenByOther", "assignedToMeNoGroup");
        assertThat(labels(db, db.sql().page(criteria(Assignment.GROUPS_ALL), InboxSql.Order.DUE, true, 0, 100)))
                .contains("takenByOther", "mineAndOffered").doesNotContain("assignedToMeNoGroup", "notMyGroup");
        // Without the group that offers it, the task is gone; with it, it is there.
        var onlyB = new InboxSql.Criteria(ME, List.of("dept-b"), Assignment.UNASSIGNED, null, null, null, null, false, null, null);
        assertThat(labels(db, db.sql().page(onlyB, InboxSql.Order.DUE, true, 0, 100)))
                .containsExactlyInAnyOrder("offeredToBoth", "dueToday", "overdueOffered");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void the_rows_carry_the_case_data_and_the_filters_apply(String name) {
        Db db = dbs.get(name);
        var hood1 = new InboxSql.Criteria(ME, MY_GROUPS, Assignment.MINE_AND_GROUPS, "inboxA", 1L, null, null, false, null, null);
        var page = db.sql().page(hood1, InboxSql.Order.DUE, true, 0, 100);
        assertThat(labels(db, page)).containsExactly("caseHood1");
        InboxTask row = page.get(0);
        assertThat(row.caseTitle()).isEqualTo("Göztepe iskelesi");
        assertThat(row.neighbourhoodId()).isEqualTo(1L);
        assertThat(row.businessKey()).isEqualTo("case-1");
        assertThat(row.processKey()).isEqualTo("inboxA");
        assertThat(row.taskKey()).isEqualTo("review");
        assertThat(row.due()).isEqualTo(days(3));
        var overdue = new InboxSql.Criteria(ME, MY_GROUPS, Assignment.MINE_AND_GROUPS, null, null, NOW, null, false, null, null);
        assertThat(labels(db, db.sql().page(overdue, InboxSql.Order.DUE, true, 0, 100)))
                .containsExactly("overdueOffered", "assignedToMeNoGroup");
    }

    // --- the oracle: every combination against Camunda's task query ---

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void every_filter_sort_and_page_gives_what_camundas_task_query_gave(String name) {
        Db db = dbs.get(name);
        var ids = db.ids();
        List<InboxSql.TextMatch> texts = new ArrayList<>();
        texts.add(null);
        texts.add(new InboxSql.TextMatch(List.of("review"), List.of()));
        texts.add(new InboxSql.TextMatch(List.of(), List.of(instance(db, "caseHood2"), instance(db, "caseOtherProcess"))));
        texts.add(new InboxSql.TextMatch(List.of("nothing"), List.of(instance(db, "caseHood1"))));
        texts.add(new InboxSql.TextMatch(List.of(), List.of()));
        int compared = 0;
        for (Assignment assignment : Assignment.values()) {
            for (InboxSql.TextMatch text : texts) {
                // Every sort, both directions, whole list and a page in the middle.
                var c = new InboxSql.Criteria(ME, MY_GROUPS, assignment, null, null, null, null, false, null, text);
                for (InboxSql.Order order : InboxSql.Order.values()) {
                    for (boolean ascending : new boolean[]{true, false}) {
                        compare(db, c, order, ascending);
                        compared++;
                    }
                }
            }
            for (String processKey : new String[]{null, "inboxA", "inboxB"}) {
                for (Long hood : new Long[]{null, 1L, 2L}) {
                    compare(db, new InboxSql.Criteria(ME, MY_GROUPS, assignment, processKey, hood, null, null, false, null, null),
                            InboxSql.Order.DUE, true);
                    compared++;
                }
            }
            for (Instant[] due : dueWindows()) {
                for (Instant followUp : new Instant[]{null, NOW}) {
                    compare(db, new InboxSql.Criteria(ME, MY_GROUPS, assignment, null, null, due[0], due[1], due[2] != null,
                            followUp, null), InboxSql.Order.DUE, false);
                    compared++;
                }
            }
        }
        assertThat(compared).isEqualTo(4 * (5 * 8 + 9 + 10));
        assertThat(ids).hasSize(18);
    }

    void compare(Db db, InboxSql.Criteria c, InboxSql.Order order, boolean ascending) {
        assertThat(db.sql().count(c)).as("count %s", c).isEqualTo(camunda(db, c).count());
        assertThat(db.sql().page(c, order, ascending, 0, 100).stream().map(InboxTask::id).toList())
                .as("%s %s %s", c, order, ascending)
                .isEqualTo(camunda(db, c, order, ascending).listPage(0, 100).stream().map(Task::getId).toList());
        assertThat(db.sql().page(c, order, ascending, 2, 3).stream().map(InboxTask::id).toList())
                .as("page 2..5 %s %s %s", c, order, ascending)
                .isEqualTo(camunda(db, c, order, ascending).listPage(2, 3).stream().map(Task::getId).toList());
    }

    /** {dueBefore, dueAfter, withoutDueDate (non-null = true)} as the inbox's due filter sets them. */
    static List<Instant[]> dueWindows() {
        return List.of(new Instant[]{null, null, null}, new Instant[]{NOW, null, null},
                new Instant[]{days(1), NOW, null}, new Instant[]{days(7), NOW, null}, new Instant[]{null, null, NOW});
    }

    String instance(Db db, String label) {
        return db.engine().getTaskService().createTaskQuery().taskId(db.ids().get(label)).singleResult().getProcessInstanceId();
    }

    TaskQuery camunda(Db db, InboxSql.Criteria c, InboxSql.Order order, boolean ascending) {
        TaskQuery query = camunda(db, c);
        switch (order) {
            case DUE -> query.orderByDueDate();
            case CREATED -> query.orderByTaskCreateTime();
            case PRIORITY -> query.orderByTaskPriority();
            case NAME -> query.orderByTaskName();
        }
        if (ascending) {
            query.asc();
        } else {
            query.desc();
        }
        return query.orderByTaskId().asc();
    }

    /** The inbox's query as TaskInbox built it with Camunda's API before DD034. */
    TaskQuery camunda(Db db, InboxSql.Criteria c) {
        var tasks = db.engine().getTaskService();
        TaskQuery query = switch (c.assignment()) {
            case MINE -> tasks.createTaskQuery().active().taskAssignee(c.username());
            case UNASSIGNED -> tasks.createTaskQuery().active().taskCandidateGroupIn(List.copyOf(c.groups()));
            case GROUPS_ALL -> tasks.createTaskQuery().active().taskCandidateGroupIn(List.copyOf(c.groups())).includeAssignedTasks();
            case MINE_AND_GROUPS -> tasks.createTaskQuery().active().or().taskAssignee(c.username())
                    .taskCandidateGroupIn(List.copyOf(c.groups())).endOr();
        };
        if (c.processKey() != null) {
            query.processDefinitionKey(c.processKey());
        }
        if (c.neighbourhoodId() != null) {
            query.processVariableValueEquals("neighbourhoodId", c.neighbourhoodId());
        }
        if (c.dueBefore() != null) {
            query.dueBefore(Date.from(c.dueBefore()));
        }
        if (c.dueAfter() != null) {
            query.dueAfter(Date.from(c.dueAfter()));
        }
        if (c.withoutDueDate()) {
            query.withoutDueDate();
        }
        if (c.followUpBy() != null) {
            query.followUpBeforeOrNotExistent(Date.from(c.followUpBy()));
        }
        if (c.text() != null) {
            var keys = c.text().taskKeys();
            var instances = c.text().processInstanceIds();
            if (keys.isEmpty() && instances.isEmpty()) {
                query.taskId("-");
            } else {
                TaskQuery either = query.or();
                if (!keys.isEmpty()) {
                    either.taskDefinitionKeyIn(keys.toArray(String[]::new));
                }
                if (!instances.isEmpty()) {
                    either.processInstanceIdIn(instances.toArray(String[]::new));
                }
                either.endOr();
            }
        }
        return query;
    }

    static InboxSql.Criteria criteria(Assignment assignment) {
        return new InboxSql.Criteria(ME, MY_GROUPS, assignment, null, null, null, null, false, null, null);
    }

    static List<String> labels(Db db, List<InboxTask> page) {
        Map<String, String> byId = new HashMap<>();
        db.ids().forEach((label, id) -> byId.put(id, label));
        return page.stream().map(t -> byId.getOrDefault(t.id(), t.id())).toList();
    }
}
