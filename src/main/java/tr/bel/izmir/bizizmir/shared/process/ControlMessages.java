package tr.bel.izmir.bizizmir.shared.process;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tr.bel.izmir.bizizmir.shared.DomainException;

/**
 * Sends a staff control's message to a case's process (DD018, DD020). A process that does not
 * wait for the message (an instance of an older model, a step running right now, a colleague who
 * was faster) is a translated conflict, so the caller's transaction — audit row included — rolls
 * back and nothing is half-done.
 */
public final class ControlMessages {

    private static final Logger log = LoggerFactory.getLogger(ControlMessages.class);

    private ControlMessages() {
    }

    /** @param conflictKey the message key of the refusal when the process does not take the message */
    public static void correlate(MessageCorrelationBuilder message, String businessKey, String conflictKey) {
        try {
            message.processInstanceBusinessKey(businessKey).correlateWithResult();
        } catch (MismatchingMessageCorrelationException | OptimisticLockingException e) {
            log.warn("The process of {} did not accept a control message: {}", businessKey, e.getMessage());
            throw new DomainException.Conflict(conflictKey);
        }
    }
}
