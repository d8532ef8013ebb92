package tr.bel.izmir.bizizmir.neighbourhood;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Every verification attempt is logged; failed ones count towards the daily limit. */
@Entity
@Table(name = "verification_attempt")
public class VerificationAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = 120)
    private String username;
    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;
    @Column(nullable = false)
    private boolean succeeded;
    @Column(length = 60)
    private String reason;

    protected VerificationAttempt() {
    }

    VerificationAttempt(String username, Instant attemptedAt, boolean succeeded, String reason) {
        this.username = username;
        this.attemptedAt = attemptedAt;
        this.succeeded = succeeded;
        this.reason = reason;
    }

    public boolean isSucceeded() { return succeeded; }
    public Instant getAttemptedAt() { return attemptedAt; }
    public String getReason() { return reason; }
}
