package tr.bel.izmir.bizizmir.modeling;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.modeling.ModelAuditEntry.Action;
import tr.bel.izmir.bizizmir.modeling.internal.ModelAuditRepository;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.security.BizizmirUser;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.shared.DomainException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What process owners do with processes, decisions and forms: list every deployed version with
 * who deployed it, export it byte for byte, deploy a validated new version with a change note,
 * roll back (redeploy an old version as the newest), and migrate running instances with a plan
 * they saw first. Everything that changes the engine is audited ({@link ModelAuditEntry}).
 */
@Service
public class ProcessModels {

    /** Deployment name and source of the process owners' deployments (never touched by a restart, DD002). */
    public static final String DEPLOYMENT_NAME = "modeling";
    public static final String SOURCE = "bizizmir-modeling";
    static final String OWNERS = "hasAnyRole('process-owner','admin')";

    private static final Logger log = LoggerFactory.getLogger(ProcessModels.class);

    public enum Kind { PROCESS, DECISION, FORM }

    /** One deployed version of a process, decision or form. */
    public record Definition(Kind kind, String id, String key, String name, int version, String deploymentId,
                             String resourceName, Instant deployedAt, String deployedBy, String changeNote,
                             long runningInstances) {
    }

    /** Running instances of an older version that could move to a newly deployed one. */
    public record MigrationCandidate(String key, String sourceId, int sourceVersion, String targetId,
                                     int targetVersion, long runningInstances) {
    }

    public record DeployResult(String deploymentId, List<String> definitionIds, List<MigrationCandidate> candidates) {
    }

    /** A source → target activity mapping of a migration plan. */
    public record Mapping(String sourceActivityId, String targetActivityId) {
    }

    /**
     * A migration plan built with "map equal activities", before it runs: its instructions, the
     * running instances it would move and every reason it cannot run.
     */
    public record MigrationPreview(String sourceId, String targetId, long instances, List<Mapping> mappings,
                                   List<String> failures) {
        public boolean valid() {
            return failures.isEmpty();
        }
    }

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final ProcessEngine processEngine;
    private final ModelValidator validator;
    private final ModelAuditRepository audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final tr.bel.izmir.bizizmir.notification.Notifier notifier;

    public ProcessModels(ProcessEngine processEngine, ModelValidator validator, ModelAuditRepository audit,
                         CurrentUser currentUser, Clock clock, tr.bel.izmir.bizizmir.notification.Notifier notifier) {
        this.notifier = notifier;
        this.processEngine = processEngine;
        this.repositoryService = processEngine.getRepositoryService();
        this.runtimeService = processEngine.getRuntimeService();
        this.managementService = processEngine.getManagementService();
        this.validator = validator;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- validation and deployment

    /** Validation only (lint-free server side checks + dry run), nothing is deployed. */
    @PreAuthorize(OWNERS)
    public List<ModelProblem> validate(List<ModelResource> resources) {
        requireOwner();
        return validator.validate(resources);
    }

    /**
     * Deploys the resources as new versions, unchanged, after validation; audited with the note.
     * Refused as a whole ({@link ModelRejected}) when any problem is found.
     */
    @PreAuthorize(OWNERS)
    @Transactional
    public DeployResult deploy(List<ModelResource> resources, String changeNote) {
        return deploy(resources, changeNote, Action.DEPLOY);
    }

    /** Deploys an old version's resource again, byte for byte, as the newest version. */
    @PreAuthorize(OWNERS)
    @Transactional
    public DeployResult rollback(String definitionId, String changeNote) {
        Definition old = definition(definitionId);
        return deploy(List.of(export(old)), changeNote, Action.ROLLBACK);
    }

    private DeployResult deploy(List<ModelResource> resources, String changeNote, Action action) {
        BizizmirUser user = requireOwner();
        String note = changeNote == null ? "" : changeNote.strip();
        if (note.isEmpty()) {
            throw new DomainException("modeling.note-required");
        }
        if (note.length() > 2000) {
            throw new DomainException("modeling.note-too-long", 2000);
        }
        List<ModelProblem> problems = validator.validate(resources);
        if (!problems.isEmpty()) {
            log.info("Deployment by {} refused: {}", user.username(), problems);
            throw new ModelRejected(problems);
        }
        DeploymentBuilder builder = repositoryService.createDeployment().name(DEPLOYMENT_NAME).source(SOURCE);
        for (ModelResource r : resources) {
            builder.addInputStream(r.name(), new java.io.ByteArrayInputStream(r.bytes()));
        }
        DeploymentWithDefinitions deployment = builder.deployWithResult();
        List<String> ids = new ArrayList<>();
        List<MigrationCandidate> candidates = new ArrayList<>();
        for (ProcessDefinition d : Optional.ofNullable(deployment.getDeployedProcessDefinitions()).orElse(List.of())) {
            ids.add(d.getId());
            for (ProcessDefinition older : repositoryService.createProcessDefinitionQuery()
                    .processDefinitionKey(d.getKey()).orderByProcessDefinitionVersion().desc().list()) {
                long running = older.getVersion() < d.getVersion()
                        ? runtimeService.createProcessInstanceQuery().processDefinitionId(older.getId()).count() : 0;
                if (running > 0) {
                    candidates.add(new MigrationCandidate(d.getKey(), older.getId(), older.getVersion(), d.getId(),
                            d.getVersion(), running));
                }
            }
        }
        Optional.ofNullable(deployment.getDeployedDecisionDefinitions()).orElse(List.of())
                .forEach(d -> ids.add(d.getId()));
        formsOf(deployment.getId()).forEach(f -> ids.add(f.getId()));
        audit.save(new ModelAuditEntry(action, user.username(), clock.instant(), note, deployment.getId(),
                resources.stream().map(ModelResource::name).toList(), ids, null));
        log.info("{} by {}: deployment {} -> {}", action, user.username(), deployment.getId(), ids);
        tellOtherOwners(action == Action.ROLLBACK ? "notification.model.rolled-back" : "notification.model.deployed",
                user.username(), String.join(", ", resources.stream().map(ModelResource::name).toList()), note);
        return new DeployResult(deployment.getId(), ids, candidates);
    }

    /** The other process owners hear of a deployment, roll-back or migration (issue 15). */
    private void tellOtherOwners(String textKey, String by, String what, String detail) {
        notifier.send(tr.bel.izmir.bizizmir.notification.Notice.of(tr.bel.izmir.bizizmir.notification.NotificationKind.MODEL_CHANGED,
                        textKey, by, what, detail)
                .toGroup(tr.bel.izmir.bizizmir.security.AppRoles.PROCESS_OWNER).exceptUser(by)
                .about("model", what.length() > 64 ? what.substring(0, 64) : what, "modeling/processes"));
    }

    // ---------------------------------------------------------------- migration

    @PreAuthorize(OWNERS)
    public MigrationPreview previewMigration(String sourceDefinitionId, String targetDefinitionId) {
        requireOwner();
        return preview(sourceDefinitionId, targetDefinitionId).preview();
    }

    private record Planned(MigrationPlan plan, MigrationPreview preview) {
    }

    private Planned preview(String sourceId, String targetId) {
        ProcessDefinition source = processDefinition(sourceId);
        ProcessDefinition target = processDefinition(targetId);
        List<String> failures = new ArrayList<>();
        if (!source.getKey().equals(target.getKey())) {
            failures.add("source " + source.getKey() + " and target " + target.getKey() + " are different processes");
        }
        MigrationPlan plan = null;
        List<Mapping> mappings = new ArrayList<>();
        try {
            plan = runtimeService.createMigrationPlan(sourceId, targetId).mapEqualActivities().build();
            for (MigrationInstruction i : plan.getInstructions()) {
                mappings.add(new Mapping(i.getSourceActivityId(), i.getTargetActivityId()));
            }
        } catch (MigrationPlanValidationException e) {
            var report = e.getValidationReport();
            report.getInstructionReports().forEach(r -> r.getFailures().forEach(f ->
                    failures.add(r.getMigrationInstruction().getSourceActivityId() + " -> "
                            + r.getMigrationInstruction().getTargetActivityId() + ": " + f)));
            report.getVariableReports().forEach((name, r) -> r.getFailures().forEach(f -> failures.add(name + ": " + f)));
            if (report.getMigrationPlan() != null) {
                report.getMigrationPlan().getInstructions().forEach(i ->
                        mappings.add(new Mapping(i.getSourceActivityId(), i.getTargetActivityId())));
            }
        }
        // An activity where instances wait but that has no counterpart cannot be migrated.
        var mapped = mappings.stream().map(Mapping::sourceActivityId).collect(Collectors.toSet());
        for (ActivityStatistics s : managementService.createActivityStatisticsQuery(sourceId).list()) {
            String activity = s.getId().replace("#multiInstanceBody", "");
            if (s.getInstances() > 0 && !mapped.contains(s.getId()) && !mapped.contains(activity)) {
                failures.add(s.getId() + ": " + s.getInstances()
                        + " running instance(s) wait here and the target version has no activity with this id");
            }
        }
        long instances = runtimeService.createProcessInstanceQuery().processDefinitionId(sourceId).count();
        return new Planned(plan, new MigrationPreview(sourceId, targetId, instances, mappings, failures));
    }

    /**
     * Moves every running instance of the source version to the target version with the plan of
     * {@link #previewMigration}; refused with the reasons when the plan or an instance does not validate.
     *
     * @return the migrated process instance ids
     */
    @PreAuthorize(OWNERS)
    @Transactional
    public List<String> migrate(String sourceDefinitionId, String targetDefinitionId, String changeNote) {
        BizizmirUser user = requireOwner();
        Planned planned = preview(sourceDefinitionId, targetDefinitionId);
        if (!planned.preview().valid()) {
            throw new DomainException("modeling.migration.invalid", String.join("; ", planned.preview().failures()));
        }
        List<String> ids = runtimeService.createProcessInstanceQuery().processDefinitionId(sourceDefinitionId).list()
                .stream().map(ProcessInstance::getId).toList();
        if (ids.isEmpty()) {
            throw new DomainException("modeling.migration.nothing");
        }
        try {
            runtimeService.newMigration(planned.plan()).processInstanceIds(ids).execute();
        } catch (MigratingProcessInstanceValidationException e) {
            var r = e.getValidationReport();
            List<String> failures = new ArrayList<>(r.getFailures());
            r.getActivityInstanceReports().forEach(a -> a.getFailures().forEach(f -> failures.add(a.getSourceScopeId() + ": " + f)));
            r.getTransitionInstanceReports().forEach(t -> t.getFailures().forEach(f -> failures.add(t.getSourceScopeId() + ": " + f)));
            throw new DomainException("modeling.migration.invalid", r.getProcessInstanceId() + ": " + String.join("; ", failures));
        }
        String note = changeNote == null || changeNote.isBlank() ? "migration" : changeNote.strip();
        audit.save(new ModelAuditEntry(Action.MIGRATE, user.username(), clock.instant(), note, null,
                List.of(processDefinition(sourceDefinitionId).getResourceName()),
                List.of(sourceDefinitionId + " -> " + targetDefinitionId), ids));
        log.info("Migration by {}: {} instance(s) {} -> {}", user.username(), ids.size(), sourceDefinitionId, targetDefinitionId);
        tellOtherOwners("notification.model.migrated", user.username(), sourceDefinitionId + " → " + targetDefinitionId,
                Integer.toString(ids.size()));
        return ids;
    }

    // ---------------------------------------------------------------- catalogue

    /** Every deployed version of every process, decision and form, newest first per key. */
    @PreAuthorize(OWNERS)
    public List<Definition> catalogue() {
        requireOwner();
        Map<String, Deployment> deployments = repositoryService.createDeploymentQuery().list().stream()
                .collect(Collectors.toMap(Deployment::getId, Function.identity()));
        Map<String, ModelAuditEntry> audited = new LinkedHashMap<>();
        audit.findAll().forEach(a -> {
            if (a.getDeploymentId() != null) {
                audited.putIfAbsent(a.getDeploymentId(), a);
            }
        });
        List<Definition> result = new ArrayList<>();
        for (ProcessDefinition d : repositoryService.createProcessDefinitionQuery().list()) {
            result.add(definition(Kind.PROCESS, d.getId(), d.getKey(), d.getName(), d.getVersion(), d.getDeploymentId(),
                    d.getResourceName(), deployments, audited,
                    runtimeService.createProcessInstanceQuery().processDefinitionId(d.getId()).count()));
        }
        for (DecisionDefinition d : repositoryService.createDecisionDefinitionQuery().list()) {
            result.add(definition(Kind.DECISION, d.getId(), d.getKey(), d.getName(), d.getVersion(), d.getDeploymentId(),
                    d.getResourceName(), deployments, audited, 0));
        }
        for (String deploymentId : deployments.keySet()) {
            for (CamundaFormDefinitionEntity f : formsOf(deploymentId)) {
                result.add(definition(Kind.FORM, f.getId(), f.getKey(), f.getKey(), f.getVersion(), f.getDeploymentId(),
                        f.getResourceName(), deployments, audited, 0));
            }
        }
        result.sort(Comparator.comparing(Definition::kind).thenComparing(Definition::key)
                .thenComparing(Definition::version, Comparator.reverseOrder()));
        return result;
    }

    private Definition definition(Kind kind, String id, String key, String name, int version, String deploymentId,
                                  String resourceName, Map<String, Deployment> deployments,
                                  Map<String, ModelAuditEntry> audited, long running) {
        Deployment deployment = deployments.get(deploymentId);
        ModelAuditEntry entry = audited.get(deploymentId);
        String by = entry != null ? entry.getUsername()
                : deployment != null && "bizizmir-classpath".equals(deployment.getSource()) ? "classpath" : "";
        String note = entry != null ? entry.getChangeNote() : "";
        return new Definition(kind, id, key, name == null ? key : name, version, deploymentId, resourceName,
                deployment == null || deployment.getDeploymentTime() == null ? null : deployment.getDeploymentTime().toInstant(),
                by, note, running);
    }

    /** One version by its definition id. */
    @PreAuthorize(OWNERS)
    public Definition definition(String definitionId) {
        return catalogue().stream().filter(d -> d.id().equals(definitionId)).findFirst()
                .orElseThrow(() -> new DomainException.NotFound("modeling.not-found", definitionId));
    }

    /** The deployed resource of a version, byte for byte as it was deployed. */
    @PreAuthorize(OWNERS)
    public ModelResource export(Definition definition) {
        requireOwner();
        try (InputStream in = repositoryService.getResourceAsStream(definition.deploymentId(), definition.resourceName())) {
            return new ModelResource(definition.resourceName(), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Running instances per activity of a process version (where they wait), for the diagram view. */
    @PreAuthorize(OWNERS)
    public Map<String, Integer> runningPerActivity(String processDefinitionId) {
        requireOwner();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ActivityStatistics s : managementService.createActivityStatisticsQuery(processDefinitionId).list()) {
            counts.merge(s.getId().replace("#multiInstanceBody", ""), s.getInstances(), Integer::sum);
        }
        return counts;
    }

    /** The audit trail, newest first. */
    @PreAuthorize(OWNERS)
    public List<ModelAuditEntry> auditTrail() {
        requireOwner();
        return audit.findAllByOrderByAtDescIdDesc();
    }

    /** Structured differences between two versions of a BPMN process or DMN decision. */
    @PreAuthorize(OWNERS)
    public List<ModelDiff.Change> diff(String olderDefinitionId, String newerDefinitionId) {
        Definition a = definition(olderDefinitionId);
        Definition b = definition(newerDefinitionId);
        return ModelDiff.compare(export(a).bytes(), export(b).bytes());
    }

    // ---------------------------------------------------------------- helpers

    private ProcessDefinition processDefinition(String id) {
        ProcessDefinition d = repositoryService.createProcessDefinitionQuery().processDefinitionId(id).singleResult();
        if (d == null) {
            throw new DomainException.NotFound("modeling.not-found", id);
        }
        return d;
    }

    private List<CamundaFormDefinitionEntity> formsOf(String deploymentId) {
        var cfg = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        return cfg.getCommandExecutorTxRequired().execute(c ->
                c.getCamundaFormDefinitionManager().findDefinitionsByDeploymentId(deploymentId));
    }

    /** Service-level check on top of the method security: only process owners and admins. */
    private BizizmirUser requireOwner() {
        BizizmirUser user = currentUser.require();
        if (!user.hasRole(AppRoles.PROCESS_OWNER) && !user.hasRole(AppRoles.ADMIN)) {
            throw new AccessDeniedException("process-owner or admin only");
        }
        return user;
    }
}
