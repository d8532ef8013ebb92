package tr.bel.izmir.bizizmir.security.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonNameRepository extends JpaRepository<PersonName, String> {
}
