package tr.bel.izmir.bizizmir.neighbourhood;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A person verified as living in a neighbourhood, by a census entry with the same ID hash. */
@Entity
@Table(name = "resident")
public class Resident {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, unique = true, length = 120)
    private String username;
    @Column(name = "id_hash", nullable = false, unique = true, length = 64)
    private String idHash;
    @Column(name = "neighbourhood_id", nullable = false)
    private Long neighbourhoodId;
    @Column(name = "birth_year", nullable = false)
    private int birthYear;
    @Column(name = "consent_at", nullable = false)
    private Instant consentAt;
    @Column(name = "verified_at", nullable = false)
    private Instant verifiedAt;

    protected Resident() {
    }

    Resident(String username, String idHash, Long neighbourhoodId, int birthYear, Instant consentAt, Instant verifiedAt) {
        this.username = username;
        this.idHash = idHash;
        this.neighbourhoodId = neighbourhoodId;
        this.birthYear = birthYear;
        this.consentAt = consentAt;
        this.verifiedAt = verifiedAt;
    }

    void moveTo(Long neighbourhoodId, int birthYear, Instant consentAt, Instant verifiedAt) {
        this.neighbourhoodId = neighbourhoodId;
        this.birthYear = birthYear;
        this.consentAt = consentAt;
        this.verifiedAt = verifiedAt;
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getIdHash() { return idHash; }
    public Long getNeighbourhoodId() { return neighbourhoodId; }
    public int getBirthYear() { return birthYear; }
    public Instant getConsentAt() { return consentAt; }
    public Instant getVerifiedAt() { return verifiedAt; }
}
