package tr.bel.izmir.bizizmir.cases;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.shared.DomainException;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One kind of case whose business key is the number of its record (DD019): whether the reader
 * may see it, its content, its file (content and trail) and its notes, the same way for every
 * kind. A number that names no record is "not found" for all staff; a case the reader may not
 * see is refused before its content is read.
 *
 * @param <R> the record the number names
 * @param <C> the case's content
 */
abstract class CaseKind<R, C> {

    private final String kind;
    private final Collection<String> processes;
    private final Set<String> seeEvery;
    private final CaseTrails trails;

    CaseKind(String kind, Collection<String> processes, Set<String> seeEvery, CaseTrails trails) {
        this.kind = kind;
        this.processes = processes;
        this.seeEvery = seeEvery;
        this.trails = trails;
    }

    abstract Optional<R> find(long id);

    abstract DomainException.NotFound notFound(long id);

    /** Who may see this case besides the roles that see every case of the kind and the task holders. */
    boolean alsoSees(R record) {
        return false;
    }

    abstract C content(long id, R record);

    /** The processes that run with this kind's business key. */
    public Collection<String> processes() {
        return processes;
    }

    @PreAuthorize(StaffCases.STAFF)
    @Transactional(readOnly = true)
    public boolean maySee(long id) {
        return find(id).map(record -> maySee(id, record)).orElse(false);
    }

    /**
     * @throws DomainException.NotFound when no record has this number
     * @throws AccessDeniedException when the person may not see the case
     */
    @PreAuthorize(StaffCases.STAFF)
    @Transactional(readOnly = true)
    public C content(long id) {
        return content(id, require(id));
    }

    @PreAuthorize(StaffCases.STAFF)
    @Transactional(readOnly = true)
    public CaseFile<C> file(long id, Locale locale) {
        return new CaseFile<>(content(id, require(id)), trails.trail(kind, id, processes, locale));
    }

    /** Adds an internal note by the signed-in person, who must be able to see the case. */
    @PreAuthorize(StaffCases.STAFF)
    @Transactional
    public CaseNote addNote(long id, String text) {
        require(id);
        return trails.addNote(kind, id, text);
    }

    R require(long id) {
        R record = find(id).orElseThrow(() -> notFound(id));
        if (!maySee(id, record)) {
            throw new AccessDeniedException(kind + " case " + id);
        }
        return record;
    }

    private boolean maySee(long id, R record) {
        return trails.hasAnyRole(seeEvery) || alsoSees(record) || trails.worksOn(id, processes);
    }
}
