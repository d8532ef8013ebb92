package tr.bel.izmir.bizizmir.proposal;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tr.bel.izmir.bizizmir.budgeting.PbCycleInfo;
import tr.bel.izmir.bizizmir.budgeting.PbCycles;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodImport;
import tr.bel.izmir.bizizmir.neighbourhood.ResidentRegistry;
import tr.bel.izmir.bizizmir.proposal.internal.ProposalSearchTextMigration;
import tr.bel.izmir.bizizmir.proposal.process.ProposalSubmissionProcess;
import tr.bel.izmir.bizizmir.shared.Money;
import tr.bel.izmir.bizizmir.support.TestCycles;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;
import tr.bel.izmir.bizizmir.support.TestNeighbourhoods;
import tr.bel.izmir.bizizmir.support.TestResidents;
import tr.bel.izmir.bizizmir.tasks.InboxFilter;
import tr.bel.izmir.bizizmir.tasks.InboxTask;
import tr.bel.izmir.bizizmir.tasks.TaskInbox;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, bug 1: searches fold Turkish case and letters the same way in the database and in
 * Java. "iskele", "İskele" and "ISKELE" find "Göztepe İskelesi'ne…" in the public list; the
 * staff inbox finds a task by the case title its row shows ("bisiklet") and by its folded name.
 */
@IntegrationTest
class TurkishSearchIT {

    @Autowired ProposalSubmissions submissions;
    @Autowired ResidentRegistry residents;
    @Autowired NeighbourhoodImport neighbourhoodImport;
    @Autowired NeighbourhoodCatalog neighbourhoods;
    @Autowired PbCycles cycles;
    @Autowired TaskInbox inbox;
    @Autowired TaskService taskService;
    @Autowired ManagementService management;
    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;

    long neighbourhoodId;
    PbCycleInfo cycle;
    String tag;

    @BeforeEach
    void neighbourhoodWithOpenCycle() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        neighbourhoodId = TestNeighbourhoods.fresh(neighbourhoodImport, neighbourhoods, "Konak", "Arama " + tag).getId();
        cycle = TestCycles.collectingProposals(cycles, neighbourhoodId, "Arama döngüsü " + tag);
    }

    long submit(String title) {
        return submit(title, "Mahallemiz için güzel bir iş olur, komşular destekliyor.");
    }

    long submit(String title, String description) {
        String author = TestResidents.verified(residents, neighbourhoods, "arayan-" + UUID.randomUUID().toString().substring(0, 8),
                neighbourhoodId, 1985);
        var draft = new ProposalDraft(title, description,
                ProposalCategory.ROADS, "Sahil yolu", null, null, Money.ofLira(90_000));
        return RunAs.user(author, () -> submissions.submit(cycle.getId(), draft, UUID.randomUUID().toString()),
                "citizen", "resident").proposalId();
    }

    void screenAndAccept(long proposalId) {
        var screening = taskService.createTaskQuery().processInstanceBusinessKey(Long.toString(proposalId))
                .taskDefinitionKey(ProposalSubmissionProcess.TASK_SCREEN_PROPOSAL).singleResult();
        RunAs.user("memur", () -> inbox.complete(screening.getId(),
                Map.of(ProposalSubmissionProcess.VAR_SCREENING_DECISION, "accept")), "officer", "dept-participation", "dept-parks");
        management.createJobQuery().executable().list().forEach(job -> management.executeJob(job.getId()));
    }

    List<String> publicTitles(String typed) {
        return submissions.browse(neighbourhoodId, typed, null, 0, 50).stream().map(ProposalInfo::getTitle).toList();
    }

    @Test
    void the_public_list_finds_a_word_with_a_dotted_capital_i_however_it_is_typed() {
        String title = "Göztepe İskelesi'ne bisiklet yolu " + tag;
        long id = submit(title);
        screenAndAccept(id);
        long other = submit("Çocuk parkına gölgelik " + tag);
        screenAndAccept(other);

        for (String typed : List.of("iskele", "İskele", "ISKELE", "Iskele", "İSKELESİ'NE", "goztepe", "GÖZTEPE", "BİSİKLET")) {
            assertThat(publicTitles(typed)).as("searching for %s", typed).containsExactly(title);
        }
        long described = submit("Yeni yol " + tag, "Vapur İSKELESİNE kadar güvenli bir yol.");
        screenAndAccept(described);
        assertThat(publicTitles("iskelesine")).as("the description is searched too").containsExactly("Yeni yol " + tag);
        assertThat(publicTitles("cocuk parki")).containsExactly("Çocuk parkına gölgelik " + tag);
        assertThat(publicTitles("%")).as("a typed % is a letter, not a wildcard").isEmpty();
        assertThat(publicTitles("")).hasSize(3);
    }

    @Test
    void proposals_stored_before_the_search_column_are_found_once_the_migration_fills_it() throws Exception {
        String title = "Şirinyer'de ışıklı yaya geçidi " + tag;
        long id = submit(title);
        screenAndAccept(id);
        jdbc.update("update proposal set search_text = null where id = ?", id);
        assertThat(publicTitles("isikli")).isEmpty();

        try (var connection = dataSource.getConnection()) {
            assertThat(ProposalSearchTextMigration.backfill(connection)).isPositive();
        }
        assertThat(publicTitles("IŞIKLI")).containsExactly(title);
        assertThat(publicTitles("sirinyer")).containsExactly(title);
    }

    List<InboxTask> inboxFor(String typed) {
        var filter = new InboxFilter(ProposalSubmissionProcess.KEY, neighbourhoodId, InboxFilter.Due.ANY, false,
                InboxFilter.Assignment.MINE_AND_GROUPS, typed);
        return RunAs.user("memur", () -> inbox.page(filter, TaskInbox.Sort.CREATED, true, 0, 50), "officer", "dept-participation", "dept-parks");
    }

    @Test
    void the_inbox_finds_a_task_by_the_case_title_its_row_shows_and_by_its_name_folded() {
        String title = "Göztepe İskelesi'ne bisiklet yolu " + tag;
        submit(title);

        assertThat(inboxFor("bisiklet")).extracting(InboxTask::caseTitle).containsExactly(title);
        assertThat(inboxFor("ISKELE")).extracting(InboxTask::caseTitle).containsExactly(title);
        assertThat(inboxFor("ONERIYI ON INCELE")).extracting(InboxTask::name).containsExactly("Öneriyi ön incele");
        assertThat(inboxFor("screen the PROPOSAL")).as("the English name too").extracting(InboxTask::name).containsExactly("Öneriyi ön incele");
        assertThat(inboxFor("kadıköy")).isEmpty();
    }
}
