package tr.bel.izmir.bizizmir.transparency.opendata;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tr.bel.izmir.bizizmir.budgeting.PublishedPabulib;
import tr.bel.izmir.bizizmir.shared.Messages;
import tr.bel.izmir.bizizmir.shared.PublicBaseUrl;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Open data for anyone and for harvesters such as the city's CKAN (issue 18, DD029): a DCAT-AP
 * style JSON-LD catalogue of every dataset, each dataset as CSV and JSON streamed from the
 * database, and its table schema. Links are absolute, built from {@code bizizmir.public-base-url},
 * never from the request's Host header. Licence CC BY 4.0.
 */
@RestController
@RequestMapping("/api/v1/public/datasets")
@PreAuthorize("permitAll()")
class OpenDataApi {

    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8;header=present");

    static final String PABULIB = "pabulib";
    static final MediaType PB = MediaType.parseMediaType("text/plain;charset=UTF-8");

    private final OpenDataCatalog catalog;
    private final PublishedPabulib pabulib;
    private final PublicBaseUrl baseUrl;
    private final Messages messages;

    OpenDataApi(OpenDataCatalog catalog, PublishedPabulib pabulib, PublicBaseUrl baseUrl, Messages messages) {
        this.catalog = catalog;
        this.pabulib = pabulib;
        this.baseUrl = baseUrl;
        this.messages = messages;
    }

    /** The catalogue: every dataset with its distributions, as DCAT-AP JSON-LD. */
    @GetMapping(produces = {"application/ld+json", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<Map<String, Object>> catalogue() {
        String base = baseUrl.get();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", context());
        doc.put("@id", base + "/api/v1/public/datasets");
        doc.put("@type", "Catalog");
        doc.put("title", both("opendata.catalogue.title"));
        doc.put("description", both("opendata.catalogue.description"));
        doc.put("homepage", base + "/open-data");
        doc.put("publisher", publisher());
        doc.put("license", OpenDataCatalog.LICENCE_URL);
        doc.put("language", List.of("tr", "en"));
        List<Object> datasets = new ArrayList<>();
        Instant latest = null;
        for (Dataset d : catalog.all()) {
            Optional<Instant> modified = d.lastUpdated();
            if (modified.isPresent() && (latest == null || modified.get().isAfter(latest))) {
                latest = modified.get();
            }
            datasets.add(describe(d, modified, base, false));
        }
        datasets.add(pabulibDescription(base, false));
        if (latest != null) {
            doc.put("modified", latest.toString());
        }
        doc.put("dataset", datasets);
        return ResponseEntity.ok().contentType(JSON_LD).body(doc);
    }

    /** One dataset's description, the same as its entry in the catalogue. */
    @GetMapping(path = "/{dataset}", produces = {"application/ld+json", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<Map<String, Object>> dataset(@PathVariable String dataset) {
        if (PABULIB.equals(dataset)) {
            return ResponseEntity.ok().contentType(JSON_LD).body(pabulibDescription(baseUrl.get(), true));
        }
        Dataset d = catalog.require(dataset);
        return ResponseEntity.ok().contentType(JSON_LD).body(describe(d, d.lastUpdated(), baseUrl.get(), true));
    }

    /** The dataset as UTF-8 CSV (RFC 4180, a header row), streamed. */
    @GetMapping(path = "/{dataset}.csv")
    void csv(@PathVariable String dataset, HttpServletResponse response) throws IOException {
        Dataset d = catalog.require(dataset);
        headers(response, d, CSV, "csv");
        DatasetWriter.csv(d, response.getOutputStream());
    }

    /** The dataset as JSON: its licence, last update and note first, then the rows, streamed. */
    @GetMapping(path = "/{dataset}.json")
    void json(@PathVariable String dataset, HttpServletResponse response) throws IOException {
        Dataset d = catalog.require(dataset);
        Optional<Instant> modified = headers(response, d, MediaType.APPLICATION_JSON, "json");
        var locale = LocaleContextHolder.getLocale();
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("dataset", d.id());
        meta.put("title", messages.get("opendata.dataset." + d.id() + ".title", locale));
        meta.put("license", OpenDataCatalog.LICENCE);
        meta.put("licenseUrl", OpenDataCatalog.LICENCE_URL);
        meta.put("attribution", messages.get("opendata.attribution", locale));
        meta.put("lastUpdated", modified.map(Instant::toString).orElse(null));
        meta.put("schema", baseUrl.get() + "/api/v1/public/datasets/" + d.id() + "/schema.json");
        d.noteKey().ifPresent(k -> meta.put("note", messages.get(k, locale, d.noteArgs())));
        DatasetWriter.json(d, meta, response.getOutputStream());
    }

    /**
     * The vote of a cycle with a published allocation in the pabulib format (META, PROJECTS,
     * VOTES; ballots under sequential numbers in a canonical order). Other cycles are not found.
     */
    @GetMapping(path = "/pabulib/{cycleId}.pb")
    ResponseEntity<byte[]> pabulib(@PathVariable long cycleId) {
        byte[] body = pabulib.export(cycleId).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(PB)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"bizizmir-cycle-" + cycleId + ".pb\"")
                .header(HttpHeaders.LINK, "<" + OpenDataCatalog.LICENCE_URL + ">; rel=\"license\"")
                .body(body);
    }

    /** The dataset's columns and types as a Frictionless Table Schema. */
    @GetMapping(path = "/{dataset}/schema.json", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> schema(@PathVariable String dataset) {
        Dataset d = catalog.require(dataset);
        List<Object> fields = new ArrayList<>();
        for (Column c : d.columns()) {
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("name", c.name());
            field.put("type", c.type().schemaName());
            if (c.required()) {
                field.put("constraints", Map.of("required", true));
            }
            fields.add(field);
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("fields", fields);
        schema.put("missingValues", List.of(""));
        return schema;
    }

    private Optional<Instant> headers(HttpServletResponse response, Dataset d, MediaType type, String extension) {
        Optional<Instant> modified = d.lastUpdated();
        response.setStatus(200);
        response.setContentType(type.toString());
        response.setCharacterEncoding("UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"bizizmir-" + d.id() + "." + extension + "\"");
        response.setHeader(HttpHeaders.LINK, "<" + OpenDataCatalog.LICENCE_URL + ">; rel=\"license\"");
        modified.ifPresent(m -> response.setHeader(HttpHeaders.LAST_MODIFIED,
                DateTimeFormatter.RFC_1123_DATE_TIME.format(m.atOffset(ZoneOffset.UTC))));
        return modified;
    }

    private Map<String, Object> describe(Dataset d, Optional<Instant> modified, String base, boolean withContext) {
        String self = base + "/api/v1/public/datasets/" + d.id();
        Map<String, Object> ds = new LinkedHashMap<>();
        if (withContext) {
            ds.put("@context", context());
        }
        ds.put("@id", self);
        ds.put("@type", "Dataset");
        ds.put("identifier", d.id());
        ds.put("title", both("opendata.dataset." + d.id() + ".title"));
        ds.put("description", both("opendata.dataset." + d.id() + ".description"));
        ds.put("license", OpenDataCatalog.LICENCE_URL);
        ds.put("publisher", publisher());
        ds.put("landingPage", base + "/open-data#dataset-" + d.id());
        ds.put("language", List.of("tr", "en"));
        modified.ifPresent(m -> ds.put("modified", m.toString()));
        String schema = self + "/schema.json";
        ds.put("distribution", List.of(
                distribution(self + ".csv", "CSV", "text/csv", schema),
                distribution(self + ".json", "JSON", "application/json", schema)));
        return ds;
    }

    /** The pabulib files: one distribution per published cycle. */
    private Map<String, Object> pabulibDescription(String base, boolean withContext) {
        String self = base + "/api/v1/public/datasets/" + PABULIB;
        Map<String, Object> ds = new LinkedHashMap<>();
        if (withContext) {
            ds.put("@context", context());
        }
        ds.put("@id", self);
        ds.put("@type", "Dataset");
        ds.put("identifier", PABULIB);
        ds.put("title", both("opendata.dataset.pabulib.title"));
        ds.put("description", both("opendata.dataset.pabulib.description"));
        ds.put("license", OpenDataCatalog.LICENCE_URL);
        ds.put("publisher", publisher());
        ds.put("landingPage", base + "/open-data#dataset-" + PABULIB);
        ds.put("conformsTo", "https://pabulib.org/format");
        catalog.require("pb-allocations").lastUpdated().ifPresent(m -> ds.put("modified", m.toString()));
        List<Object> distributions = new ArrayList<>();
        for (long cycle : pabulib.cycles()) {
            String url = self + "/" + cycle + ".pb";
            Map<String, Object> dist = new LinkedHashMap<>();
            dist.put("@id", url);
            dist.put("@type", "Distribution");
            dist.put("format", "pabulib");
            dist.put("mediaType", "text/plain");
            dist.put("downloadURL", url);
            dist.put("accessURL", url);
            dist.put("license", OpenDataCatalog.LICENCE_URL);
            distributions.add(dist);
        }
        ds.put("distribution", distributions);
        return ds;
    }

    private static Map<String, Object> distribution(String url, String format, String mediaType, String schema) {
        Map<String, Object> dist = new LinkedHashMap<>();
        dist.put("@id", url);
        dist.put("@type", "Distribution");
        dist.put("format", format);
        dist.put("mediaType", mediaType);
        dist.put("downloadURL", url);
        dist.put("accessURL", url);
        dist.put("license", OpenDataCatalog.LICENCE_URL);
        dist.put("describedBy", schema);
        return dist;
    }

    private Map<String, String> both(String key) {
        Map<String, String> text = new LinkedHashMap<>();
        text.put("tr", messages.get(key, Messages.TURKISH));
        text.put("en", messages.get(key, Messages.ENGLISH));
        return text;
    }

    private Map<String, Object> publisher() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("@type", "Organization");
        p.put("name", messages.get("opendata.publisher", Messages.TURKISH));
        return p;
    }

    static Map<String, Object> context() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("dcat", "http://www.w3.org/ns/dcat#");
        c.put("dct", "http://purl.org/dc/terms/");
        c.put("foaf", "http://xmlns.com/foaf/0.1/");
        c.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        c.put("Catalog", "dcat:Catalog");
        c.put("Dataset", "dcat:Dataset");
        c.put("Distribution", "dcat:Distribution");
        c.put("Organization", "foaf:Organization");
        c.put("dataset", "dcat:dataset");
        c.put("distribution", "dcat:distribution");
        c.put("title", Map.of("@id", "dct:title", "@container", "@language"));
        c.put("description", Map.of("@id", "dct:description", "@container", "@language"));
        c.put("identifier", "dct:identifier");
        c.put("license", Map.of("@id", "dct:license", "@type", "@id"));
        c.put("modified", Map.of("@id", "dct:modified", "@type", "xsd:dateTime"));
        c.put("publisher", "dct:publisher");
        c.put("language", "dct:language");
        c.put("name", "foaf:name");
        c.put("homepage", Map.of("@id", "foaf:homepage", "@type", "@id"));
        c.put("landingPage", Map.of("@id", "dcat:landingPage", "@type", "@id"));
        c.put("downloadURL", Map.of("@id", "dcat:downloadURL", "@type", "@id"));
        c.put("accessURL", Map.of("@id", "dcat:accessURL", "@type", "@id"));
        c.put("mediaType", "dcat:mediaType");
        c.put("format", "dct:format");
        c.put("conformsTo", Map.of("@id", "dct:conformsTo", "@type", "@id"));
        c.put("describedBy", Map.of("@id", "http://www.w3.org/2007/05/powder-s#describedby", "@type", "@id"));
        return c;
    }
}
