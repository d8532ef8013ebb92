package tr.bel.izmir.bizizmir.support;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Keycloak for tests, without Docker: the Quarkus distribution that Maven unpacks
 * into {@code target/keycloak} ({@code -Dkeycloak.dist.dir}), started in dev mode on a free
 * loopback port with {@code keycloak/realm-bizizmir.json} imported.
 * <p>
 * Keycloak 26 needs Java 21 or newer while the application builds on 17, so a separate JDK
 * is looked up ({@code KEYCLOAK_JAVA_HOME}, then {@code /usr/lib/jvm/*}). Without one the
 * test is skipped with a message, unless {@code -Dbizizmir.browser.required=true} makes
 * that a failure.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "bizizmir";
    public static final String CLIENT_ID = "bizizmir-app";
    public static final String CLIENT_SECRET = "bizizmir-dev-secret";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final Path REALM_FILE = Path.of("keycloak", "realm-bizizmir.json");

    private final Process process;
    private final int port;
    private final Path log;
    private final Duration startTime;

    private KeycloakServer(Process process, int port, Path log, Duration startTime) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.startTime = startTime;
    }

    /** Starts Keycloak and waits until the realm answers; skips the test where it cannot run. */
    public static KeycloakServer start() {
        Path dist = distribution().orElseGet(() -> skip("Keycloak tests skipped: no Keycloak distribution under "
                + System.getProperty("keycloak.dist.dir") + " (run through Maven, which unpacks it)."));
        Path javaHome = javaHome().orElseGet(() -> skip("Keycloak tests skipped: Keycloak 26 needs a JDK >= 21 and"
                + " none was found (set KEYCLOAK_JAVA_HOME, or install one under /usr/lib/jvm)."));
        try {
            prepareImport(dist);
            int port = freePort();
            Path log = dist.resolve("data").resolve("bizizmir-test-keycloak.log");
            var builder = new ProcessBuilder(dist.resolve("bin").resolve("kc.sh").toString(), "start-dev",
                    "--http-host", "127.0.0.1", "--http-port", Integer.toString(port), "--import-realm")
                    .directory(dist.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            var env = builder.environment();
            env.put("JAVA_HOME", javaHome.toString());
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            // Two cores shared with other builds: keep Keycloak's heap modest.
            env.putIfAbsent("JAVA_OPTS_KC_HEAP", "-Xms128m -Xmx1g");
            Instant started = Instant.now();
            Process process = builder.start();
            var server = new KeycloakServer(process, port, log, Duration.ZERO);
            try {
                server.awaitRealm(started.plus(START_TIMEOUT));
            } catch (RuntimeException | Error e) {
                server.close();
                throw e;
            }
            var ready = new KeycloakServer(process, port, log, Duration.between(started, Instant.now()));
            System.out.printf("Keycloak %s ready on port %d after %d s (JDK %s)%n", dist.getFileName(), port,
                    ready.startTime.toSeconds(), javaHome);
            return ready;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak from " + dist, e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public String realmUrl() {
        return url() + "/realms/" + REALM;
    }

    public Duration startTime() {
        return startTime;
    }

    /** An access token for {@code username} by the resource-owner password grant. */
    public String accessToken(String username, String password) throws IOException, InterruptedException {
        return accessToken("client_id=" + CLIENT_ID + "&client_secret=" + CLIENT_SECRET, username, password);
    }

    /**
     * An access token for {@code username} issued to Keycloak's own public {@code admin-cli}
     * client of the realm: a valid token of the right issuer, but not meant for this application.
     */
    public String accessTokenForAnotherClient(String username, String password) throws IOException, InterruptedException {
        return accessToken("client_id=admin-cli", username, password);
    }

    private String accessToken(String client, String username, String password) throws IOException, InterruptedException {
        String form = "grant_type=password&" + client
                + "&scope=openid&username=" + enc(username) + "&password=" + enc(password);
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create(realmUrl() + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Token request for " + username + " failed: " + response.statusCode()
                    + " " + response.body());
        }
        // A JSON library is not needed for one string field.
        var matcher = java.util.regex.Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (!matcher.find()) {
            throw new IllegalStateException("No access_token in " + response.body());
        }
        return matcher.group(1);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private void awaitRealm(Instant deadline) {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var request = HttpRequest.newBuilder(URI.create(realmUrl() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; log:\n" + tail());
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
            try {
                // Polling interval of the readiness check, bounded by the deadline above.
                process.waitFor(500, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
        }
        throw new IllegalStateException("Keycloak did not answer within " + START_TIMEOUT + "; log:\n" + tail());
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops Keycloak and everything kc.sh started (the script runs a child java process). */
    @Override
    public void close() {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
    }

    /**
     * Copies the realm into Keycloak's import folder. Dev mode keeps its H2 database in
     * {@code data/h2} and skips the import of a realm that already exists, so when the realm
     * file changed since the last run the old database is removed (a restart with an
     * unchanged realm stays fast).
     */
    private static void prepareImport(Path dist) throws IOException {
        Path data = dist.resolve("data");
        Path importDir = data.resolve("import");
        Files.createDirectories(importDir);
        byte[] realm = Files.readAllBytes(REALM_FILE);
        String hash = sha256(realm);
        Path marker = data.resolve("bizizmir-realm.sha256");
        if (!Files.exists(marker) || !Files.readString(marker).equals(hash)) {
            deleteTree(data.resolve("h2"));
        }
        Files.copy(REALM_FILE, importDir.resolve(REALM_FILE.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(marker, hash);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The unpacked distribution: the directory itself or its single keycloak-* child. */
    static Optional<Path> distribution() {
        String configured = System.getProperty("keycloak.dist.dir");
        if (configured == null) {
            return Optional.empty();
        }
        Path dir = Path.of(configured);
        if (Files.isExecutable(dir.resolve("bin/kc.sh"))) {
            return Optional.of(dir);
        }
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(c -> Files.isExecutable(c.resolve("bin/kc.sh"))).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A JDK that can run Keycloak 26: KEYCLOAK_JAVA_HOME, then Temurin 25, then any JDK >= 21. */
    static Optional<Path> javaHome() {
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(System.getenv("KEYCLOAK_JAVA_HOME")).filter(s -> !s.isBlank()).map(Path::of)
                .ifPresent(candidates::add);
        candidates.add(Path.of("/usr/lib/jvm/temurin-25-jdk-amd64"));
        try (Stream<Path> jvms = Files.list(Path.of("/usr/lib/jvm"))) {
            jvms.sorted(Comparator.reverseOrder()).forEach(candidates::add);
        } catch (IOException e) {
            // no /usr/lib/jvm on this machine
        }
        return candidates.stream()
                .filter(home -> Files.isExecutable(home.resolve("bin/java")))
                .filter(home -> featureVersion(home) >= 21)
                .findFirst();
    }

    /** The feature version from the JDK's {@code release} file, e.g. 25 for "25.0.3"; 0 if unknown. */
    static int featureVersion(Path javaHome) {
        Path release = javaHome.resolve("release");
        if (!Files.isReadable(release)) {
            return 0;
        }
        var props = new Properties();
        try (var in = Files.newBufferedReader(release)) {
            props.load(in);
        } catch (IOException e) {
            return 0;
        }
        String version = props.getProperty("JAVA_VERSION", "").replace("\"", "");
        String feature = version.startsWith("1.") ? version.substring(2) : version;
        int end = 0;
        while (end < feature.length() && Character.isDigit(feature.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(feature.substring(0, end));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static <T> T skip(String message) {
        if (Boolean.getBoolean("bizizmir.browser.required")) {
            throw new IllegalStateException(message);
        }
        System.err.println(message);
        Assumptions.abort(message);
        throw new AssertionError("unreachable");
    }
}
