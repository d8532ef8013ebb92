package tr.bel.izmir.bizizmir.proposal;

import tr.bel.izmir.bizizmir.shared.ControlRecordInfo;

/**
 * One staff action on a proposal's support period (DD018) as other features see it: read-only.
 */
public interface SupportControlInfo extends ControlRecordInfo {

    /** What staff did; {@code proposal.support-control.note.<NAME>} names it for people. */
    enum Action { CLOSE_NOW, EXTEND }

    Long getProposalId();
    Action getAction();
}
