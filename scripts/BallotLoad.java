// Load generator of scripts/bench-ballots.sh: casts one ballot per benchmark voter through the
// real HTTP API with a fixed number of concurrent voters, and reports throughput and latency.
// Run with the JDK's source launcher: java scripts/BallotLoad.java <args> (no build step).
//
// Each concurrent voter is a thread with its own keep-alive HTTP/1.1 connection written with
// plain blocking sockets (like wrk or pgbench's own clients): the JDK's HttpClient spent about
// 1 ms of CPU per request on the same two cores as the server under test, i.e. the load
// generator took a third of the machine away from the application it measured.
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

public class BallotLoad {

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        long voteId = Long.parseLong(args[1]);
        String[] ballots = args[2].split(";");          // ballot shapes, e.g. "1,3;2;4,5"
        String prefix = args[3];                        // voter user names: prefix + index
        int from = Integer.parseInt(args[4]);           // first voter index
        int count = Integer.parseInt(args[5]);          // ballots to cast
        int concurrency = Integer.parseInt(args[6]);
        String password = args[7];
        boolean quiet = args.length > 8 && args[8].equals("warmup");
        // Baseline mode: the same authenticated POST to a path the API does not have, answered
        // 404 with a problem document by its catch-all: the stack's cost without the ballot.
        String baselinePath = args.length > 8 && args[8].startsWith("/") ? args[8] : null;

        long[] latencies = new long[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<String> firstErrors = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        String path = baselinePath != null ? baselinePath : "/api/v1/votes/" + voteId + "/ballots";
        int expectedStatus = baselinePath != null ? 404 : 200;
        String expectedText = baselinePath != null ? "\"status\"" : "receiptCode";
        String host = base.getHost() + ":" + base.getPort();
        long start = System.nanoTime();
        for (int t = 0; t < concurrency; t++) {
            pool.submit(() -> {
                Connection connection = null;
                int i;
                while ((i = next.getAndIncrement()) < count) {
                    String voter = prefix + (from + i);
                    byte[] body = ("{\"optionIds\":[" + ballots[i % ballots.length] + "],\"submissionKey\":\""
                            + UUID.randomUUID() + "\"}").getBytes(StandardCharsets.UTF_8);
                    byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: " + host
                            + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nAuthorization: Basic "
                            + Base64.getEncoder().encodeToString((voter + ":" + password).getBytes(StandardCharsets.UTF_8))
                            + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
                    long t0 = System.nanoTime();
                    try {
                        if (connection == null) {
                            connection = new Connection(base.getHost(), base.getPort());
                        }
                        Response response = connection.exchange(head, body);
                        latencies[i] = System.nanoTime() - t0;
                        if (response.status != expectedStatus || !response.body.contains(expectedText)) {
                            errors.incrementAndGet();
                            if (firstErrors.size() < 5) {
                                firstErrors.add(response.status + " " + response.body);
                            }
                        }
                        if (response.close) {
                            connection.close();
                            connection = null;
                        }
                    } catch (IOException e) {
                        latencies[i] = System.nanoTime() - t0;
                        errors.incrementAndGet();
                        if (firstErrors.size() < 5) {
                            firstErrors.add(e.toString());
                        }
                        if (connection != null) {
                            connection.close();
                            connection = null;
                        }
                    }
                }
                if (connection != null) {
                    connection.close();
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        double p50 = latencies[count / 2] / 1e6;
        double p99 = latencies[Math.min(count - 1, (int) Math.ceil(count * 0.99) - 1)] / 1e6;
        double max = latencies[count - 1] / 1e6;
        if (baselinePath != null) {
            System.out.printf("baseline requests=%d errors=%d seconds=%.2f requests_per_s=%.0f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f%n",
                    count, errors.get(), seconds, count / seconds, p50, p99, max);
            firstErrors.forEach(e -> System.out.println("error: " + e));
            System.exit(errors.get() == 0 ? 0 : 1);
        }
        System.out.printf("%s ballots=%d errors=%d seconds=%.2f ballots_per_s=%.0f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f%n",
                quiet ? "warmup" : "measured", count, errors.get(), seconds, count / seconds, p50, p99, max);
        firstErrors.forEach(e -> System.out.println("error: " + e));
        System.exit(errors.get() == 0 ? 0 : 1);
    }

    record Response(int status, String body, boolean close) {
    }

    /** One keep-alive HTTP/1.1 connection: a request out, its whole response in (Content-Length or chunked). */
    static final class Connection {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;

        Connection(String host, int port) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            socket.connect(new InetSocketAddress(host, port), 10_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 8192);
        }

        Response exchange(byte[] head, byte[] body) throws IOException {
            byte[] request = Arrays.copyOf(head, head.length + body.length);
            System.arraycopy(body, 0, request, head.length, body.length);
            out.write(request);
            out.flush();
            String statusLine = line();
            if (statusLine == null) {
                throw new IOException("connection closed by the server");
            }
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            int length = -1;
            boolean chunked = false;
            boolean close = false;
            String header;
            while ((header = line()) != null && !header.isEmpty()) {
                String lower = header.toLowerCase();
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    close = true;
                }
            }
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            if (chunked) {
                int size;
                while ((size = Integer.parseInt(line().split(";")[0].trim(), 16)) > 0) {
                    content.write(in.readNBytes(size));
                    line();
                }
                line();
            } else if (length >= 0) {
                content.write(in.readNBytes(length));
            } else {
                content.write(in.readAllBytes());
                close = true;
            }
            return new Response(status, content.toString(StandardCharsets.UTF_8), close);
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) != -1) {
                if (c == '\n') {
                    int n = line.length();
                    return n > 0 && line.charAt(n - 1) == '\r' ? line.substring(0, n - 1) : line.toString();
                }
                line.append((char) c);
            }
            return line.length() == 0 ? null : line.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
