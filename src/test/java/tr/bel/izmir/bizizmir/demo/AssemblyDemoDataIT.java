package tr.bel.izmir.bizizmir.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tr.bel.izmir.bizizmir.assembly.AdvisoryItemInfo;
import tr.bel.izmir.bizizmir.assembly.AdvisoryItems;
import tr.bel.izmir.bizizmir.assembly.AssemblyDirectory;
import tr.bel.izmir.bizizmir.assembly.AssemblyMeetings;
import tr.bel.izmir.bizizmir.assembly.AssemblyMemberships;
import tr.bel.izmir.bizizmir.assembly.MembershipApplicationInfo;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;

import static org.assertj.core.api.Assertions.assertThat;

/** The Sığacık assembly's demo data is there after start-up, through the real services, and a second run adds nothing. */
@IntegrationTest
class AssemblyDemoDataIT {

    @Autowired AssemblyDemoData demo;
    @Autowired NeighbourhoodCatalog neighbourhoods;
    @Autowired AssemblyDirectory assemblies;
    @Autowired AdvisoryItems advisory;
    @Autowired AssemblyMeetings meetings;
    @Autowired AssemblyMemberships memberships;

    @Test
    void the_pilot_assembly_has_items_a_meeting_and_an_application_once() throws Exception {
        long assemblyId = assemblies.ofNeighbourhood(neighbourhoods.requireByCode(AssemblyDemoData.PILOT).getId()).orElseThrow().getId();
        demo.run(null);
        var items = advisory.ofAssembly(assemblyId);
        assertThat(items).hasSize(2);
        assertThat(items).extracting(AdvisoryItemInfo::getStage)
                .containsExactlyInAnyOrder(AdvisoryItemInfo.Stage.VOTING, AdvisoryItemInfo.Stage.AWAITING_ANSWER);
        assertThat(meetings.ofAssembly(assemblyId)).singleElement().satisfies(m -> assertThat(m.agenda()).hasSize(3));
        assertThat(RunAs.user("sakin", () -> memberships.myApplications(), "citizen"))
                .singleElement().satisfies(a -> assertThat(a.getStatus()).isEqualTo(MembershipApplicationInfo.Status.PENDING));
    }
}
