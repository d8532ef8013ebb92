package tr.bel.izmir.bizizmir.shared;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class TimeConfig {

    /** Injected everywhere "now" matters, so tests can move time instead of sleeping. */
    @Bean
    Clock clock() {
        return Clock.system(IzmirTime.ZONE);
    }
}
