package tr.bel.izmir.bizizmir.assembly.process;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.process.CaseVariables;
import tr.bel.izmir.bizizmir.support.ProcessTest;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static tr.bel.izmir.bizizmir.assembly.process.AssemblyMembershipProcess.*;

/** Every path of the real AssemblyMembershipProcess.bpmn; the membership service is a fake. */
@ProcessTest
@Deployment(resources = {"processes/AssemblyMembershipProcess.bpmn", "forms/AssemblyMembershipCheck.form"})
class AssemblyMembershipProcessTest {

    final List<String> calls = new ArrayList<>();
    final Date due = new Date(System.currentTimeMillis() + 7L * 24 * 3600 * 1000);

    @BeforeEach
    void registerDelegates() {
        Mocks.register("prepareMembershipCheckDelegate", (JavaDelegate) execution -> {
            calls.add("prepare");
            execution.setVariable(VAR_APPLICATION_SUMMARY, "Bireysel gönüllü: sakin");
            execution.setVariable(VAR_CHECK_DUE_AT, due);
        });
        Mocks.register("admitAssemblyMemberDelegate", (JavaDelegate) execution -> calls.add("admit"));
        Mocks.register("refuseMembershipApplicationDelegate", (JavaDelegate) execution -> {
            Object reason = execution.getVariable(VAR_REFUSAL_REASON);
            if (reason == null || reason.toString().isBlank()) {
                throw new DomainException("membership.error.reason-required", 10);
            }
            calls.add("refuse:" + reason);
        });
    }

    ProcessInstance start() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(KEY, "11",
                withVariables(CaseVariables.CASE_TITLE, "Sığacık Mahalle Meclisi: sakin", CaseVariables.NEIGHBOURHOOD_ID, 4L));
        assertThat(pi).isWaitingAt(TASK_CHECK);
        assertThat(task()).hasCandidateGroup("dept-participation").hasDueDate(due);
        return pi;
    }

    @Test
    void an_officer_admits_the_applicant() {
        ProcessInstance pi = start();
        complete(task(), withVariables(VAR_CHECK_DECISION, ADMIT));
        assertThat(pi).isEnded().hasPassed(END_ADMITTED).hasNotPassed(END_REFUSED);
        assertThat(calls).containsExactly("prepare", "admit");
    }

    @Test
    void an_officer_refuses_with_a_reason() {
        ProcessInstance pi = start();
        complete(task(), withVariables(VAR_CHECK_DECISION, REFUSE, VAR_REFUSAL_REASON, "Girişim bu mahallede etkin değil."));
        assertThat(pi).isEnded().hasPassed(END_REFUSED).hasNotPassed(END_ADMITTED);
        assertThat(calls).containsExactly("prepare", "refuse:Girişim bu mahallede etkin değil.");
    }

    @Test
    void a_refusal_without_a_reason_leaves_the_check_open() {
        ProcessInstance pi = start();
        var check = task();
        assertThatThrownBy(() -> complete(check, withVariables(VAR_CHECK_DECISION, REFUSE))).isInstanceOf(DomainException.class);
        assertThat(pi).isWaitingAt(TASK_CHECK);
        assertThat(calls).containsExactly("prepare");
    }
}
