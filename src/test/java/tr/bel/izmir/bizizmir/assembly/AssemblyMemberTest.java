package tr.bel.izmir.bizizmir.assembly;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Only members with a current term vote and count towards the quorum. */
class AssemblyMemberTest {

    static final LocalDate START = LocalDate.of(2026, 1, 1);
    static final LocalDate END = LocalDate.of(2027, 12, 31);

    @Test
    void a_term_includes_its_first_and_last_day() {
        var member = new AssemblyMember(1, "uye", AssemblyMemberInfo.Role.MEMBER, START, END);
        assertThat(member.servesOn(START)).isTrue();
        assertThat(member.servesOn(END)).isTrue();
    }

    @Test
    void before_and_after_the_term_a_member_does_not_serve() {
        var member = new AssemblyMember(1, "uye", AssemblyMemberInfo.Role.MEMBER, START, END);
        assertThat(member.servesOn(START.minusDays(1))).isFalse();
        assertThat(member.servesOn(END.plusDays(1))).isFalse();
    }

    @Test
    void an_open_ended_term_goes_on() {
        var chair = new AssemblyMember(1, "baskan", AssemblyMemberInfo.Role.CHAIR, START, null);
        assertThat(chair.servesOn(START.plusYears(10))).isTrue();
    }
}
