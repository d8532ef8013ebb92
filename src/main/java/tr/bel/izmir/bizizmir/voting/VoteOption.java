package tr.bel.izmir.bizizmir.voting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import tr.bel.izmir.bizizmir.shared.Money;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/** One line of a ballot, frozen when the vote opens: a feasible project with its cost, or an answer. */
@Entity
@Table(name = "vote_option")
public class VoteOption implements VoteOptionInfo {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "vote_id", nullable = false)
    private Long voteId;
    @Column(nullable = false)
    private int position;
    @Column(name = "proposal_id")
    private Long proposalId;
    @Column(nullable = false, length = 200)
    private String label;
    @Column(name = "label_en", length = 200)
    private String labelEn;
    @Column(name = "cost_try", precision = 15, scale = 2)
    private BigDecimal costTry;

    protected VoteOption() {
    }

    VoteOption(long voteId, int position, Long proposalId, String label, String labelEn, Money cost) {
        this.voteId = voteId;
        this.position = position;
        this.proposalId = proposalId;
        this.label = label;
        this.labelEn = labelEn;
        this.costTry = cost == null ? null : cost.amount();
    }

    public Long getId() { return id; }
    public Long getVoteId() { return voteId; }
    public int getPosition() { return position; }
    public Long getProposalId() { return proposalId; }
    public String getLabel() { return label; }
    public String label(Locale locale) {
        return labelEn != null && "en".equals(locale.getLanguage()) ? labelEn : label;
    }
    public Optional<Money> getCost() { return Optional.ofNullable(costTry).map(Money::new); }
}
