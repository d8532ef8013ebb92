package tr.bel.izmir.bizizmir.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.RequestRejectedException;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FirewallRulesTest {

    // The regular expressions of Spring Security's StrictHttpFirewall (6.5) that the loops replace.
    private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void sameAnswerAsTheRegularExpressionsForEveryCodePoint() {
        int differences = 0;
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                continue; // not a code point on its own; lone surrogates are checked below
            }
            String s = "a" + new String(Character.toChars(c)) + "b";
            if (FirewallRules.assignedAndNotControl(s) != NAMES.matcher(s).matches()) {
                differences++;
            }
            if (FirewallRules.headerValue(s) != VALUES.matcher(s).matches()) {
                differences++;
            }
        }
        assertThat(differences).isZero();
        for (String s : new String[] {"", "\t", "x\ty", "\uD800", "a\uDC00", "\u0085", "\u00a0", "İzmir Büyükşehir"}) {
            assertThat(FirewallRules.assignedAndNotControl(s)).as(s).isEqualTo(NAMES.matcher(s).matches());
            assertThat(FirewallRules.headerValue(s)).as(s).isEqualTo(VALUES.matcher(s).matches());
        }
    }

    @Test
    void theFirewallStillRefusesControlCharactersInHeaders() {
        var firewall = FirewallRules.strictFirewall();
        var request = new MockHttpServletRequest("GET", "/api/v1/public/votes");
        request.addHeader("X-Note", "line\u0007bell");
        request.addHeader("Accept-Language", "tr-TR,tr;q=0.9");
        var checked = firewall.getFirewalledRequest(request);
        assertThat(checked.getHeader("Accept-Language")).isEqualTo("tr-TR,tr;q=0.9");
        assertThatThrownBy(() -> checked.getHeader("X-Note")).isInstanceOf(RequestRejectedException.class);
    }
}
