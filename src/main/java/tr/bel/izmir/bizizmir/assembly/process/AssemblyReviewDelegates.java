package tr.bel.izmir.bizizmir.assembly.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tr.bel.izmir.bizizmir.assembly.AssemblyReview;
import tr.bel.izmir.bizizmir.assembly.AssemblyReviews;
import tr.bel.izmir.bizizmir.shared.process.ProcessDelegates;

/** The delegates of AssemblyReviewProcess; the business key is the proposal id. */
@Configuration(proxyBeanMethods = false)
@ProcessDelegates
class AssemblyReviewDelegates {

    static long proposalId(DelegateExecution execution) {
        return tr.bel.izmir.bizizmir.shared.process.BusinessKeys.aggregateId(execution);
    }

    /** Form number fields deliver Long or Double, or a string through the API. */
    static Integer asInteger(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        return value instanceof Number n ? Integer.valueOf(n.intValue()) : Integer.valueOf((int) Double.parseDouble(value.toString()));
    }

    /** ProposalInfo process: whether the proposal's neighbourhood has an assembly to review it first. */
    @Bean
    JavaDelegate findReviewingAssemblyDelegate(AssemblyReviews reviews) {
        return execution -> execution.setVariable(VAR_ASSEMBLY_REVIEW, reviews.hasReviewingAssembly(proposalId(execution)));
    }

    /** ProposalInfo process: starts the assembly review of a qualified proposal. */
    @Bean
    JavaDelegate requestAssemblyReviewDelegate(AssemblyReviews reviews) {
        return execution -> reviews.request(proposalId(execution));
    }

    /** The proposal process's variable set by {@code findReviewingAssemblyDelegate}. */
    static final String VAR_ASSEMBLY_REVIEW = "assemblyReview";

    @Bean
    JavaDelegate openAssemblyReviewDelegate(AssemblyReviews reviews) {
        return execution -> execution.setVariable(AssemblyReviewProcess.VAR_REVIEW_DEADLINE, reviews.open(proposalId(execution)));
    }

    @Bean
    JavaDelegate countAssemblyVotesDelegate(AssemblyReviews reviews) {
        return execution -> {
            var count = reviews.count(proposalId(execution));
            execution.setVariable(AssemblyReviewProcess.VAR_MEMBERS, count.members());
            execution.setVariable(AssemblyReviewProcess.VAR_VOTES_CAST, count.votesCast());
            execution.setVariable(AssemblyReviewProcess.VAR_RECOMMEND_VOTES, count.recommendVotes());
        };
    }

    @Bean
    JavaDelegate recordAssemblyReviewOutcomeDelegate(AssemblyReviews reviews) {
        return execution -> reviews.close(proposalId(execution),
                AssemblyReview.Outcome.valueOf((String) execution.getVariable(AssemblyReviewProcess.VAR_OUTCOME)));
    }

    @Bean
    JavaDelegate extendAssemblyReviewDelegate(AssemblyReviews reviews) {
        return execution -> execution.setVariable(AssemblyReviewProcess.VAR_REVIEW_DEADLINE,
                reviews.extend(proposalId(execution), asInteger(execution.getVariable(AssemblyReviewProcess.VAR_EXTENSION_DAYS))));
    }

    @Bean
    JavaDelegate closeAssemblyReviewWithoutQuorumDelegate(AssemblyReviews reviews) {
        return execution -> reviews.close(proposalId(execution), AssemblyReview.Outcome.NO_QUORUM);
    }

    @Bean
    JavaDelegate recordAssemblyReviewMergeDelegate(AssemblyReviews reviews) {
        return execution -> reviews.recordMerge(proposalId(execution),
                ((Number) execution.getVariable(AssemblyReviewProcess.VAR_MERGE_INTO)).longValue(),
                (String) execution.getVariable(AssemblyReviewProcess.VAR_MERGE_REASON));
    }
}
