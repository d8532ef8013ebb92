package tr.bel.izmir.bizizmir.cases.ui;

import com.vaadin.flow.component.Component;
import org.springframework.security.access.AccessDeniedException;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.ui.CaseContent;

import java.util.Collection;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;

/**
 * A case kind whose business key is the number of its record (proposal, park event application,
 * advisory item, membership application): a key that is not a number is no case of the kind,
 * and a case the reader may not see (or that is gone) shows no summary.
 */
abstract class NumberedCaseContent implements CaseContent {

    private final Collection<String> processes;
    private final String path;
    private final LongPredicate maySee;
    private final LongFunction<Component> summary;

    /**
     * @param path    the case page's path up to the number, e.g. {@code staff/cases/proposals/}
     * @param summary the content block for a task dialog, with a heading naming the case (id {@code task-case-heading})
     */
    NumberedCaseContent(Collection<String> processes, String path, LongPredicate maySee, LongFunction<Component> summary) {
        this.processes = processes;
        this.path = path;
        this.maySee = maySee;
        this.summary = summary;
    }

    @Override
    public boolean handles(String processKey) {
        return processes.contains(processKey);
    }

    @Override
    public boolean maySee(String businessKey) {
        return id(businessKey).map(maySee::test).orElse(false);
    }

    @Override
    public Optional<Component> summary(String businessKey) {
        return id(businessKey).flatMap(id -> {
            try {
                return Optional.of(summary.apply(id));
            } catch (AccessDeniedException | DomainException e) {
                return Optional.empty();
            }
        });
    }

    @Override
    public String pagePath(String businessKey) {
        return path + businessKey;
    }

    private static Optional<Long> id(String businessKey) {
        try {
            return Optional.of(Long.parseLong(businessKey));
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
