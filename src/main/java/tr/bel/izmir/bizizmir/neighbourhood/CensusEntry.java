package tr.bel.izmir.bizizmir.neighbourhood;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One line of the census list that officers import: who lives where, by ID hash only. */
@Entity
@Table(name = "census_entry")
public class CensusEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "id_hash", nullable = false, unique = true, length = 64)
    private String idHash;
    @Column(name = "birth_year", nullable = false)
    private int birthYear;
    @Column(name = "neighbourhood_id", nullable = false)
    private Long neighbourhoodId;
    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected CensusEntry() {
    }

    CensusEntry(String idHash, int birthYear, Long neighbourhoodId, Instant importedAt) {
        this.idHash = idHash;
        this.birthYear = birthYear;
        this.neighbourhoodId = neighbourhoodId;
        this.importedAt = importedAt;
    }

    void update(int birthYear, Long neighbourhoodId, Instant importedAt) {
        this.birthYear = birthYear;
        this.neighbourhoodId = neighbourhoodId;
        this.importedAt = importedAt;
    }

    public String getIdHash() { return idHash; }
    public int getBirthYear() { return birthYear; }
    public Long getNeighbourhoodId() { return neighbourhoodId; }
}
