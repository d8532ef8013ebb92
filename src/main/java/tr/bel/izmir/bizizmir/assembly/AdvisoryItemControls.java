package tr.bel.izmir.bizizmir.assembly;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.assembly.internal.AdvisoryItemControlRepository;
import tr.bel.izmir.bizizmir.assembly.internal.AdvisoryItemRepository;
import tr.bel.izmir.bizizmir.assembly.process.AdvisoryItemProcess;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.security.BizizmirUser;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.ProcessControlRecord;
import tr.bel.izmir.bizizmir.shared.process.ControlMessages;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The municipality withdraws an advisory item it tabled (issue 13, DD020) — the project was
 * dropped or changed so much that the assembly's advice no longer fits — always with a reason.
 * Allowed to the officer who tabled it, officers of its department and admins, while the assembly
 * votes or the department has still to answer. The withdrawal locks the item, checks it, records
 * who did it and why, and sends the item's process {@code AdvisoryItemWithdrawn} (its event
 * subprocess ends the voting or the department's task and records the withdrawal), in one
 * transaction. The item's public page shows the reason and the date.
 */
@Service
public class AdvisoryItemControls {

    private static final Logger log = LoggerFactory.getLogger(AdvisoryItemControls.class);
    static final String ERROR = "advisory.control.error.";

    private final AdvisoryItemRepository items;
    private final AdvisoryItemControlRepository controls;
    private final CurrentUser currentUser;
    private final RuntimeService runtime;
    private final Clock clock;

    public AdvisoryItemControls(AdvisoryItemRepository items, AdvisoryItemControlRepository controls,
                                CurrentUser currentUser, RuntimeService runtime, Clock clock) {
        this.items = items;
        this.controls = controls;
        this.currentUser = currentUser;
        this.runtime = runtime;
        this.clock = clock;
    }

    /** Whether the person may withdraw the item: its tabling officer, its department's officers, admins. */
    public boolean mayWithdraw(BizizmirUser user, AdvisoryItemInfo item) {
        if (user.hasRole(AppRoles.ADMIN)) {
            return true;
        }
        return user.hasRole(AppRoles.OFFICER)
                && (user.username().equals(item.getTabledBy()) || user.groups().contains(item.getDepartmentGroup()));
    }

    /** Whether the item is at a stage where it may be withdrawn. */
    public static boolean isWithdrawable(AdvisoryItemInfo item) {
        return item.getStage() == AdvisoryItem.Stage.VOTING || item.getStage() == AdvisoryItem.Stage.AWAITING_ANSWER;
    }

    @PreAuthorize("hasAnyRole('officer','admin')")
    @Transactional
    public AdvisoryItemInfo withdraw(long itemId, String reason) {
        var user = currentUser.require();
        String why = ProcessControlRecord.requireReason(reason, ERROR);
        var item = items.lockById(itemId).orElseThrow(() -> new DomainException.NotFound("advisory.error.not-found", itemId));
        if (!mayWithdraw(user, item)) {
            throw new DomainException(ERROR + "not-yours");
        }
        if (!isWithdrawable(item)) {
            throw new DomainException.Conflict(ERROR + "not-withdrawable");
        }
        Instant now = clock.instant();
        Instant deadline = item.getStage() == AdvisoryItem.Stage.VOTING ? item.getVotingDeadlineAt()
                : item.getAnswerDueAt().orElse(now);
        controls.save(new AdvisoryItemControl(item.getId(), AdvisoryItemControl.Action.WITHDRAW, why, deadline, now,
                user.username(), now));
        ControlMessages.correlate(runtime.createMessageCorrelation(AdvisoryItemProcess.MESSAGE_WITHDRAWN),
                Long.toString(item.getId()), ERROR + "process");
        log.info("Advisory item {} withdrawn by {} ({})", item.getId(), user.username(), why);
        return item;
    }

    /** Called by the process's withdrawal subprocess: no vote or answer is taken after this. */
    @Transactional
    public void recordWithdrawal(long itemId) {
        items.lockById(itemId).orElseThrow(() -> new DomainException.NotFound("advisory.error.not-found", itemId))
                .withdraw(clock.instant());
    }

    /** The withdrawal of an item, if it was withdrawn (public: reason and date). */
    @Transactional(readOnly = true)
    public Optional<AdvisoryItemControl> withdrawal(long itemId) {
        return controls.findByItemIdOrderByActedAtAscIdAsc(itemId).stream()
                .filter(c -> c.getAction() == AdvisoryItemControl.Action.WITHDRAW).reduce((first, second) -> second);
    }
}
