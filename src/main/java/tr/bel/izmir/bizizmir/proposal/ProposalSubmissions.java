package tr.bel.izmir.bizizmir.proposal;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tr.bel.izmir.bizizmir.budgeting.PbCycleInfo;
import tr.bel.izmir.bizizmir.budgeting.PbCycles;
import tr.bel.izmir.bizizmir.neighbourhood.ResidentRegistry;
import tr.bel.izmir.bizizmir.proposal.internal.ProposalRepository;
import tr.bel.izmir.bizizmir.proposal.internal.ProposalSupportRepository;
import tr.bel.izmir.bizizmir.proposal.process.ProposalSubmissionProcess;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.Images;
import tr.bel.izmir.bizizmir.shared.PhotoRules;
import tr.bel.izmir.bizizmir.shared.PhotoUpload;
import tr.bel.izmir.bizizmir.shared.SearchText;
import tr.bel.izmir.bizizmir.shared.StoredImage;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.process.CaseVariables;

import java.time.Clock;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What residents do with proposals: submit, support, withdraw; and what everyone may read.
 * Each command saves the proposal and moves its process in one transaction.
 */
@Service
public class ProposalSubmissions {

    /** Up to five photos a proposal; each a JPEG, PNG or WebP of at most 5 MB. */
    public static final PhotoRules PHOTOS = new PhotoRules(5, "proposal.error.photo-count", new Images.ErrorKeys(
            "proposal.error.photo-empty", "proposal.error.photo-too-big", "proposal.error.photo-type"));

    /** Public statuses: what citizens may browse (not ineligible, not merged away, not withdrawn). */
    public static final EnumSet<ProposalStatus> PUBLIC = EnumSet.of(ProposalStatus.COLLECTING_SUPPORT,
            ProposalStatus.QUALIFIED, ProposalStatus.IN_FEASIBILITY, ProposalStatus.FEASIBLE,
            ProposalStatus.NOT_FEASIBLE, ProposalStatus.NOT_ENOUGH_SUPPORT, ProposalStatus.REJECTED,
            ProposalStatus.MERGED);

    private final ProposalRepository proposals;
    private final ProposalSupportRepository supports;
    private final tr.bel.izmir.bizizmir.proposal.internal.ProposalPhotoRepository photos;
    private final PbCycles cycles;
    private final ResidentRegistry residents;
    private final CurrentUser currentUser;
    private final RuntimeService runtime;
    private final TransactionTemplate tx;
    private final Clock clock;

    /** Authors and supporters follow their proposals: they are told what becomes of them (issue 15). */
    private final tr.bel.izmir.bizizmir.notification.Follows follows;

    public ProposalSubmissions(ProposalRepository proposals, ProposalSupportRepository supports,
                               tr.bel.izmir.bizizmir.proposal.internal.ProposalPhotoRepository photos, PbCycles cycles,
                               ResidentRegistry residents, CurrentUser currentUser, RuntimeService runtime,
                               TransactionTemplate tx, Clock clock, tr.bel.izmir.bizizmir.notification.Follows follows) {
        this.follows = follows;
        this.proposals = proposals;
        this.supports = supports;
        this.photos = photos;
        this.cycles = cycles;
        this.residents = residents;
        this.currentUser = currentUser;
        this.runtime = runtime;
        this.tx = tx;
        this.clock = clock;
    }

    /** What the resident learns right after submitting. */
    public record SubmissionResult(long proposalId, ProposalStatus status, String reasonTr, String reasonEn) {
        public String reason(Locale locale) {
            return "en".equals(locale.getLanguage()) ? reasonEn : reasonTr;
        }
    }

    /**
     * Submits a proposal to a cycle. The same {@code submissionKey} (one per form, created when
     * the form opens) always answers with the same proposal, so a double-click or a retried
     * request never creates two.
     */
    @PreAuthorize("hasAnyRole('citizen','resident')")
    public SubmissionResult submit(long cycleId, ProposalDraft draft, String submissionKey) {
        return submit(cycleId, draft, java.util.List.of(), submissionKey);
    }

    /** Submits with photos; every photo is checked before anything is written. */
    @PreAuthorize("hasAnyRole('citizen','resident')")
    public SubmissionResult submit(long cycleId, ProposalDraft draft, java.util.List<PhotoUpload> photos, String submissionKey) {
        String author = currentUser.require().username();
        if (submissionKey == null || submissionKey.isBlank() || submissionKey.length() > 64) {
            throw new DomainException("proposal.error.submission-key");
        }
        var existing = proposals.findByAuthorAndSubmissionKey(author, submissionKey);
        if (existing.isPresent()) {
            return result(existing.get());
        }
        draft.validate();
        PHOTOS.check(photos);
        try {
            return tx.execute(status -> {
                var result = submitInTransaction(author, cycleId, draft, submissionKey);
                photos.forEach(photo -> this.photos.save(new ProposalPhoto(result.proposalId(), photo)));
                return result;
            });
        } catch (DataIntegrityViolationException race) {
            // A parallel request with the same key won: answer with its proposal.
            return proposals.findByAuthorAndSubmissionKey(author, submissionKey).map(this::result).orElseThrow(() -> race);
        }
    }

    private SubmissionResult submitInTransaction(String author, long cycleId, ProposalDraft draft, String key) {
        PbCycleInfo cycle = cycles.require(cycleId);
        var resident = residents.residentOf(author);
        var now = clock.instant();
        var proposal = proposals.saveAndFlush(new Proposal(cycle.getId(), cycle.getNeighbourhoodId(), author, key, draft, now));
        follows.follow("proposal", proposal.getId());
        long earlier = proposals.countByCycleIdAndAuthorAndStatusIn(cycle.getId(), author,
                Arrays.stream(ProposalStatus.values()).filter(ProposalStatus::countsTowardsLimit).toList()) - 1;
        int year = IzmirTime.now(clock).getYear();
        var variables = Variables.createVariables()
                .putValue(ProposalSubmissionProcess.VAR_PROPOSAL_ID, proposal.getId())
                .putValue(CaseVariables.CASE_TITLE, proposal.getTitle())
                .putValue(CaseVariables.NEIGHBOURHOOD_ID, proposal.getNeighbourhoodId())
                .putValue(ProposalSubmissionProcess.VAR_RESIDENT_VERIFIED, resident.isPresent())
                .putValue(ProposalSubmissionProcess.VAR_SAME_NEIGHBOURHOOD,
                        resident.map(r -> r.neighbourhoodId() == cycle.getNeighbourhoodId()).orElse(false))
                .putValue(ProposalSubmissionProcess.VAR_AGE, resident.map(r -> r.ageIn(year)).orElse(0))
                .putValue(ProposalSubmissionProcess.VAR_MINIMUM_AGE, cycle.getMinimumAge())
                .putValue(ProposalSubmissionProcess.VAR_CYCLE_PHASE, cycle.getPhase().name())
                .putValue(ProposalSubmissionProcess.VAR_PROPOSALS_BY_AUTHOR, (int) earlier)
                .putValue(ProposalSubmissionProcess.VAR_MAX_PROPOSALS, cycle.getMaxProposalsPerResident())
                .putValue(ProposalSubmissionProcess.VAR_CATEGORY, draft.category().code())
                .putValue(ProposalSubmissionProcess.VAR_SUPPORT_DEADLINE, Date.from(
                        cycle.getSubmissionCloses().plusDays(1).atStartOfDay(IzmirTime.ZONE).toInstant()));
        runtime.startProcessInstanceByKey(ProposalSubmissionProcess.KEY, proposal.getId().toString(), variables);
        // The eligibility decision ran synchronously: an ineligible proposal is already marked.
        if (proposal.getStatus() == ProposalStatus.SUBMITTED) {
            proposal.moveTo(ProposalStatus.SCREENING, null, null, clock.instant());
        }
        return result(proposal);
    }

    private SubmissionResult result(Proposal p) {
        return new SubmissionResult(p.getId(), p.getStatus(), p.getStatusReasonTr(), p.getStatusReasonEn());
    }

    /** A resident of the neighbourhood supports a proposal; once only, never their own. */
    @PreAuthorize("hasRole('resident')")
    @Transactional
    public int support(long proposalId) {
        String supporter = currentUser.require().username();
        var proposal = proposals.findForUpdate(proposalId)
                .orElseThrow(() -> new DomainException.NotFound("proposal.error.not-found", proposalId));
        if (proposal.getStatus() != ProposalStatus.COLLECTING_SUPPORT) {
            throw new DomainException("proposal.error.not-collecting-support");
        }
        var resident = residents.residentOf(supporter);
        if (resident.isEmpty() || resident.get().neighbourhoodId() != proposal.getNeighbourhoodId()) {
            throw new DomainException("proposal.error.support-other-neighbourhood");
        }
        if (proposal.getAuthor().equals(supporter)) {
            throw new DomainException("proposal.error.support-own");
        }
        if (supports.existsByProposalIdAndSupporter(proposalId, supporter)) {
            throw new DomainException.Conflict("proposal.error.already-supported");
        }
        supports.save(new ProposalSupport(proposalId, supporter, clock.instant()));
        follows.follow("proposal", proposalId);
        proposal.addSupport(clock.instant());
        // The row lock above makes exactly one supporter the one who reaches the threshold.
        if (proposal.getSupportCount() == cycles.require(proposal.getCycleId()).getSupportThreshold()) {
            runtime.createMessageCorrelation(ProposalSubmissionProcess.MESSAGE_SUPPORT_THRESHOLD_REACHED)
                    .processInstanceBusinessKey(proposal.getId().toString())
                    .correlateAll();
        }
        return proposal.getSupportCount();
    }

    public boolean hasSupported(long proposalId) {
        return currentUser.get().map(u -> supports.existsByProposalIdAndSupporter(proposalId, u.username())).orElse(false);
    }

    /** The author withdraws before the proposal goes on to review. */
    @PreAuthorize("hasAnyRole('citizen','resident')")
    @Transactional
    public void withdraw(long proposalId) {
        String user = currentUser.require().username();
        var proposal = proposals.findForUpdate(proposalId)
                .orElseThrow(() -> new DomainException.NotFound("proposal.error.not-found", proposalId));
        if (!proposal.getAuthor().equals(user)) {
            throw new DomainException("proposal.error.not-author");
        }
        if (!proposal.getStatus().isWithdrawable()) {
            throw new DomainException("proposal.error.not-withdrawable");
        }
        runtime.createMessageCorrelation(ProposalSubmissionProcess.MESSAGE_WITHDRAWN)
                .processInstanceBusinessKey(proposal.getId().toString())
                .correlateWithResult();
    }

    /** How many proposals are in each status (operations metrics; no personal data). */
    @Transactional(readOnly = true)
    public Map<ProposalStatus, Long> countsByStatus() {
        Map<ProposalStatus, Long> counts = new java.util.EnumMap<>(ProposalStatus.class);
        for (Object[] row : proposals.countByStatus()) {
            counts.put((ProposalStatus) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** Photo ids of a proposal, in upload order (public with the proposal). */
    @Transactional(readOnly = true)
    public java.util.List<Long> photoIds(long proposalId) {
        return photos.findByProposalIdOrderById(proposalId).stream().map(ProposalPhoto::getId).toList();
    }

    @Transactional(readOnly = true)
    public Optional<StoredImage> photo(long photoId) {
        return photos.findById(photoId).map(p -> {
            p.getContent(); // load the lazy bytes inside the transaction
            return p;
        });
    }

    /** KVKK: the proposals and supports of a person. */
    @Transactional(readOnly = true)
    public Map<String, Object> personalData(String username) {
        var data = new java.util.LinkedHashMap<String, Object>();
        data.put("proposals", proposals.findByAuthorOrderBySubmittedAtDesc(username).stream().map(p -> Map.of(
                "id", p.getId(), "title", p.getTitle(), "description", p.getDescription(), "status", p.getStatus().name(),
                "submittedAt", p.getSubmittedAt().toString())).toList());
        data.put("supports", supports.findBySupporter(username).stream().map(s -> Map.of(
                "proposalId", s.getProposalId(), "at", s.getCreatedAt().toString())).toList());
        return data;
    }

    /**
     * KVKK erasure: open proposals are withdrawn; every proposal and support stays in the
     * public record (a budget decision must remain explainable) but no longer names the person.
     */
    @Transactional
    public void erase(String username) {
        for (Proposal p : proposals.findByAuthorOrderBySubmittedAtDesc(username)) {
            if (p.getStatus().isWithdrawable()) {
                runtime.createMessageCorrelation(ProposalSubmissionProcess.MESSAGE_WITHDRAWN)
                        .processInstanceBusinessKey(p.getId().toString()).correlateAll();
            }
            p.pseudonymiseAuthor(clock.instant());
        }
        supports.pseudonymise(username);
    }

    @Transactional(readOnly = true)
    public Optional<ProposalInfo> find(long proposalId) {
        return proposals.findById(proposalId).map(ProposalInfo.class::cast);
    }

    /** A cycle's public proposals (merged ones live on in their target), for its map (DD030). */
    @Transactional(readOnly = true)
    public List<ProposalInfo> publicOfCycle(long cycleId) {
        return proposals.findByCycleIdOrderById(cycleId).stream()
                .filter(p -> PUBLIC.contains(p.getStatus()) && p.getStatus() != ProposalStatus.MERGED)
                .map(ProposalInfo.class::cast).toList();
    }

    /** The public ones among these proposals, by id (the projects' map places a project at its proposal's point). */
    @Transactional(readOnly = true)
    public Map<Long, ProposalInfo> publicByIds(java.util.Collection<Long> ids) {
        var found = new java.util.HashMap<Long, ProposalInfo>();
        proposals.findAllById(ids).forEach(p -> {
            if (PUBLIC.contains(p.getStatus())) {
                found.put(p.getId(), p);
            }
        });
        return found;
    }

    /** Public browsing of a neighbourhood's proposals, most supported first. */
    @Transactional(readOnly = true)
    public List<ProposalInfo> browse(long neighbourhoodId, String text, ProposalCategory category, int offset, int limit) {
        int size = Math.max(1, limit);
        return List.copyOf(proposals.search(neighbourhoodId, PUBLIC, SearchText.containsPattern(text), category, PageRequest.of(offset / size, size)));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ProposalInfo> mine() {
        return List.copyOf(proposals.findByAuthorOrderBySubmittedAtDesc(currentUser.require().username()));
    }
}
