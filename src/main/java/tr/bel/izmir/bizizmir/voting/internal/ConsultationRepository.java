package tr.bel.izmir.bizizmir.voting.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import tr.bel.izmir.bizizmir.voting.Consultation;

import java.util.List;

public interface ConsultationRepository extends JpaRepository<Consultation, Long> {

    List<Consultation> findAllByOrderByCreatedAtDesc();
}
