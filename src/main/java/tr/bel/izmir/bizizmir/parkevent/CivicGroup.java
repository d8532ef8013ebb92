package tr.bel.izmir.bizizmir.parkevent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A registered civic group (sivil toplum grubu). Its standing (0–100) grows with well-run,
 * reported events and falls with damage, no-shows and missing reports; the eligibility
 * table refuses groups below a threshold.
 */
@Entity
@Table(name = "civic_group")
public class CivicGroup implements CivicGroupInfo {

    public static final int MIN_STANDING = 0;
    public static final int MAX_STANDING = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = 150)
    private String name;
    @Column(name = "neighbourhood_code", nullable = false, length = 120)
    private String neighbourhoodCode;
    @Column(nullable = false, length = 120)
    private String representative;
    @Column(nullable = false)
    private int standing;
    @Column(nullable = false)
    private boolean registered;

    protected CivicGroup() {
    }

    public CivicGroup(String name, String neighbourhoodCode, String representative, int standing, boolean registered) {
        this.name = name;
        this.neighbourhoodCode = neighbourhoodCode;
        this.representative = representative;
        this.standing = Math.max(MIN_STANDING, Math.min(MAX_STANDING, standing));
        this.registered = registered;
    }

    void adjustStanding(int delta) {
        standing = Math.max(MIN_STANDING, Math.min(MAX_STANDING, standing + delta));
    }

    /** KVKK erasure of the representative: the group stays, the person's account name goes. */
    void pseudonymiseRepresentative(String pseudonym) {
        this.representative = pseudonym;
    }

    void setRegistered(boolean registered) {
        this.registered = registered;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getNeighbourhoodCode() { return neighbourhoodCode; }
    public String getRepresentative() { return representative; }
    public int getStanding() { return standing; }
    public boolean isRegistered() { return registered; }
}
