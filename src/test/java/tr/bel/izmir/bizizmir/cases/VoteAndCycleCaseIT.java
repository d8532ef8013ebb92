package tr.bel.izmir.bizizmir.cases;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import tr.bel.izmir.bizizmir.budgeting.BallotRule;
import tr.bel.izmir.bizizmir.proposal.ProposalCases;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.Messages;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;
import tr.bel.izmir.bizizmir.voting.PublicVotes;
import tr.bel.izmir.bizizmir.voting.VoteControlInfo;
import tr.bel.izmir.bizizmir.voting.VoteControls;
import tr.bel.izmir.bizizmir.voting.VoteFixtures;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The vote and PB cycle cases on the real application, engine and PostgreSQL: officers,
 * supervisors and admins see them and nobody else without a task; the vote case shows the
 * turnout so far and the officer's extension with its reason and who did it; the cycle case
 * gathers its proposals, its vote and the same control records.
 */
@IntegrationTest
class VoteAndCycleCaseIT {

    @Autowired VoteFixtures fixtures;
    @Autowired VoteCases voteCases;

    @Autowired PbCycleCases cycleCases;
    @Autowired VoteControls controls;
    @Autowired PublicVotes votes;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    String tag;

    @BeforeEach
    void fixtures() {
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void a_vote_case_shows_the_turnout_so_far_and_who_extended_it_and_why_to_officers_supervisors_and_admins_only() {
        var pb = fixtures.pbVote(BallotRule.KNAPSACK, null, true, 0, 3);
        long voteId = pb.vote().getId();
        String voter = fixtures.resident("secmen", pb.neighbourhoodId(), 1980);
        RunAs.user(voter, () -> votes.cast(voteId, List.of(pb.option(0)), "k-" + tag), "citizen", "resident");
        String reason = "Bayram tatili nedeniyle oylama iki gün uzatıldı.";
        RunAs.user("memur", () -> controls.extend(voteId, pb.vote().getClosesAt().plus(Duration.ofDays(2)), reason), "officer");

        var file = RunAs.user("mudur", () -> voteCases.file(voteId, Messages.TURKISH), "officer", "supervisor");
        assertThat(file.content().participants()).as("the turnout so far").isEqualTo(1);
        assertThat(file.content().options()).hasSize(3);
        assertThat(file.content().controls()).singleElement().satisfies(c -> {
            assertThat(c.getAction()).isEqualTo(VoteControlInfo.Action.EXTEND);
            assertThat(c.getReason()).isEqualTo(reason);
            assertThat(c.getActedBy()).isEqualTo("memur");
        });
        assertThat(file.content().vote().getClosesAt()).isEqualTo(pb.vote().getClosesAt().plus(Duration.ofDays(2)));
        assertThat(file.trail().history()).as("the vote's process steps").isNotEmpty();

        for (String role : List.of("officer", "supervisor", "admin")) {
            assertThat(RunAs.user("x-" + tag, () -> voteCases.maySee(voteId), role)).as(role).isTrue();
        }
        for (String role : List.of("assembly-member", "assembly-chair", "park-manager", "moderator", "process-owner")) {
            assertThat(RunAs.user("x-" + tag, () -> voteCases.maySee(voteId), role)).as(role).isFalse();
            assertThatThrownBy(() -> RunAs.user("x-" + tag, () -> voteCases.file(voteId, Messages.TURKISH), role))
                    .as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> RunAs.user("x-" + tag, () -> voteCases.addNote(voteId, "Not"), role))
                    .as(role).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> RunAs.user(voter, () -> voteCases.file(voteId, Messages.TURKISH), "citizen", "resident"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> RunAs.user("x-" + tag, () -> voteCases.file(Long.MAX_VALUE, Messages.TURKISH), "moderator"))
                .isInstanceOfSatisfying(DomainException.NotFound.class, e -> assertThat(e.messageKey()).isEqualTo("vote.error.not-found"));

        RunAs.user("memur", () -> voteCases.addNote(voteId, "Muhtarlık duyurusu asıldı."), "officer");
        assertThat(RunAs.user("admin", () -> voteCases.file(voteId, Messages.TURKISH), "admin").trail().notes())
                .singleElement().satisfies(n -> assertThat(n.getAuthor()).isEqualTo("memur"));
    }

    @Test
    void a_cycle_case_gathers_its_proposals_its_vote_with_the_turnout_and_the_control_records() {
        var pb = fixtures.pbVote(BallotRule.KNAPSACK, null, true, 0, 5);
        long cycleId = pb.cycle().getId();
        String voter = fixtures.resident("dongu", pb.neighbourhoodId(), 1975);
        RunAs.user(voter, () -> votes.cast(pb.vote().getId(), List.of(pb.option(1)), "k-" + tag), "citizen", "resident");
        String reason = "Muhtarlık seçimi nedeniyle oylama bir gün uzatıldı.";
        RunAs.user("memur", () -> controls.extend(pb.vote().getId(), pb.vote().getClosesAt().plus(Duration.ofDays(1)), reason), "officer");

        var file = RunAs.user("memur", () -> cycleCases.file(cycleId, Messages.TURKISH), "officer");
        var content = file.content();
        assertThat(content.cycle().getTitle()).isEqualTo(pb.cycle().getTitle());
        assertThat(content.proposals()).extracting(ProposalCases.Related::title)
                .containsExactly("Parka gölgelik " + pb.tag(), "Bisiklet yolu " + pb.tag(), "Kütüphaneye kitap " + pb.tag(),
                        "Denize iskele " + pb.tag());
        assertThat(content.vote()).hasValueSatisfying(v -> assertThat(v.getId()).isEqualTo(pb.vote().getId()));
        assertThat(content.participants()).isEqualTo(1);
        assertThat(content.voteControls()).singleElement().satisfies(c -> assertThat(c.getReason()).isEqualTo(reason));
        assertThat(content.allocation()).as("nothing published before the vote closes").isEmpty();

        for (String role : List.of("assembly-chair", "park-manager", "moderator", "process-owner")) {
            assertThat(RunAs.user("x-" + tag, () -> cycleCases.maySee(cycleId), role)).as(role).isFalse();
            assertThatThrownBy(() -> RunAs.user("x-" + tag, () -> cycleCases.file(cycleId, Messages.TURKISH), role))
                    .as(role).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(RunAs.user("x-" + tag, () -> cycleCases.maySee(cycleId), "supervisor")).isTrue();
        assertThatThrownBy(() -> RunAs.user("x-" + tag, () -> cycleCases.file(Long.MAX_VALUE, Messages.TURKISH), "moderator"))
                .isInstanceOfSatisfying(DomainException.NotFound.class, e -> assertThat(e.messageKey()).isEqualTo("cycle.error.not-found"));
    }
}
