package tr.bel.izmir.bizizmir.demo;

import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tr.bel.izmir.bizizmir.parkevent.ActivityType;
import tr.bel.izmir.bizizmir.parkevent.CivicGroupInfo;
import tr.bel.izmir.bizizmir.parkevent.CivicGroups;
import tr.bel.izmir.bizizmir.parkevent.EventRequest;
import tr.bel.izmir.bizizmir.parkevent.LivingParkInfo;
import tr.bel.izmir.bizizmir.parkevent.NoiseLevel;
import tr.bel.izmir.bizizmir.parkevent.ParkAreaInfo;
import tr.bel.izmir.bizizmir.parkevent.ParkEventApplications;
import tr.bel.izmir.bizizmir.parkevent.process.ParkEventApprovalProcess;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.tasks.TaskInbox;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

/**
 * Living Parks demo: the demo civic group (user {@code sivil}) has an approved event on the
 * public calendar with support for the park manager to prepare, one waiting for review, and one
 * where the park manager asked for changes. Everything goes through the real services and the
 * process. Idempotent: once {@code sivil} has any application, nothing is added.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "bizizmir.demo-data.enabled", havingValue = "true")
public class ParkDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ParkDemoData.class);
    static final String GROUP_REP = "sivil";
    static final String PARK_MANAGER = "park";

    private final ParkEventApplications applications;
    private final CivicGroups groups;
    private final TaskService tasks;
    private final TaskInbox inbox;
    private final Clock clock;

    public ParkDemoData(ParkEventApplications applications, CivicGroups groups, TaskService tasks, TaskInbox inbox, Clock clock) {
        this.applications = applications;
        this.groups = groups;
        this.tasks = tasks;
        this.inbox = inbox;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!DemoUser.as(GROUP_REP, () -> applications.myApplications().isEmpty(), "citizen", "civic-group")) {
            return;
        }
        var group = DemoUser.as(GROUP_REP, groups::mine, "citizen", "civic-group").stream()
                .filter(CivicGroupInfo::isRegistered).findFirst();
        if (group.isEmpty()) {
            log.info("Park demo data skipped: {} represents no registered civic group", GROUP_REP);
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(IzmirTime.ZONE));
        long approved = apply(group.get(), "Kültürpark", "Sanat atölyesi avlusu", "Çocuklar için açık hava resim atölyesi",
                today.plusDays(21), 11, 13, 30, ActivityType.WORKSHOP, NoiseLevel.LOW, 0, false, false, 20, 4);
        review(approved, ParkEventApprovalProcess.DECISION_APPROVE, null);
        apply(group.get(), "Bostanlı Sahili", "Sahil çimenliği", "Gün batımında akustik müzik buluşması",
                today.plusDays(28), 18, 20, 60, ActivityType.MEETUP, NoiseLevel.MEDIUM, 0, true, true, 0, 0);
        long changes = apply(group.get(), "Aşık Veysel", "Piknik çayırı", "Mahalle çocuklarıyla bisiklet ve sokak oyunları",
                today.plusDays(50), 10, 13, 180, ActivityType.PLAY, NoiseLevel.MEDIUM, 2, false, false, 0, 2);
        review(changes, ParkEventApprovalProcess.DECISION_CHANGES,
                "Çayırın bir kısmı o hafta ekilecek; lütfen katılımcı sayısını 120'ye düşürün.");
        log.info("Park demo data: three applications of {}", GROUP_REP);
    }

    private long apply(CivicGroupInfo group, String parkPrefix, String areaPrefix, String title, LocalDate day, int fromHour,
                       int toHour, int attendance, ActivityType activity, NoiseLevel noise, int tents, boolean power,
                       boolean sound, int chairs, int tables) {
        LivingParkInfo park = applications.parks().stream().filter(p -> p.getName().startsWith(parkPrefix)).findFirst().orElseThrow();
        ParkAreaInfo area = applications.areasOf(park.getId()).stream().filter(a -> a.getName().startsWith(areaPrefix))
                .findFirst().orElseThrow();
        var request = new EventRequest(group.getId(), area.getId(), title,
                day.atTime(LocalTime.of(fromHour, 0)).atZone(IzmirTime.ZONE).toInstant(),
                day.atTime(LocalTime.of(toHour, 0)).atZone(IzmirTime.ZONE).toInstant(),
                attendance, true, noise, false, activity, tents, power, sound, chairs, tables);
        return DemoUser.as(GROUP_REP, () -> applications.apply(request, "demo-park-" + title.hashCode()), "citizen", "civic-group")
                .applicationId();
    }

    private void review(long applicationId, String decision, String reason) {
        var task = tasks.createTaskQuery().processDefinitionKey(ParkEventApprovalProcess.KEY)
                .processInstanceBusinessKey(Long.toString(applicationId))
                .taskDefinitionKey(ParkEventApprovalProcess.TASK_REVIEW).singleResult();
        if (task == null) {
            return;
        }
        Map<String, Object> variables = reason == null
                ? Map.of(ParkEventApprovalProcess.VAR_REVIEW_DECISION, decision)
                : Map.of(ParkEventApprovalProcess.VAR_REVIEW_DECISION, decision, ParkEventApprovalProcess.VAR_REVIEW_REASON, reason);
        DemoUser.as(PARK_MANAGER, () -> {
            inbox.complete(task.getId(), variables);
            return null;
        }, "park-manager", "dept-parks");
    }
}
