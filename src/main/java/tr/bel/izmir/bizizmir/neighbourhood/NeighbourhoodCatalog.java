package tr.bel.izmir.bizizmir.neighbourhood;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.neighbourhood.internal.DistrictRepository;
import tr.bel.izmir.bizizmir.neighbourhood.internal.NeighbourhoodRepository;
import tr.bel.izmir.bizizmir.shared.DomainException;

import java.util.List;
import java.util.Optional;

/** Read access to districts and neighbourhoods for every feature and view. Public data. */
@Service
@Transactional(readOnly = true)
public class NeighbourhoodCatalog {

    private final DistrictRepository districts;
    private final NeighbourhoodRepository neighbourhoods;

    public NeighbourhoodCatalog(DistrictRepository districts, NeighbourhoodRepository neighbourhoods) {
        this.districts = districts;
        this.neighbourhoods = neighbourhoods;
    }

    public List<DistrictInfo> districts() {
        return List.copyOf(districts.findAllByOrderByNameAsc());
    }

    public List<NeighbourhoodInfo> neighbourhoodsOf(long districtId) {
        return List.copyOf(neighbourhoods.findByDistrictIdOrderByNameAsc(districtId));
    }

    public Optional<NeighbourhoodInfo> byCode(String code) {
        return neighbourhoods.findByCode(code).map(NeighbourhoodInfo.class::cast);
    }

    public NeighbourhoodInfo require(long id) {
        return neighbourhoods.findById(id)
                .orElseThrow(() -> new DomainException.NotFound("neighbourhood.error.not-found", id));
    }

    public NeighbourhoodInfo requireByCode(String code) {
        return neighbourhoods.findByCode(code)
                .orElseThrow(() -> new DomainException.NotFound("neighbourhood.error.not-found", code));
    }

    /** A page of neighbourhoods, filtered by district and by a name fragment (accent-insensitive). */
    public List<NeighbourhoodInfo> search(Long districtId, String nameFragment, int offset, int limit) {
        int page = limit == 0 ? 0 : offset / limit;
        return neighbourhoods.search(districtId, TurkishText.key(nullToEmpty(nameFragment)),
                PageRequest.of(page, Math.max(limit, 1), Sort.by("district.name", "name"))).getContent()
                .stream().map(NeighbourhoodInfo.class::cast).toList();
    }

    public long count(Long districtId, String nameFragment) {
        return neighbourhoods.countSearch(districtId, TurkishText.key(nullToEmpty(nameFragment)));
    }

    public long countAll() {
        return neighbourhoods.count();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
