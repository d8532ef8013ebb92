package tr.bel.izmir.bizizmir.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Spring + PostgreSQL test: the whole application on a random port, against a real
 * PostgreSQL, with the local login and the demo data. The {@code local} profile says so
 * explicitly: the suite runs the local demo's settings (demo users, development secrets),
 * which the application refuses anywhere else (DeploymentSafetyCheck). Every test with this annotation
 * shares one Spring context (and one database), so tests must not depend on a clean slate. A
 * browser a test leaves in a {@code Browser} field is closed after each test ({@link BrowsersClosed}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"local", "postgres", "test"})
@ContextConfiguration(initializers = PostgresInitializer.class)
@org.junit.jupiter.api.extension.ExtendWith(BrowsersClosed.class)
@org.springframework.context.annotation.Import(tr.bel.izmir.bizizmir.voting.VoteFixtures.class)
public @interface IntegrationTest {
}
