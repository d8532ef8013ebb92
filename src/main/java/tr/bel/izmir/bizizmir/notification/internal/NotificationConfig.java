package tr.bel.izmir.bizizmir.notification.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import tr.bel.izmir.bizizmir.notification.NotificationProperties;

import java.time.Clock;

/**
 * The notification machinery: its own small thread pool for dispatching (named, so it is
 * never the engine's job executor pool), scheduling for the mail sender, and the token signer.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
@EnableConfigurationProperties(NotificationProperties.class)
public class NotificationConfig {

    public static final String EXECUTOR = "notificationExecutor";

    @Bean(EXECUTOR)
    ThreadPoolTaskExecutor notificationExecutor() {
        var executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("notify-");
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(2);
        // A full queue refuses; the refused publication stays incomplete and is resubmitted later.
        executor.setQueueCapacity(1000);
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(20);
        return executor;
    }

    @Bean
    SignedTokens notificationTokens(NotificationProperties properties, Clock clock) {
        return new SignedTokens(properties.tokenSecret(), clock);
    }
}
