package tr.bel.izmir.bizizmir.transparency;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The public timeline of a case (proposal, event, advisory item), built from the process
 * history of every process that ran with its business key. It shows steps, never people:
 * who screened or assessed something is not public.
 */
@Service
public class PublicTimeline {

    /** Activity types worth showing to citizens; tasks and events, not gateways or scripts. */
    static final Set<String> SHOWN = Set.of("startEvent", "noneEndEvent", "userTask", "businessRuleTask",
            "intermediateMessageCatch", "boundaryMessage", "intermediateTimer", "boundaryTimer", "serviceTask");

    private final HistoryService history;
    private final org.camunda.bpm.engine.ManagementService management;

    public PublicTimeline(HistoryService history, org.camunda.bpm.engine.ManagementService management) {
        this.history = history;
        this.management = management;
    }

    /**
     * @param activityId the BPMN element id; views translate {@code timeline.<activityId>}
     * @param name       the BPMN element name (Turkish), used when no translation exists
     * @param ended      null while the step is in progress
     * @param planned    when a waiting timer is due (a reminder, a deadline); null otherwise
     */
    public record Step(String processKey, String activityId, String name, Instant started, Instant ended,
                       Instant planned) {
        public boolean inProgress() {
            return ended == null;
        }

        /** A step still to come at a planned time, not one that happened. */
        public boolean isPlanned() {
            return ended == null && planned != null;
        }

        /** The time to show: when a step was completed, or when it is planned; a running task since it began. */
        public Instant shownAt() {
            return ended != null ? ended : planned != null ? planned : started;
        }
    }

    /**
     * @param processKeys the processes of this kind of case: business keys are aggregate ids,
     *                    so a proposal and a park event may share one
     */
    public List<Step> of(String businessKey, java.util.Collection<String> processKeys) {
        List<Step> steps = new ArrayList<>();
        for (var instance : history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .processDefinitionKeyIn(processKeys.toArray(String[]::new)).list()) {
            for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery()
                    .processInstanceId(instance.getId()).list()) {
                if (SHOWN.contains(a.getActivityType()) && a.getActivityName() != null) {
                    Instant ended = Optional.ofNullable(a.getEndTime()).map(java.util.Date::toInstant).orElse(null);
                    Instant planned = ended == null && a.getActivityType().endsWith("Timer") ? due(instance.getId(),
                            a.getActivityId()) : null;
                    steps.add(new Step(instance.getProcessDefinitionKey(), a.getActivityId(), a.getActivityName(),
                            a.getStartTime().toInstant(), ended, planned));
                }
            }
        }
        steps.sort(Comparator.comparing(Step::shownAt));
        return steps;
    }

    private Instant due(String processInstanceId, String activityId) {
        return management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).timers().list()
                .stream().map(j -> j.getDuedate()).filter(java.util.Objects::nonNull).map(java.util.Date::toInstant)
                .min(Comparator.naturalOrder()).orElse(null);
    }

}
