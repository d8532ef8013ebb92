package tr.bel.izmir.bizizmir.feasibility.process;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tr.bel.izmir.bizizmir.support.Decisions;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One case per row of the routing and approval tables. */
class FeasibilityDecisionsTest {

    static final Decisions.Decision routing = Decisions.parse("FeasibilityRouting.dmn",
            FeasibilityCheckProcess.DECISION_ROUTING);
    static final Decisions.Decision approval = Decisions.parse("FeasibilityApproval.dmn",
            FeasibilityCheckProcess.DECISION_APPROVAL);

    @ParameterizedTest(name = "routes {0} to {1}")
    @CsvSource({"parks, dept-parks", "environment, dept-environment", "roads, dept-works",
            "accessibility, dept-works", "culture, dept-culture", "education, dept-culture",
            "sports, dept-culture", "social, dept-social", "libraries, dept-participation"})
    void routes_each_category_to_its_department(String category, String group) {
        assertThat((Object) routing.first(Map.of("category", category))).isEqualTo(group);
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
        assertThat((Object) approval.first(facts)).isEqualTo(required);
    }
}
