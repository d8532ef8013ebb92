package tr.bel.izmir.bizizmir.assembly.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import tr.bel.izmir.bizizmir.assembly.AssemblyMember;

import java.util.List;
import java.util.Optional;

public interface AssemblyMemberRepository extends JpaRepository<AssemblyMember, Long> {

    List<AssemblyMember> findByAssemblyId(Long assemblyId);

    Optional<AssemblyMember> findByAssemblyIdAndUsername(Long assemblyId, String username);

    List<AssemblyMember> findByUsername(String username);
}
