package tr.bel.izmir.bizizmir.parkevent.process;

import org.junit.jupiter.api.Test;
import tr.bel.izmir.bizizmir.support.Decisions;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static tr.bel.izmir.bizizmir.parkevent.process.ParkEventApprovalProcess.*;

/** One test per row of processes/ParkEventEligibility.dmn, in the table's order. */
class ParkEventEligibilityDecisionTest {

    static final Decisions.Decision decision = Decisions.parse("ParkEventEligibility.dmn", DECISION_ELIGIBILITY);

    static Map<String, Object> eligible() {
        return ParkEventApprovalProcessTest.eligibleFacts();
    }

    @Test
    void refuses_an_event_outside_the_parks_opening_hours() {
        var f = eligible();
        f.put(VAR_WITHIN_OPENING_HOURS, false);
        f.put(VAR_LEAD_DAYS, 3); // the first failing rule is the one reported
        decision.assertRefused(f, "outside-opening-hours");
    }

    @Test
    void refuses_more_people_than_the_area_holds() {
        var f = eligible();
        f.put(VAR_EXPECTED_ATTENDANCE, 151);
        decision.assertRefused(f, "over-capacity");
        f.put(VAR_EXPECTED_ATTENDANCE, 150);
        assertThat(decision.row(f).get("eligible")).as("exactly the capacity fits").isEqualTo(true);
    }

    @Test
    void refuses_an_application_less_than_14_days_ahead() {
        var f = eligible();
        f.put(VAR_LEAD_DAYS, 13);
        decision.assertRefused(f, "lead-time");
        f.put(VAR_LEAD_DAYS, 14);
        assertThat(decision.row(f).get("eligible")).isEqualTo(true);
    }

    @Test
    void refuses_a_commercial_event() {
        var f = eligible();
        f.put(VAR_COMMERCIAL, true);
        decision.assertRefused(f, "commercial");
    }

    @Test
    void refuses_a_group_whose_standing_is_below_40() {
        var f = eligible();
        f.put(VAR_GROUP_STANDING, 39);
        decision.assertRefused(f, "low-standing");
        f.put(VAR_GROUP_STANDING, 40);
        assertThat(decision.row(f).get("eligible")).isEqualTo(true);
    }

    @Test
    void refuses_a_third_event_of_a_group_in_one_month() {
        var f = eligible();
        f.put(VAR_OTHER_EVENTS_IN_MONTH, 2);
        decision.assertRefused(f, "monthly-limit");
        f.put(VAR_OTHER_EVENTS_IN_MONTH, 1);
        assertThat(decision.row(f).get("eligible")).isEqualTo(true);
    }

    @Test
    void refuses_an_event_on_a_blackout_date() {
        var f = eligible();
        f.put(VAR_BLACKOUT_DATE, true);
        decision.assertRefused(f, "blackout-date");
    }

    @Test
    void accepts_an_application_that_passes_every_check() {
        var out = decision.row(eligible());
        assertThat(out.get("eligible")).isEqualTo(true);
        assertThat(out.get("reasonCode")).isEqualTo("eligible");
    }
}
