package tr.bel.izmir.bizizmir.cases.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import tr.bel.izmir.bizizmir.cases.CaseNote;

import java.util.List;

public interface CaseNoteRepository extends JpaRepository<CaseNote, Long> {

    List<CaseNote> findByCaseKindAndCaseKeyOrderByCreatedAtAscIdAsc(String caseKind, String caseKey);

    List<CaseNote> findByAuthorOrderByCreatedAtAsc(String author);
}
