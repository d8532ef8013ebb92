package tr.bel.izmir.bizizmir.support;

import tr.bel.izmir.bizizmir.security.SystemActor;

import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.neighbourhood.ResidentRegistry;
import tr.bel.izmir.bizizmir.neighbourhood.TcKimlikNo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Verified residents for tests that share one database: one JVM-wide sequence of valid ID
 * numbers, so no two tests ever verify two people with the same number.
 */
public final class TestResidents {

    private static final AtomicInteger NEXT = new AtomicInteger(600_000_000);

    private TestResidents() {
    }

    /** A valid T.C. Kimlik No that no other test in this JVM has used. */
    public static String newTckn() {
        return TcKimlikNo.complete(Integer.toString(NEXT.incrementAndGet()));
    }

    /** Puts a new person in the census of the neighbourhood and verifies {@code username} as them. */
    public static String verified(ResidentRegistry residents, NeighbourhoodCatalog neighbourhoods, String username,
                                  long neighbourhoodId, int birthYear) {
        String tckn = newTckn();
        String code = neighbourhoods.require(neighbourhoodId).getCode();
        try {
            SystemActor.call(() -> residents.importCensus(new ByteArrayInputStream(
                    (tckn + ";" + birthYear + ";" + code + "\n").getBytes(StandardCharsets.UTF_8))));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        residents.verify(username, tckn, birthYear, neighbourhoodId, true);
        return username;
    }
}
