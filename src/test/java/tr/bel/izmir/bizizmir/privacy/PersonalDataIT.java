package tr.bel.izmir.bizizmir.privacy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tr.bel.izmir.bizizmir.budgeting.PbCycles;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.neighbourhood.ResidentRegistry;
import tr.bel.izmir.bizizmir.proposal.ProposalCategory;
import tr.bel.izmir.bizizmir.proposal.ProposalDraft;
import tr.bel.izmir.bizizmir.proposal.ProposalStatus;
import tr.bel.izmir.bizizmir.proposal.ProposalSubmissions;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** KVKK: a person downloads what we hold about them, then has it erased. */
@IntegrationTest
class PersonalDataIT {

    @Autowired PersonalData personalData;
    @Autowired ResidentRegistry residents;
    @Autowired NeighbourhoodCatalog neighbourhoods;
    @Autowired PbCycles cycles;
    @Autowired ProposalSubmissions proposals;

    @Test
    void a_resident_downloads_their_data_and_erasing_it_leaves_no_trace_of_them() throws Exception {
        String user = "kvkk-" + UUID.randomUUID().toString().substring(0, 8);
        String tckn = tr.bel.izmir.bizizmir.support.TestResidents.newTckn();
        long sigacik = neighbourhoods.requireByCode("seferihisar-sigacik").getId();
        residents.importCensusTrusted(new ByteArrayInputStream((tckn + ";1977;seferihisar-sigacik\n").getBytes(StandardCharsets.UTF_8)));
        residents.verify(user, tckn, 1977, sigacik, true);
        long cycle = cycles.openCycleOf(sigacik).orElseThrow().getId();
        var submitted = RunAs.user(user, () -> proposals.submit(cycle, new ProposalDraft("Sahile çöp kovası konsun",
                "Sığacık sahilinde yaz aylarında çöpler taşıyor; ek kovalar konsun.", ProposalCategory.ENVIRONMENT,
                "Sığacık sahili", null, null, null), UUID.randomUUID().toString()), "citizen", "resident");

        String export = new String(RunAs.user(user, () -> personalData.exportJson(), "citizen", "resident"), StandardCharsets.UTF_8);
        assertThat(export).contains(user, "Sığacık, Seferihisar", "1977", "Sahile çöp kovası konsun")
                .doesNotContain(tckn);

        RunAs.user(user, () -> personalData.eraseMine(), "citizen", "resident");

        assertThat(residents.residentOf(user)).isEmpty();
        var proposal = proposals.find(submitted.proposalId()).orElseThrow();
        assertThat(proposal.getAuthor()).isNotEqualTo(user).startsWith("erased-");
        assertThat(proposal.getStatus()).as("an open proposal is withdrawn").isEqualTo(ProposalStatus.WITHDRAWN);
        String after = new String(RunAs.user(user, () -> personalData.exportJson(), "citizen", "resident"), StandardCharsets.UTF_8);
        assertThat(after).doesNotContain("Sahile çöp kovası konsun").doesNotContain("1977");
    }
}
