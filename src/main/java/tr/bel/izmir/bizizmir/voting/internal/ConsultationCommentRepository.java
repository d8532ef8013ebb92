package tr.bel.izmir.bizizmir.voting.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import tr.bel.izmir.bizizmir.voting.ConsultationComment;

import java.util.List;

public interface ConsultationCommentRepository extends JpaRepository<ConsultationComment, Long> {

    List<ConsultationComment> findByConsultationIdAndStatusOrderByCreatedAt(Long consultationId,
                                                                            ConsultationComment.Status status);

    List<ConsultationComment> findByReportCountGreaterThanOrStatusOrderByCreatedAtDesc(int reports,
                                                                                       ConsultationComment.Status status);

    List<ConsultationComment> findByAuthor(String author);
}
