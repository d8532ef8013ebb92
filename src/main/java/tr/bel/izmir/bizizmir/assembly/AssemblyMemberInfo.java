package tr.bel.izmir.bizizmir.assembly;

import java.time.LocalDate;

/**
 * Assembly member as other features see it: read-only; the entity stays in the assembly feature.
 */
public interface AssemblyMemberInfo {

    enum Role { MEMBER, CHAIR, SECRETARY }

    boolean servesOn(LocalDate day);
    java.util.Optional<LocalDate> getResignedOn();
    Long getId();
    Long getAssemblyId();
    String getUsername();
    Role getRole();
    LocalDate getTermStart();
    LocalDate getTermEnd();
}
