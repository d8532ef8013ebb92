package tr.bel.izmir.bizizmir.assembly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A person serving in one assembly for a term; only members with a current term may vote. */
@Entity
@Table(name = "assembly_member")
public class AssemblyMember implements AssemblyMemberInfo {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "assembly_id", nullable = false)
    private Long assemblyId;
    @Column(nullable = false, length = 120)
    private String username;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;
    @Column(name = "term_start", nullable = false)
    private LocalDate termStart;
    @Column(name = "term_end")
    private LocalDate termEnd;
    @Column(name = "resigned_on")
    private LocalDate resignedOn;

    protected AssemblyMember() {
    }

    AssemblyMember(long assemblyId, String username, Role role, LocalDate termStart, LocalDate termEnd) {
        this.assemblyId = assemblyId;
        this.username = username;
        this.role = role;
        this.termStart = termStart;
        this.termEnd = termEnd;
    }

    /** First and last day of the term count; a member who resigned no longer serves from that day. */
    public boolean servesOn(LocalDate day) {
        return !termStart.isAfter(day) && (termEnd == null || !termEnd.isBefore(day))
                && (resignedOn == null || day.isBefore(resignedOn));
    }

    /** Resigns today: the term ends today and the member no longer serves. */
    void resign(LocalDate today) {
        this.resignedOn = today;
        this.termEnd = today;
    }

    /** A new term (re-admission or renewal), clearing an earlier resignation. */
    void startTerm(Role role, LocalDate start, LocalDate end) {
        this.role = role;
        this.termStart = start;
        this.termEnd = end;
        this.resignedOn = null;
    }

    /** KVKK erasure: stops serving (if still serving) and no longer names the person. */
    void erase(LocalDate today) {
        if (resignedOn == null && (termEnd == null || !termEnd.isBefore(today))) {
            resign(today);
        }
        this.username = "erased-" + id;
    }

    void changeRole(Role role) {
        this.role = role;
    }

    void changeTerm(LocalDate start, LocalDate end) {
        this.termStart = start;
        this.termEnd = end;
    }

    public java.util.Optional<LocalDate> getResignedOn() {
        return java.util.Optional.ofNullable(resignedOn);
    }

    public Long getId() {
        return id;
    }

    public Long getAssemblyId() {
        return assemblyId;
    }

    public String getUsername() {
        return username;
    }

    public Role getRole() {
        return role;
    }

    public LocalDate getTermStart() {
        return termStart;
    }

    public LocalDate getTermEnd() {
        return termEnd;
    }
}
