package tr.bel.izmir.bizizmir.budgeting.allocation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Test helpers: read the sample files and small hand-written elections. */
final class Pb {

    static final String ZABRZE = "poland_zabrze_2021_konczyce.pb";
    static final String GDANSK = "poland_gdansk_2020_siedlce.pb";
    static final String KRAKOW = "poland_krakow_2021_grzegorzki.pb";

    /** City-wide elections, gzip-compressed under {@code pabulib/large/}. */
    static final String WIELICZKA = "poland_wieliczka_2023.pb.gz";
    static final String LODZ = "poland_lodz_2022_.pb.gz";
    static final String WROCLAW = "poland_wroclaw_2015_150-500.pb.gz";

    private Pb() {
    }

    static PbInstance large(String file) {
        try (InputStream in = Pb.class.getResourceAsStream("/pabulib/large/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + file);
            }
            return new PabulibParser().parse(new java.util.zip.GZIPInputStream(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PbInstance parse(String text) {
        return new PabulibParser().parse(text);
    }

    static PbInstance sample(String file) {
        try (InputStream in = Pb.class.getResourceAsStream("/pabulib/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + file);
            }
            return new PabulibParser().parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An approval election from compact lines: "budget 100", "project A 60",
     * "voter 1 A,B" (a voter line with no projects approves nothing).
     */
    static PbInstance approval(String spec) {
        StringBuilder projects = new StringBuilder("PROJECTS\nproject_id;cost\n");
        StringBuilder votes = new StringBuilder("VOTES\nvoter_id;vote\n");
        String budget = null;
        for (String raw : spec.strip().split("\n")) {
            String[] w = raw.strip().split("\\s+");
            switch (w[0]) {
                case "budget" -> budget = w[1];
                case "project" -> projects.append(w[1]).append(';').append(w[2]).append('\n');
                case "voter" -> votes.append(w[1]).append(';').append(w.length > 2 ? w[2] : "").append('\n');
                default -> throw new IllegalArgumentException(raw);
            }
        }
        return parse("META\nkey;value\nbudget;" + budget + "\nvote_type;approval\n" + projects + votes);
    }

    /** Voters numbered from {@code first}, each approving {@code projects}. */
    static String voters(int first, int count, String projects) {
        StringBuilder sb = new StringBuilder();
        for (int i = first; i < first + count; i++) {
            sb.append("voter ").append(i).append(' ').append(projects).append('\n');
        }
        return sb.toString();
    }
}
