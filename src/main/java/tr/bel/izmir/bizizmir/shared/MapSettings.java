package tr.bel.izmir.bizizmir.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.net.URI;

/**
 * Where the maps take their background tiles from (DD030): an OpenStreetMap-style URL template
 * ({@code {z}/{x}/{y}}, optionally {@code {s}} for subdomains) and the attribution the tile
 * provider asks for. The Content-Security-Policy allows images from exactly this origin.
 * Markers and lists never depend on the tiles: without a reachable tile server (the tests) the
 * map shows its markers on a blank background.
 */
@Component
public class MapSettings {

    public static final String OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
    public static final String OSM_ATTRIBUTION =
            "&copy; <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a>";

    private final String tileUrl;
    private final String attribution;

    public MapSettings(@Value("${bizizmir.maps.tile-url:" + OSM_TILES + "}") String tileUrl,
                       @Value("${bizizmir.maps.attribution:" + OSM_ATTRIBUTION + "}") String attribution) {
        this.tileUrl = tileUrl.strip();
        this.attribution = attribution;
        tileOrigin(this.tileUrl); // refuse a malformed URL at start-up, not in a browser
    }

    public String tileUrl() {
        return tileUrl;
    }

    public String attribution() {
        return attribution;
    }

    /** The CSP source of the tiles: scheme and host (a {@code {s}} subdomain becomes {@code *.}), with the port. */
    public static String tileOrigin(String tileUrl) {
        String url = tileUrl.replace("{s}.", "subdomain-wildcard.");
        URI uri = URI.create(url.replaceAll("\\{[a-z]+}", "0"));
        if (uri.getScheme() == null || uri.getHost() == null
                || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
            throw new IllegalArgumentException("bizizmir.maps.tile-url must be an http(s) URL template: " + tileUrl);
        }
        String host = uri.getHost().replace("subdomain-wildcard.", "*.");
        return uri.getScheme() + "://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}
