package tr.bel.izmir.bizizmir.cases;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.assembly.AdvisoryItem;
import tr.bel.izmir.bizizmir.assembly.AdvisoryItems;
import tr.bel.izmir.bizizmir.assembly.process.AdvisoryItemProcess;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.shared.DomainException;

import java.util.Locale;
import java.util.Set;

/**
 * The case of an advisory item: a municipal project tabled for an assembly's advice and the
 * department's answer. Officers, supervisors and admins see every item; the department it is
 * tabled for sees its items, the chair of the assembly that advises sees that assembly's, and
 * anyone else only while they hold or may claim one of its open tasks (DD019). The exchange
 * itself is public; the case adds the trail (who did what) and the internal notes.
 */
@Service
public class AdvisoryItemCases {

    public static final String KIND = "advisory-item";
    public static final Set<String> PROCESSES = Set.of(AdvisoryItemProcess.KEY);
    public static final Set<String> SEE_EVERY = Set.of(AppRoles.OFFICER, AppRoles.SUPERVISOR, AppRoles.ADMIN);

    private final AdvisoryItems items;
    private final AssemblyChairs chairs;
    private final CaseTrails trails;

    public AdvisoryItemCases(AdvisoryItems items, AssemblyChairs chairs, CaseTrails trails) {
        this.items = items;
        this.chairs = chairs;
        this.trails = trails;
    }

    public record CaseFile(AdvisoryItems.Exchange exchange, CaseTrail trail) {
    }

    @PreAuthorize(StaffCases.STAFF)
    @Transactional(readOnly = true)
    public boolean maySee(long id) {
        return items.find(id).map(this::maySee).orElse(false);
    }

    private boolean maySee(AdvisoryItem item) {
        return trails.hasAnyRole(SEE_EVERY) || trails.user().groups().contains(item.getDepartmentGroup())
                || chairs.chairs(item.getAssemblyId()) || trails.worksOn(item.getId(), PROCESSES);
    }

    /**
     * The item with its assembly, the vote count and the members' (anonymous) comments.
     *
     * @throws DomainException.NotFound when no item has this number
     * @throws AccessDeniedException when the person may not see it
     */
    @PreAuthorize(StaffCases.STAFF)
    @Transactional(readOnly = true)
    public AdvisoryItems.Exchange content(long id) {
        require(id);
        return items.exchange(id).orElseThrow();
    }

    @PreAuthorize(StaffCases.STAFF)
    @Transactional(readOnly = true)
    public CaseFile file(long id, Locale locale) {
        return new CaseFile(content(id), trails.trail(KIND, id, PROCESSES, locale));
    }

    @PreAuthorize(StaffCases.STAFF)
    @Transactional
    public CaseNote addNote(long id, String text) {
        require(id);
        return trails.addNote(KIND, id, text);
    }

    private void require(long id) {
        var item = items.find(id).orElseThrow(() -> new DomainException.NotFound("advisory.error.not-found", id));
        if (!maySee(item)) {
            throw new AccessDeniedException("advisory item case " + id);
        }
    }
}
