package tr.bel.izmir.bizizmir.neighbourhood.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import tr.bel.izmir.bizizmir.neighbourhood.VerificationAttempt;

import java.time.Instant;

public interface VerificationAttemptRepository extends JpaRepository<VerificationAttempt, Long> {

    long countByUsernameAndSucceededFalseAndAttemptedAtAfter(String username, Instant since);

    java.util.List<tr.bel.izmir.bizizmir.neighbourhood.VerificationAttempt> findByUsernameOrderByAttemptedAt(String username);

    @org.springframework.data.jpa.repository.Modifying
    long deleteByUsername(String username);
}
