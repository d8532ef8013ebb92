package tr.bel.izmir.bizizmir.security.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginViewTest {

    @Test
    void the_wait_in_the_address_is_shown_only_as_a_plain_small_number() {
        assertThat(LoginView.seconds("30")).isEqualTo(30);
        assertThat(LoginView.seconds("900")).isEqualTo(900);
        for (String odd : new String[]{null, "", "0", "-5", "1e9", "12345678", "<b>5</b>", "٣"}) {
            assertThat(LoginView.seconds(odd)).as(String.valueOf(odd)).isEqualTo(1);
        }
    }
}
