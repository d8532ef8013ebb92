package tr.bel.izmir.bizizmir.feasibility.process;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.FileInputStream;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One case per row of the routing and approval tables. */
class FeasibilityDecisionsTest {

    static DmnEngine dmn;
    static DmnDecision routing;
    static DmnDecision approval;

    @BeforeAll
    static void parse() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (var in = new FileInputStream("processes/FeasibilityRouting.dmn")) {
            routing = dmn.parseDecision(FeasibilityCheckProcess.DECISION_ROUTING, in);
        }
        try (var in = new FileInputStream("processes/FeasibilityApproval.dmn")) {
            approval = dmn.parseDecision(FeasibilityCheckProcess.DECISION_APPROVAL, in);
        }
    }

    @ParameterizedTest(name = "routes {0} to {1}")
    @CsvSource({"parks, dept-parks", "environment, dept-environment", "roads, dept-works",
            "accessibility, dept-works", "culture, dept-culture", "education, dept-culture",
            "sports, dept-culture", "social, dept-social", "libraries, dept-participation"})
    void routes_each_category_to_its_department(String category, String group) {
        var result = dmn.evaluateDecisionTable(routing, Map.of("category", category));
        assertThat((Object) result.getFirstResult().getSingleEntry()).isEqualTo(group);
    }

    @ParameterizedTest(name = "feasible={0} {1} {2} TL -> approval {3}")
    @CsvSource({
            "false, dept-works, 9000000, false",
            "true, dept-works, 500001, true",
            "true, dept-works, 500000, false",
            "true, dept-parks, 250001, true",
            "true, dept-parks, 250000, false",
            "true, dept-culture, 1000, false"})
    void requires_supervisor_approval_above_the_department_threshold(boolean feasible, String group, double cost,
                                                                     boolean required) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("feasible", feasible);
        facts.put("departmentGroup", group);
        facts.put("costEstimate", cost);
        var result = dmn.evaluateDecisionTable(approval, facts);
        assertThat((Object) result.getFirstResult().getSingleEntry()).isEqualTo(required);
    }
}
