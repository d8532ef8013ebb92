package tr.bel.izmir.bizizmir.proposal.ui;

import tr.bel.izmir.bizizmir.proposal.ProposalStatus;
import tr.bel.izmir.bizizmir.shared.ui.Badge;

/** The status of a proposal as citizens see it. */
public final class ProposalStatusBadge {

    private ProposalStatusBadge() {
    }

    public static Badge of(ProposalStatus status, String text) {
        Badge.Tone tone = switch (status) {
            case FEASIBLE, QUALIFIED -> Badge.Tone.SUCCESS;
            case COLLECTING_SUPPORT, IN_FEASIBILITY, SCREENING, SUBMITTED -> Badge.Tone.INFO;
            case INELIGIBLE, REJECTED, NOT_FEASIBLE -> Badge.Tone.ERROR;
            case NOT_ENOUGH_SUPPORT, WITHDRAWN, MERGED -> Badge.Tone.NEUTRAL;
        };
        return new Badge(text, tone);
    }
}
