package tr.bel.izmir.bizizmir.voting;

import tr.bel.izmir.bizizmir.shared.ControlRecordInfo;

/**
 * One staff action on a running vote (DD018) as other features see it: read-only.
 */
public interface VoteControlInfo extends ControlRecordInfo {

    /** What staff did; {@code vote.control.action.<NAME>} names it for people. */
    enum Action { OPEN_NOW, CLOSE_NOW, EXTEND, CANCEL }

    Long getVoteId();
    Action getAction();
}
