package tr.bel.izmir.bizizmir.parkevent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A bookable part of a Living Park; one event at a time, up to its capacity. */
@Entity
@Table(name = "park_area")
public class ParkArea implements ParkAreaInfo {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "park_id", nullable = false)
    private Long parkId;
    @Column(nullable = false, length = 150)
    private String name;
    @Column(nullable = false)
    private int capacity;

    protected ParkArea() {
    }

    ParkArea(long parkId, String name, int capacity) {
        this.parkId = parkId;
        update(name, capacity);
    }

    void update(String name, int capacity) {
        this.name = name.strip();
        this.capacity = capacity;
    }

    public Long getId() { return id; }
    public Long getParkId() { return parkId; }
    public String getName() { return name; }
    public int getCapacity() { return capacity; }
}
