package tr.bel.izmir.bizizmir.support;

import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodInfo;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodImport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A neighbourhood of a test's own (tests share one database), imported the way an admin
 * imports the list: a district as spelt in the CSV (ASCII, e.g. "Odemis") and a unique name.
 */
public final class TestNeighbourhoods {

    private TestNeighbourhoods() {
    }

    public static NeighbourhoodInfo fresh(NeighbourhoodImport importer, NeighbourhoodCatalog catalog, String district,
                                      String name) {
        RunAs.user("admin", () -> {
            try {
                importer.importCsv(new ByteArrayInputStream(("district;neighbourhood\n" + district + ";" + name + "\n")
                        .getBytes(StandardCharsets.UTF_8)), p -> { });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "admin");
        return catalog.requireByCode(slug(district) + "-" + slug(name));
    }

    private static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replace(' ', '-');
    }
}
