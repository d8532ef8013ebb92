package tr.bel.izmir.bizizmir.support;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.jupiter.api.extension.TestWatcher;

import java.util.List;
import java.util.Optional;

/**
 * The set-up every {@link ProcessTest} shares. JUnit makes one per test class (as a static
 * {@code @RegisterExtension} field in each class did before), so each class gets its own
 * coverage count and report in {@code target/process-test-coverage/}. It
 * <ul>
 *   <li>is Camunda's process-test-coverage extension (which is Camunda's JUnit 5 extension: the
 *       engine of {@code camunda.cfg.xml}, the class's or method's {@code @Deployment}) asserting
 *       100 % class coverage after the class's last test;</li>
 *   <li>points camunda-bpm-assert ({@code BpmnAwareTests}) at that engine before each test: the
 *       Spring tests' engine lives in the same JVM and would otherwise be the one asserted on;</li>
 *   <li>resets the delegate mocks and the assertions' engine after each test.</li>
 * </ul>
 * The coverage extension is a final class, hence this wrapper that hands each callback on.
 */
public final class ProcessTestEngine implements TestInstancePostProcessor, BeforeAllCallback, BeforeEachCallback,
        BeforeTestExecutionCallback, AfterTestExecutionCallback, AfterEachCallback, AfterAllCallback,
        ParameterResolver, TestWatcher {

    /** Every process test covers all of the models it deploys. */
    public static final double CLASS_COVERAGE = 1.0;

    private final ProcessEngineCoverageExtension coverage = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(CLASS_COVERAGE).build();

    /** Registers delegates that do nothing but add their own name to {@code calls}, in the order they run. */
    public static void recordCalls(List<String> calls, String... delegateNames) {
        for (String name : delegateNames) {
            Mocks.register(name, (JavaDelegate) execution -> calls.add(name));
        }
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
        coverage.postProcessTestInstance(testInstance, context);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        coverage.beforeAll(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        BpmnAwareTests.init(coverage.getProcessEngine());
    }

    @Override
    public void beforeTestExecution(ExtensionContext context) {
        coverage.beforeTestExecution(context);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        coverage.afterTestExecution(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        coverage.afterAll(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return coverage.supportsParameter(parameter, context);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return coverage.resolveParameter(parameter, context);
    }

    @Override
    public void testSuccessful(ExtensionContext context) {
        coverage.testSuccessful(context);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        coverage.testFailed(context, cause);
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        coverage.testAborted(context, cause);
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        coverage.testDisabled(context, reason);
    }
}
