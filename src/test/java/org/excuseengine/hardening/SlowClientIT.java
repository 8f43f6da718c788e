package org.excuseengine.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.excuseengine.service.ExcuseService;
import org.excuseengine.service.ServiceConfig;
import org.excuseengine.testing.SharedEngine;
import org.junit.jupiter.api.Test;

/**
 * Clients that send one byte at a time (bodies, and headers that never end), more of them than the
 * service has threads: the service goes on answering everyone else, and cuts the slow bodies off
 * once they fall below the minimum data rate.
 */
class SlowClientIT {
    private static final int THREADS = 4;
    private static final int SLOW_CLIENTS = 2 * THREADS;

    @Test
    void slowClientsNeitherStopTheServiceNorHoldItsThreadsForEver() throws Exception {
        ServiceConfig config = ServiceConfig.builder().port(0).threads(THREADS)
                .idleTimeout(Duration.ofSeconds(2)).minRequestBytesPerSecond(1024).build();
        ExecutorService slow = Executors.newFixedThreadPool(2 * SLOW_CLIENTS);
        try (ExcuseService service = ExcuseService.start(config, () -> org.excuseengine.engine.ExcuseEngine.fromRules(SharedEngine.RULES))) {
            service.awaitRules();
            int port = service.address().getPort();
            List<Future<Long>> bodies = new ArrayList<>();
            List<Future<Long>> headers = new ArrayList<>();
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                bodies.add(slow.submit(() -> trickle(port, true)));
                headers.add(slow.submit(() -> trickle(port, false)));
            }
            Thread.sleep(500); // every slow client has connected and is trickling

            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            for (int probe = 0; probe < 5; probe++) {
                long start = System.nanoTime();
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, health.statusCode());
                assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2), "/healthz answers at once");
                Thread.sleep(300);
            }
            for (Future<Long> body : bodies) {
                long heldMillis = body.get(30, TimeUnit.SECONDS);
                assertTrue(heldMillis < 10_000, "a body at 5 bytes a second is cut off within seconds, not "
                        + heldMillis + " ms");
            }
            // Headers that never end hold a connection each (up to the connection limit), never a thread.
            headers.forEach(header -> header.cancel(true));
        } finally {
            slow.shutdownNow();
        }
    }

    /**
     * Sends a request a byte every 200 ms (its body, or headers that never end) until the server
     * closes the connection; returns how long that took.
     */
    private static long trickle(int port, boolean inBody) throws IOException {
        long start = System.nanoTime();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(200);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            String head = inBody
                    ? "POST /v1/assessments HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n"
                    : "GET /healthz HTTP/1.1\r\nHost: x\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            for (int sent = 0; sent < 100_000; sent++) {
                out.write(inBody ? ' ' : 'X');
                out.flush();
                try {
                    if (in.read() < 0) {
                        break; // closed by the server
                    }
                    in.readAllBytes(); // an answer (408, 400, 431): then the close
                    break;
                } catch (java.net.SocketTimeoutException stillOpen) {
                    // no answer yet: keep trickling
                }
            }
        } catch (SocketException reset) {
            // the server closed the connection while a byte was on its way
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
