package tr.bel.izmir.bizizmir.modeling;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.builder.StartEventBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import tr.bel.izmir.bizizmir.modeling.ModelProblem.Code;
import tr.bel.izmir.bizizmir.modeling.ProcessModels.DeployResult;
import tr.bel.izmir.bizizmir.modeling.ProcessModels.Mapping;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Process owners deploy on the real application and PostgreSQL: validated new versions with a
 * change note, migration of running instances with a plan checked first, roll-back, byte-for-byte
 * export, and every kind of bad input refused with its element and reason, nothing deployed.
 */
@IntegrationTest
class ModelDeploymentIT {

    @Autowired ProcessModels models;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    String key;

    @BeforeEach
    void uniqueKey() {
        key = "ModelingIt_" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A process: start, then what {@code middle} adds, then an end event; laid out with DI. */
    String bpmn(Function<StartEventBuilder, AbstractFlowNodeBuilder<?, ?>> middle) {
        var start = Bpmn.createExecutableProcess(key).name("Modeling IT").camundaHistoryTimeToLiveString("P30D")
                .startEvent("Start").name("Start");
        return Bpmn.convertToString(middle.apply(start).endEvent("End").name("End").done());
    }

    String v1() {
        return bpmn(s -> s.userTask("Review").name("Review").camundaCandidateGroups("process-owner"));
    }

    ModelResource resource(String xml) {
        return ModelResource.of("processes/" + key + ".bpmn", xml);
    }

    DeployResult deployAsSurec(String note, ModelResource... resources) {
        return RunAs.user("surec", () -> models.deploy(List.of(resources), note), "process-owner");
    }

    List<ModelProblem> refused(ModelResource... resources) {
        var problems = Refusals.refused(models, repository, List.of(resources));
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
        return problems;
    }

    @Test
    void deployANewVersionMigrateARunningInstanceAndItContinuesOnTheNewVersion() {
        DeployResult first = deployAsSurec("first version", resource(v1()));
        String v1Id = first.definitionIds().get(0);
        ProcessInstance instance = runtime.startProcessInstanceByKey(key);
        assertThat(instance.getProcessDefinitionId()).isEqualTo(v1Id);

        String v2 = bpmn(s -> s.userTask("Review").name("Review").camundaCandidateGroups("process-owner")
                .serviceTask("MarkV2").name("Mark").camundaExpression("${true}").camundaResultVariable("v2")
                .userTask("Confirm").name("Confirm").camundaCandidateGroups("process-owner"));
        DeployResult second = deployAsSurec("adds a confirmation step", resource(v2));
        String v2Id = second.definitionIds().get(0);
        assertThat(second.candidates()).singleElement().satisfies(c -> {
            assertThat(c.sourceId()).isEqualTo(v1Id);
            assertThat(c.targetId()).isEqualTo(v2Id);
            assertThat(c.runningInstances()).isEqualTo(1);
        });

        var preview = RunAs.user("surec", () -> models.previewMigration(v1Id, v2Id), "process-owner");
        assertThat(preview.valid()).as(preview.failures().toString()).isTrue();
        assertThat(preview.instances()).isEqualTo(1);
        assertThat(preview.mappings()).contains(new Mapping("Review", "Review"));

        List<String> migrated = RunAs.user("surec", () -> models.migrate(v1Id, v2Id, "move to v2"), "process-owner");
        assertThat(migrated).containsExactly(instance.getId());
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                .getProcessDefinitionId()).isEqualTo(v2Id);

        var review = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(review.getTaskDefinitionKey()).isEqualTo("Review");
        assertThat(review.getProcessDefinitionId()).isEqualTo(v2Id);
        tasks.complete(review.getId());
        var confirm = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(confirm.getTaskDefinitionKey()).as("continues with version 2's new step").isEqualTo("Confirm");
        assertThat(runtime.getVariable(instance.getId(), "v2")).isEqualTo(true);
        tasks.complete(confirm.getId());
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();

        var trail = RunAs.user("surec", () -> models.auditTrail(), "process-owner");
        assertThat(trail).filteredOn(a -> a.getResources().contains("processes/" + key + ".bpmn"))
                .extracting(ModelAuditEntry::getAction, ModelAuditEntry::getUsername, ModelAuditEntry::getChangeNote)
                .containsExactly(
                        tuple(ModelAuditEntry.Action.MIGRATE, "surec", "move to v2"),
                        tuple(ModelAuditEntry.Action.DEPLOY, "surec", "adds a confirmation step"),
                        tuple(ModelAuditEntry.Action.DEPLOY, "surec", "first version"));
        var catalogue = RunAs.user("surec", () -> models.catalogue(), "process-owner");
        assertThat(catalogue).filteredOn(d -> d.key().equals(key))
                .extracting(ProcessModels.Definition::version, ProcessModels.Definition::deployedBy,
                        ProcessModels.Definition::changeNote)
                .containsExactly(tuple(2, "surec", "adds a confirmation step"), tuple(1, "surec", "first version"));
    }

    /** Who was told of a model change whose text names this process and note (issue 15). */
    List<String> toldOfChange(String note) {
        return jdbc.queryForList("select recipient from notification where kind = 'MODEL_CHANGED' and text_args like ? "
                + "and text_args like ? order by recipient", String.class, "%" + key + "%", "%" + note + "%");
    }

    @Test
    void theOtherProcessOwnersHearOfADeploymentAndTheOneWhoDeployedDoesNot() {
        deployAsSurec("first version by surec", resource(v1()));
        RunAs.user("admin", () -> models.deploy(List.of(resource(v1().replace("name=\"Review\"", "name=\"Review it\""))),
                "wording fix by admin"), "admin");
        tr.bel.izmir.bizizmir.notification.NotificationTesting.eventually("surec hears of the admin's deployment",
                () -> toldOfChange("wording fix by admin").equals(List.of("surec")));
        assertThat(toldOfChange("first version by surec")).as("nobody else is a process owner; surec did it").isEmpty();
    }

    @Test
    void aMigrationThatCannotMapAnActiveActivityIsRefusedWithTheReason() {
        String v1Id = deployAsSurec("first", resource(v1())).definitionIds().get(0);
        ProcessInstance instance = runtime.startProcessInstanceByKey(key);
        String v2Id = deployAsSurec("review renamed",
                resource(bpmn(s -> s.userTask("Assess").name("Assess")))).definitionIds().get(0);

        var preview = RunAs.user("surec", () -> models.previewMigration(v1Id, v2Id), "process-owner");
        assertThat(preview.valid()).isFalse();
        assertThat(preview.failures()).anyMatch(f -> f.startsWith("Review: 1 running instance(s) wait here"));

        assertThatThrownBy(() -> RunAs.user("surec", () -> models.migrate(v1Id, v2Id, "try"), "process-owner"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("modeling.migration.invalid")
                .hasMessageContaining("Review");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                .getProcessDefinitionId()).isEqualTo(v1Id);
    }

    @Test
    void rollBackRedeploysAnOldVersionByteForByteAsTheNewest() {
        String xml1 = v1();
        String v1Id = deployAsSurec("first", resource(xml1)).definitionIds().get(0);
        deployAsSurec("second", resource(bpmn(s -> s.userTask("Review").name("Review (new)"))));

        DeployResult rolledBack = RunAs.user("surec", () -> models.rollback(v1Id, "back to v1"), "process-owner");

        var v3 = RunAs.user("surec", () -> models.definition(rolledBack.definitionIds().get(0)), "process-owner");
        assertThat(v3.version()).isEqualTo(3);
        assertThat(RunAs.user("surec", () -> models.export(v3), "process-owner").text()).isEqualTo(xml1);
        assertThat(RunAs.user("surec", () -> models.auditTrail(), "process-owner").get(0).getAction())
                .isEqualTo(ModelAuditEntry.Action.ROLLBACK);
        var diff = RunAs.user("surec", () -> models.diff(v1Id, v3.id()), "process-owner");
        assertThat(diff).isEmpty();
    }

    @Test
    void everyFileInProcessesAndFormsImportsAndExportsUnchanged() throws Exception {
        List<ModelResource> files = new ArrayList<>();
        for (String folder : List.of("processes", "forms")) {
            try (Stream<Path> s = Files.list(Path.of(folder))) {
                for (Path p : s.sorted().toList()) {
                    files.add(new ModelResource(folder + "/" + p.getFileName(), Files.readAllBytes(p)));
                }
            }
        }
        DeployResult result = RunAs.user("surec",
                () -> models.deploy(files, "round trip of the Camunda Modeler files"), "admin");

        var catalogue = RunAs.user("surec", () -> models.catalogue(), "admin");
        var deployed = catalogue.stream().filter(d -> d.deploymentId().equals(result.deploymentId())).toList();
        assertThat(deployed).extracting(ProcessModels.Definition::resourceName).containsAll(
                files.stream().map(ModelResource::name).toList());
        for (var d : deployed) {
            byte[] original = files.stream().filter(f -> f.name().equals(d.resourceName())).findFirst().orElseThrow().bytes();
            assertThat(RunAs.user("surec", () -> models.export(d), "admin").bytes())
                    .as("export of %s", d.resourceName()).isEqualTo(original);
        }
    }

    @Test
    void malformedXmlIsRefused() {
        String xml = v1();
        assertThat(refused(resource(xml.substring(0, xml.length() / 2))))
                .singleElement().satisfies(p -> {
                    assertThat(p.code()).isEqualTo(Code.MALFORMED);
                    assertThat(p.resource()).isEqualTo("processes/" + key + ".bpmn");
                    assertThat(p.detail()).isNotBlank();
                });
    }

    @Test
    void aProcessThatIsNotExecutableIsRefused() {
        assertThat(refused(resource(v1().replace("isExecutable=\"true\"", "isExecutable=\"false\""))))
                .extracting(ModelProblem::elementId, ModelProblem::code)
                .containsExactly(tuple(key, Code.NOT_EXECUTABLE));
    }

    @Test
    void aMissingHistoryTimeToLiveIsRefused() {
        assertThat(refused(resource(v1().replace("camunda:historyTimeToLive=\"P30D\"", ""))))
                .extracting(ModelProblem::elementId, ModelProblem::code)
                .containsExactly(tuple(key, Code.HISTORY_TIME_TO_LIVE));
    }

    @Test
    void anUnknownDelegateBeanIsRefusedWithItsElement() {
        var problems = refused(resource(bpmn(s -> s.serviceTask("CallSomething").name("Call").camundaDelegateExpression("${noSuchDelegate}"))));
        assertThat(problems).extracting(ModelProblem::elementId, ModelProblem::code, ModelProblem::detail)
                .containsExactly(tuple("CallSomething", Code.UNKNOWN_DELEGATE, "noSuchDelegate"));
        assertThat(problems.get(0).toString())
                .isEqualTo("processes/" + key + ".bpmn / CallSomething: unknown-delegate: noSuchDelegate");
    }

    @Test
    void aKnownDelegateBeanPasses() {
        var problems = RunAs.user("surec", () -> models.validate(List.of(resource(
                bpmn(s -> s.serviceTask("Count").name("Count").camundaDelegateExpression("${countAssemblyVotesDelegate}"))))), "process-owner");
        assertThat(problems).isEmpty();
    }

    @Test
    void anUnknownFormIsRefusedUnlessItIsDeployedOrInTheDeployment() {
        String xml = bpmn(s -> s.userTask("Review").name("Review").camundaFormRef("NoSuchForm_" + key).camundaFormRefBinding("latest"));
        assertThat(refused(resource(xml))).extracting(ModelProblem::elementId, ModelProblem::code, ModelProblem::detail)
                .containsExactly(tuple("Review", Code.UNKNOWN_FORM, "NoSuchForm_" + key));

        var form = ModelResource.of("forms/" + key + ".form",
                "{\"id\":\"NoSuchForm_" + key + "\",\"type\":\"default\",\"components\":[]}");
        assertThat(RunAs.user("surec", () -> models.validate(List.of(resource(xml), form)), "process-owner")).isEmpty();
        String deployedForm = bpmn(s -> s.userTask("Review").name("Review").camundaFormRef("ScreenProposal").camundaFormRefBinding("latest"));
        assertThat(RunAs.user("surec", () -> models.validate(List.of(resource(deployedForm))), "process-owner")).isEmpty();
    }

    @Test
    void aFormTheInboxCannotShowAsItsEditorDoesIsRefusedNamingFileFieldAndProperty() {
        String xml = bpmn(s -> s.userTask("Review").name("Review").camundaFormRef("Form_" + key).camundaFormRefBinding("latest"));
        var form = ModelResource.of("forms/" + key + ".form", """
                {"id":"Form_%s","type":"default","components":[
                  {"type":"filepicker","id":"Field_Files","key":"attachments","label":"Ekler"},
                  {"type":"textfield","id":"Field_Note","key":"note","label":"Not","validate":{"required":true,"customRule":1}},
                  {"type":"textfield","id":"Field_Code","key":"code","label":"Kod",
                   "conditional":{"hide":"={f: function(x) external {java: {class: \\"java.lang.System\\", method signature: \\"exit(int)\\"}}, r: f(1)}.r"}}
                ]}""".formatted(key));

        var problems = refused(resource(xml), form);

        assertThat(problems).extracting(ModelProblem::resource, ModelProblem::elementId, ModelProblem::code)
                .containsExactly(
                        tuple("forms/" + key + ".form", "attachments", Code.FORM_UNSUPPORTED_COMPONENT),
                        tuple("forms/" + key + ".form", "note", Code.FORM_UNSUPPORTED_PROPERTY),
                        tuple("forms/" + key + ".form", "code", Code.FORM_INVALID_EXPRESSION));
        assertThat(problems).extracting(ModelProblem::detail).element(0).isEqualTo("filepicker");
        assertThat(problems).extracting(ModelProblem::detail).element(1).isEqualTo("validate.customRule");
        assertThat(problems.get(2).detail()).startsWith("conditional.hide: ").contains("External functions are disabled");
    }

    @Test
    void aFormWithConditionsAndFeelThatTheInboxEvaluatesIsAccepted() {
        String xml = bpmn(s -> s.userTask("Review").name("Review").camundaFormRef("Form_" + key).camundaFormRefBinding("latest"));
        var form = ModelResource.of("forms/" + key + ".form", """
                {"id":"Form_%s","type":"default","components":[
                  {"type":"radio","id":"Field_Decision","key":"decision","label":"Karar",
                   "values":[{"label":"Onay","value":"approve"},{"label":"Ret","value":"reject"}]},
                  {"type":"textarea","id":"Field_Reason","key":"reason","label":"=\\"Gerekçe: \\" + decision",
                   "validate":{"required":true,"maxLength":"=limit"},"conditional":{"hide":"=decision != \\"reject\\""}}
                ]}""".formatted(key));

        assertThat(RunAs.user("surec", () -> models.validate(List.of(resource(xml), form)), "process-owner")).isEmpty();
    }

    @Test
    void anUnknownDecisionIsRefused() {
        assertThat(refused(resource(bpmn(s -> s.businessRuleTask("Decide").name("Decide").camundaDecisionRef("NoSuchDecision")))))
                .extracting(ModelProblem::elementId, ModelProblem::code, ModelProblem::detail)
                .containsExactly(tuple("Decide", Code.UNKNOWN_DECISION, "NoSuchDecision"));
        assertThat(RunAs.user("surec", () -> models.validate(List.of(resource(
                bpmn(s -> s.businessRuleTask("Decide").name("Decide").camundaDecisionRef("ProposalEligibility"))))), "process-owner")).isEmpty();
    }

    @Test
    void whatOnlyTheEngineRefusesIsFoundByTheDryRunWithItsElement() {
        // A timer without a date, duration or cycle is well-formed XML but the engine cannot parse it.
        String xml = bpmn(s -> s.intermediateCatchEvent("Wait").name("Wait").timerWithDuration("PT1H"))
                .replaceAll("<bpmn:timeDuration[^>]*>PT1H</bpmn:timeDuration>", "")
                .replaceAll("<timeDuration[^>]*>PT1H</timeDuration>", "");
        assertThat(refused(resource(xml))).extracting(ModelProblem::elementId, ModelProblem::code)
                .containsExactly(tuple("Wait", Code.ENGINE));
    }

    @Test
    void aProcessThatBreaksABpmnlintRuleIsRefusedWithElementAndRule() {
        // label-required (bpmnlint:recommended): a task without a name.
        // (the fluent builder names a task after its id: take the name away)
        assertThat(refused(resource(bpmn(s -> s.userTask("Unnamed")).replace(" name=\"Unnamed\"", ""))))
                .extracting(ModelProblem::elementId, ModelProblem::code, ModelProblem::detail)
                .containsExactly(tuple("Unnamed", Code.LINT, "label-required: Element is missing label/name"));
    }

    @Test
    void aValidFileNextToABrokenOneIsNotDeployedEither() {
        var good = ModelResource.of("processes/" + key + "_Good.bpmn", v1());
        var bad = ModelResource.of("processes/" + key + "_Bad.bpmn", "<definitions");
        assertThat(refused(good, bad)).extracting(ModelProblem::resource).containsExactly("processes/" + key + "_Bad.bpmn");
    }

    @Test
    void aChangeNoteIsRequired() {
        assertThatThrownBy(() -> deployAsSurec("  ", resource(v1())))
                .isInstanceOf(DomainException.class).hasMessageContaining("modeling.note-required");
    }

    @Test
    void onlyProcessOwnersAndAdminsDeploy() {
        assertThatThrownBy(() -> RunAs.user("memur", () -> models.deploy(List.of(resource(v1())), "note"),
                "officer", "dept-participation", "dept-parks")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> RunAs.user("memur", () -> models.catalogue(), "officer"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    }
}
