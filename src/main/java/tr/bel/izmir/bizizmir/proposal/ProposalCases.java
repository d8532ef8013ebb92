package tr.bel.izmir.bizizmir.proposal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.budgeting.PbCycles;
import tr.bel.izmir.bizizmir.proposal.internal.ProposalPhotoRepository;
import tr.bel.izmir.bizizmir.proposal.internal.ProposalRepository;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A proposal as the staff who work on it see it (its case): everything the public page shows
 * plus what only staff may read (its author, statuses that are not public). Who may open a case
 * is decided by the case page's service; this one only refuses non-staff outright.
 */
@Service
public class ProposalCases {

    /** The processes that run with a proposal's id as business key; their history is the case's. */
    public static final List<String> PROCESSES = List.of(
            tr.bel.izmir.bizizmir.proposal.process.ProposalSubmissionProcess.KEY,
            "AssemblyReviewProcess", "FeasibilityCheckProcess");

    static final String STAFF = "hasAnyRole('assembly-member','assembly-chair','officer','supervisor','park-manager','moderator','process-owner','admin')";

    private final ProposalRepository proposals;
    private final ProposalPhotoRepository photos;
    private final PbCycles cycles;

    public ProposalCases(ProposalRepository proposals, ProposalPhotoRepository photos, PbCycles cycles) {
        this.proposals = proposals;
        this.photos = photos;
        this.cycles = cycles;
    }

    /** Another proposal named by this one (merged into it, or merged from it). */
    public record Related(long id, String title, ProposalStatus status) {
    }

    /**
     * @param author         the submitter's user name (staff only; "erased-…" after a KVKK erasure)
     * @param supportDeadline when the support period ends: the day after the cycle stops taking proposals
     */
    public record ProposalCase(long id, long cycleId, String cycleTitle, long neighbourhoodId, String title,
                               String description, ProposalCategory category, String location, BigDecimal latitude,
                               BigDecimal longitude, Optional<Money> costEstimate, String author, ProposalStatus status,
                               String statusReasonTr, String statusReasonEn, int supportCount, int supportThreshold,
                               Instant supportDeadline, Instant submittedAt, Instant updatedAt, List<Long> photoIds,
                               Optional<Related> mergedInto, List<Related> mergedFrom) {

        public String statusReason(java.util.Locale locale) {
            return "en".equals(locale.getLanguage()) ? statusReasonEn : statusReasonTr;
        }

        public boolean isPublic() {
            return ProposalSubmissions.PUBLIC.contains(status);
        }
    }

    /** Every proposal of a cycle, in the order submitted, for the cycle's case page. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public List<Related> ofCycle(long cycleId) {
        return proposals.findByCycleIdOrderById(cycleId).stream().map(ProposalCases::related).toList();
    }

    /** Whether a proposal has this number (numbers are public: public pages show them). */
    @PreAuthorize(STAFF)
    public boolean exists(long id) {
        return proposals.existsById(id);
    }

    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public Optional<ProposalCase> find(long id) {
        return proposals.findById(id).map(p -> {
            var cycle = cycles.require(p.getCycleId());
            Optional<Related> into = Optional.ofNullable(p.getMergedIntoId()).flatMap(proposals::findById).map(ProposalCases::related);
            var from = proposals.findByMergedIntoIdOrderById(p.getId()).stream().map(ProposalCases::related).toList();
            var photoIds = photos.findByProposalIdOrderById(p.getId()).stream().map(ProposalPhoto::getId).toList();
            return new ProposalCase(p.getId(), p.getCycleId(), cycle.getTitle(), p.getNeighbourhoodId(), p.getTitle(),
                    p.getDescription(), p.getCategory(), p.getLocation(), p.getLatitude(), p.getLongitude(),
                    p.getCostEstimate(), p.getAuthor(), p.getStatus(), p.getStatusReasonTr(), p.getStatusReasonEn(),
                    p.getSupportCount(), cycle.getSupportThreshold(),
                    cycle.getSubmissionCloses().plusDays(1).atStartOfDay(IzmirTime.ZONE).toInstant(),
                    p.getSubmittedAt(), p.getUpdatedAt(), photoIds, into, from);
        });
    }

    /** The bytes of one of the case's photos (staff see photos of proposals that are not public yet). */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public byte[] photo(long proposalId, long photoId) {
        return photos.findById(photoId).filter(p -> p.getProposalId() == proposalId)
                .map(ProposalPhoto::getContent).orElse(new byte[0]);
    }

    private static Related related(Proposal p) {
        return new Related(p.getId(), p.getTitle(), p.getStatus());
    }
}
