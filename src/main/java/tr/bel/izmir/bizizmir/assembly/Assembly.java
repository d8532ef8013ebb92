package tr.bel.izmir.bizizmir.assembly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** The neighbourhood assembly of one neighbourhood (at most one each). */
@Entity
@Table(name = "assembly")
public class Assembly implements AssemblyInfo {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "neighbourhood_id", nullable = false, unique = true)
    private Long neighbourhoodId;

    @Column(nullable = false, length = 160)
    private String name;

    @Column(nullable = false)
    private boolean pilot;

    @Column(name = "established_on", nullable = false)
    private LocalDate establishedOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @jakarta.persistence.Version
    private long version;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    protected Assembly() {
    }

    Assembly(Long neighbourhoodId, String name, boolean pilot, LocalDate establishedOn, Instant createdAt) {
        this.neighbourhoodId = neighbourhoodId;
        this.name = name;
        this.pilot = pilot;
        this.establishedOn = establishedOn;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getNeighbourhoodId() {
        return neighbourhoodId;
    }

    public String getName() {
        return name;
    }

    public boolean isPilot() {
        return pilot;
    }

    public LocalDate getEstablishedOn() {
        return establishedOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    /** A coordinator's edit: the name and whether it is one of the programme's pilots. */
    void edit(String name, boolean pilot, String by, Instant at) {
        this.name = name;
        this.pilot = pilot;
        this.updatedBy = by;
        this.updatedAt = at;
    }
}
