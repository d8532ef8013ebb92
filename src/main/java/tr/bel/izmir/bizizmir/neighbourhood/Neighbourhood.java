package tr.bel.izmir.bizizmir.neighbourhood;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A neighbourhood (mahalle) of a district; its code is stable and URL-safe. */
@Entity
@Table(name = "neighbourhood")
public class Neighbourhood implements NeighbourhoodInfo {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 120)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "district_id")
    private District district;

    private Integer population;

    protected Neighbourhood() {
    }

    public Neighbourhood(District district, String name, Integer population) {
        this.district = district;
        this.name = name;
        this.code = TurkishText.slug(district.getCode() + " " + name);
        this.population = population;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public District getDistrict() {
        return district;
    }

    public Integer getPopulation() {
        return population;
    }

    void setPopulation(Integer population) {
        this.population = population;
    }

    /** "Sığacık, Seferihisar". */
    public String getDisplayName() {
        return name + ", " + district.getName();
    }
}
