package tr.bel.izmir.bizizmir.assembly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/** An application to join a neighbourhood assembly, checked by an officer. */
@Entity
@Table(name = "assembly_membership_application")
public class MembershipApplication implements MembershipApplicationInfo {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "assembly_id", nullable = false)
    private Long assemblyId;
    @Column(nullable = false, length = 120)
    private String applicant;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;
    @Column(name = "initiative_name", length = 150)
    private String initiativeName;
    @Column(nullable = false, length = 2000)
    private String motivation;
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;
    @Column(name = "decided_by", length = 120)
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "refusal_reason", length = 1000)
    private String refusalReason;

    protected MembershipApplication() {
    }

    MembershipApplication(long assemblyId, String applicant, Kind kind, String initiativeName, String motivation, Instant submittedAt) {
        this.assemblyId = assemblyId;
        this.applicant = applicant;
        this.kind = kind;
        this.initiativeName = initiativeName;
        this.motivation = motivation;
        this.submittedAt = submittedAt;
        this.status = Status.PENDING;
    }

    /** KVKK erasure of a decided application: the decision stays, the applicant and their words go. */
    void erase() {
        this.applicant = "erased-" + id;
        this.motivation = "";
    }

    void admit(String by, Instant at) {
        this.status = Status.ADMITTED;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    void refuse(String reason, String by, Instant at) {
        this.status = Status.REFUSED;
        this.refusalReason = reason;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public Long getId() { return id; }
    public Long getAssemblyId() { return assemblyId; }
    public String getApplicant() { return applicant; }
    public Kind getKind() { return kind; }
    public Optional<String> getInitiativeName() { return Optional.ofNullable(initiativeName); }
    public String getMotivation() { return motivation; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Status getStatus() { return status; }
    public Optional<String> getDecidedBy() { return Optional.ofNullable(decidedBy); }
    public Optional<Instant> getDecidedAt() { return Optional.ofNullable(decidedAt); }
    public Optional<String> getRefusalReason() { return Optional.ofNullable(refusalReason); }
}
