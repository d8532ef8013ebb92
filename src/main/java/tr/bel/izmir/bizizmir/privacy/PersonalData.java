package tr.bel.izmir.bizizmir.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.assembly.AssemblyPersonalData;
import tr.bel.izmir.bizizmir.cases.CaseNotes;
import tr.bel.izmir.bizizmir.neighbourhood.ResidentRegistry;
import tr.bel.izmir.bizizmir.notification.NotificationPersonalData;
import tr.bel.izmir.bizizmir.proposal.ProposalSubmissions;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.parkevent.ParkEventPersonalData;
import tr.bel.izmir.bizizmir.voting.VotingPersonalData;

import java.time.Clock;
import java.util.LinkedHashMap;

/** A signed-in person's own data: export as JSON, or erase. Only ever about the caller. */
@Service
public class PersonalData {

    private static final Logger log = LoggerFactory.getLogger(PersonalData.class);

    private final CurrentUser currentUser;
    private final ResidentRegistry residents;
    private final ProposalSubmissions proposals;
    private final AssemblyPersonalData assemblies;
    private final VotingPersonalData voting;
    private final ParkEventPersonalData parkEvents;
    private final CaseNotes caseNotes;
    private final tr.bel.izmir.bizizmir.security.PeopleNames peopleNames;
    private final tr.bel.izmir.bizizmir.security.StaffDirectory staff;
    private final tr.bel.izmir.bizizmir.tasks.TaskAssignments handovers;
    private final NotificationPersonalData notifications;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public PersonalData(CurrentUser currentUser, ResidentRegistry residents, ProposalSubmissions proposals,
                        AssemblyPersonalData assemblies, VotingPersonalData voting, ParkEventPersonalData parkEvents, CaseNotes caseNotes,
                        tr.bel.izmir.bizizmir.security.StaffDirectory staff, tr.bel.izmir.bizizmir.tasks.TaskAssignments handovers,
                        tr.bel.izmir.bizizmir.security.PeopleNames peopleNames, NotificationPersonalData notifications, Clock clock) {
        this.notifications = notifications;
        this.staff = staff;
        this.handovers = handovers;
        this.peopleNames = peopleNames;
        this.currentUser = currentUser;
        this.residents = residents;
        this.proposals = proposals;
        this.assemblies = assemblies;
        this.voting = voting;
        this.parkEvents = parkEvents;
        this.caseNotes = caseNotes;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public byte[] exportJson() {
        var user = currentUser.require();
        var data = new LinkedHashMap<String, Object>();
        data.put("username", user.username());
        data.put("name", user.displayName());
        data.put("exportedAt", clock.instant().toString());
        data.put("residency", residents.personalData(user.username()));
        data.putAll(proposals.personalData(user.username()));
        data.putAll(assemblies.personalData(user.username()));
        data.putAll(voting.personalData(user.username()));
        data.putAll(parkEvents.personalData(user.username()));
        data.putAll(caseNotes.personalData(user.username()));
        data.putAll(staff.personalData(user.username()));
        data.putAll(handovers.personalData(user.username()));
        data.putAll(notifications.personalData(user.username()));
        try {
            return json.writeValueAsBytes(data);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void eraseMine() {
        String username = currentUser.require().username();
        proposals.erase(username);
        assemblies.erase(username);
        voting.erase(username);
        parkEvents.erase(username);
        caseNotes.erase(username);
        staff.erase(username);
        notifications.erase(username);
        residents.erase(username);
        peopleNames.forget(username);
        log.info("Personal data of {} erased on request", username);
    }
}
