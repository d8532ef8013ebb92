package tr.bel.izmir.bizizmir.cases;

import org.springframework.stereotype.Service;
import tr.bel.izmir.bizizmir.assembly.AdvisoryItemInfo;
import tr.bel.izmir.bizizmir.assembly.AdvisoryItems;
import tr.bel.izmir.bizizmir.assembly.process.AdvisoryItemProcess;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.shared.DomainException;

import java.util.Optional;
import java.util.Set;

/**
 * The case of an advisory item: a municipal project tabled for an assembly's advice and the
 * department's answer. Officers, supervisors and admins see every item; the department it is
 * tabled for sees its items, the chair of the assembly that advises sees that assembly's, and
 * anyone else only while they hold or may claim one of its open tasks (DD019). The exchange
 * itself is public; the case adds the trail (who did what) and the internal notes. Its content
 * is the exchange: the item with its assembly, the vote count and the members' anonymous comments.
 */
@Service
public class AdvisoryItemCases extends CaseKind<AdvisoryItemInfo, AdvisoryItems.Exchange> {

    public static final String KIND = "advisory-item";

    private final AdvisoryItems items;
    private final AssemblyChairs chairs;
    private final CaseTrails trails;

    public AdvisoryItemCases(AdvisoryItems items, AssemblyChairs chairs, CaseTrails trails) {
        super(KIND, Set.of(AdvisoryItemProcess.KEY), Set.of(AppRoles.OFFICER, AppRoles.SUPERVISOR, AppRoles.ADMIN), trails);
        this.items = items;
        this.chairs = chairs;
        this.trails = trails;
    }

    @Override
    Optional<AdvisoryItemInfo> find(long id) {
        return items.find(id);
    }

    @Override
    DomainException.NotFound notFound(long id) {
        return new DomainException.NotFound("advisory.error.not-found", id);
    }

    @Override
    boolean alsoSees(AdvisoryItemInfo item) {
        return trails.user().groups().contains(item.getDepartmentGroup()) || chairs.chairs(item.getAssemblyId());
    }

    @Override
    AdvisoryItems.Exchange content(long id, AdvisoryItemInfo item) {
        return items.exchange(id).orElseThrow();
    }
}
