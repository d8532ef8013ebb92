package tr.bel.izmir.bizizmir.neighbourhood;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tr.bel.izmir.bizizmir.neighbourhood.internal.CensusEntryRepository;
import tr.bel.izmir.bizizmir.neighbourhood.internal.ResidentRepository;
import tr.bel.izmir.bizizmir.neighbourhood.internal.VerificationAttemptRepository;
import tr.bel.izmir.bizizmir.shared.Csv;
import tr.bel.izmir.bizizmir.shared.DomainException;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Verified residents. A citizen proves where they live by their T.C. Kimlik No and birth
 * year matching the census list; only keyed hashes are stored. Failed attempts are logged and
 * limited per day, and a refusal never says which of the three facts did not match.
 */
@Service
public class ResidentRegistry {

    public static final int MAX_FAILED_ATTEMPTS_PER_DAY = 5;
    private static final Logger log = LoggerFactory.getLogger(ResidentRegistry.class);

    private final ResidentRepository residents;
    private final CensusEntryRepository census;
    private final VerificationAttemptRepository attempts;
    private final NeighbourhoodCatalog neighbourhoods;
    private final IdHasher hasher;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    public ResidentRegistry(ResidentRepository residents, CensusEntryRepository census,
                            VerificationAttemptRepository attempts, NeighbourhoodCatalog neighbourhoods,
                            IdHasher hasher, TransactionTemplate tx, Clock clock, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.residents = residents;
        this.census = census;
        this.attempts = attempts;
        this.neighbourhoods = neighbourhoods;
        this.hasher = hasher;
        this.tx = tx;
        this.clock = clock;
    }

    /** What other features may know about a verified resident. */
    public record ResidentInfo(String username, long neighbourhoodId, int birthYear) {
        public int ageIn(int year) {
            return year - birthYear;
        }
    }

    /**
     * The verified resident behind a user name. A plain read of three columns (no entity, no
     * transaction of its own): every ballot asks it, and through JPA it cost a ballot about a
     * fifth of its CPU time (docs/benchmarks.md). Inside a transaction it reads on that
     * transaction's connection.
     */
    public Optional<ResidentInfo> residentOf(String username) {
        return jdbc.query("select username, neighbourhood_id, birth_year from resident where username = ?",
                (rs, row) -> new ResidentInfo(rs.getString(1), rs.getLong(2), rs.getInt(3)), username)
                .stream().findFirst();
    }

    /**
     * The user names of the residents verified in a neighbourhood, in a district's
     * neighbourhoods, or anywhere (both {@code null}): who a vote there is for.
     */
    public List<String> usernamesIn(Long neighbourhoodId, Long districtId) {
        if (neighbourhoodId != null) {
            return jdbc.queryForList("select username from resident where neighbourhood_id = ?", String.class, neighbourhoodId);
        }
        if (districtId != null) {
            return jdbc.queryForList("select r.username from resident r join neighbourhood n on n.id = r.neighbourhood_id "
                    + "where n.district_id = ?", String.class, districtId);
        }
        return jdbc.queryForList("select username from resident", String.class);
    }

    /**
     * Verifies {@code username} as a resident of the neighbourhood. Moving to another
     * neighbourhood re-verifies and replaces the old one (one neighbourhood at a time).
     */
    public ResidentInfo verify(String username, String tcKimlikNo, int birthYear, long neighbourhoodId,
                               boolean consentGiven) {
        if (!consentGiven) {
            throw new DomainException("resident.error.consent-required");
        }
        var since = clock.instant().minus(Duration.ofDays(1));
        if (attempts.countByUsernameAndSucceededFalseAndAttemptedAtAfter(username, since) >= MAX_FAILED_ATTEMPTS_PER_DAY) {
            log.warn("Verification refused for {}: too many failed attempts", username);
            throw new DomainException("resident.error.too-many-attempts", MAX_FAILED_ATTEMPTS_PER_DAY);
        }
        neighbourhoods.require(neighbourhoodId);
        if (!TcKimlikNo.isValid(tcKimlikNo)) {
            fail(username, "invalid-number");
            TcKimlikNo.require(tcKimlikNo); // throws the precise, translated reason
        }
        String hash = hasher.hash(tcKimlikNo);
        var entry = census.findByIdHash(hash);
        if (entry.isEmpty() || entry.get().getBirthYear() != birthYear
                || !entry.get().getNeighbourhoodId().equals(neighbourhoodId)) {
            fail(username, "no-census-match");
            throw new DomainException("resident.error.not-in-census");
        }
        var other = residents.findByIdHash(hash);
        if (other.isPresent() && !other.get().getUsername().equals(username)) {
            fail(username, "id-used-by-another-account");
            throw new DomainException.Conflict("resident.error.id-already-used");
        }
        return tx.execute(status -> {
            var now = clock.instant();
            var resident = residents.findByUsername(username).map(r -> {
                if (!r.getIdHash().equals(hash)) {
                    throw new DomainException.Conflict("resident.error.other-id");
                }
                r.moveTo(neighbourhoodId, birthYear, now, now);
                return r;
            }).orElseGet(() -> residents.save(new Resident(username, hash, neighbourhoodId, birthYear, now, now)));
            attempts.save(new VerificationAttempt(username, now, true, null));
            log.info("Resident {} verified in neighbourhood {}", username, neighbourhoodId);
            return new ResidentInfo(resident.getUsername(), resident.getNeighbourhoodId(), resident.getBirthYear());
        });
    }

    private void fail(String username, String reason) {
        // Its own transaction: the attempt must count even though the caller's work fails.
        tx.executeWithoutResult(status -> attempts.save(new VerificationAttempt(username, clock.instant(), false, reason)));
        log.info("Verification failed for {}: {}", username, reason);
    }

    /** KVKK: what we hold about a person, without the ID digest (it identifies nobody to them). */
    public java.util.Map<String, Object> personalData(String username) {
        var data = new java.util.LinkedHashMap<String, Object>();
        residents.findByUsername(username).ifPresent(r -> {
            data.put("neighbourhood", neighbourhoods.require(r.getNeighbourhoodId()).getDisplayName());
            data.put("birthYear", r.getBirthYear());
            data.put("consentAt", r.getConsentAt().toString());
            data.put("verifiedAt", r.getVerifiedAt().toString());
        });
        data.put("verificationAttempts", attempts.findByUsernameOrderByAttemptedAt(username).stream()
                .map(a -> java.util.Map.of("at", a.getAttemptedAt().toString(), "succeeded", a.isSucceeded())).toList());
        return data;
    }

    /** KVKK: forgets the residency and the attempt log of a person. */
    public void erase(String username) {
        tx.executeWithoutResult(status -> {
            residents.findByUsername(username).ifPresent(residents::delete);
            attempts.deleteByUsername(username);
        });
        log.info("Residency data of {} erased on request", username);
    }

    public record CensusImportResult(int imported, List<Csv.RowError> errors) {
    }

    /**
     * Imports the census list ({@code tckn;birth_year;neighbourhood_code}). Numbers are
     * hashed on the way in and never stored; bad rows are reported and skipped.
     */
    @PreAuthorize("hasAnyRole('officer','admin')")
    public CensusImportResult importCensus(InputStream csv) throws IOException {
        List<Csv.Row> lines = Csv.read(csv);
        List<Csv.RowError> errors = new ArrayList<>();
        record Row(String hash, int birthYear, long neighbourhoodId) {
        }
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int thisYear = java.time.Year.now(clock).getValue();
        for (int i = 0; i < lines.size(); i++) {
            var row = lines.get(i);
            if (row.isBlank() || (i == 0 && !Character.isDigit(row.raw().strip().charAt(0)))) {
                continue; // header or empty line
            }
            // The number never reaches the error report: only the line number does.
            int lineNo = row.line();
            List<String> cells = row.cells();
            if (cells.size() != 3) {
                errors.add(new Csv.RowError(lineNo, "", "census.import.error.columns", List.of(cells.size())));
                continue;
            }
            var problem = TcKimlikNo.check(cells.get(0));
            if (problem != null) {
                errors.add(new Csv.RowError(lineNo, "", "census.import.error.tckn", List.of()));
                continue;
            }
            int birthYear;
            try {
                birthYear = Integer.parseInt(cells.get(1).strip());
            } catch (NumberFormatException e) {
                birthYear = -1;
            }
            if (birthYear < 1900 || birthYear > thisYear) {
                errors.add(new Csv.RowError(lineNo, "", "census.import.error.birth-year", List.of(cells.get(1).strip())));
                continue;
            }
            var neighbourhood = neighbourhoods.byCode(cells.get(2).strip());
            if (neighbourhood.isEmpty()) {
                errors.add(new Csv.RowError(lineNo, "", "census.import.error.neighbourhood", List.of(cells.get(2).strip())));
                continue;
            }
            String hash = hasher.hash(cells.get(0));
            if (!seen.add(hash)) {
                errors.add(new Csv.RowError(lineNo, "", "census.import.error.duplicate", List.of()));
                continue;
            }
            rows.add(new Row(hash, birthYear, neighbourhood.get().getId()));
        }
        tx.executeWithoutResult(status -> {
            var now = clock.instant();
            for (Row row : rows) {
                census.findByIdHash(row.hash()).ifPresentOrElse(
                        e -> e.update(row.birthYear(), row.neighbourhoodId(), now),
                        () -> census.save(new CensusEntry(row.hash(), row.birthYear(), row.neighbourhoodId(), now)));
            }
        });
        return new CensusImportResult(rows.size(), List.copyOf(errors));
    }
}
