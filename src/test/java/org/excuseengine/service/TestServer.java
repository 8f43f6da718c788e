package org.excuseengine.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.excuseengine.engine.ExcuseEngine;
import org.excuseengine.testing.SharedEngine;

/** A service on 127.0.0.1 and an ephemeral port, and a client that speaks to it as a CRM would. */
final class TestServer implements AutoCloseable {
    static final String TOKEN = "test-token-for-the-service-tests";
    /** Small limits, so that the tests that pass them stay small. */
    static final int MAX_BODY_BYTES = 64 * 1024;
    static final int MAX_BATCH_RECORDS = 200;
    static final long MAX_BATCH_BYTES = 4L * 1024 * 1024;

    static {
        // The JDK server closes a connection idle for 30 s; a client that keeps idle connections
        // longer (the JDK client's default is 20 minutes) would send a POST down a closed one.
        System.setProperty("jdk.httpclient.keepalive.timeout", "20");
    }

    private static TestServer shared;

    final ExcuseService service;
    final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final URI base;

    private TestServer(ExcuseService service) {
        this.service = service;
        this.base = URI.create("http://127.0.0.1:" + service.address().getPort());
    }

    /** A service with the test token and small limits. */
    static ServiceConfig.Builder config() {
        return ServiceConfig.builder().port(0).token(TOKEN).maxBodyBytes(MAX_BODY_BYTES)
                .maxBatchRecords(MAX_BATCH_RECORDS).maxBatchBytes(MAX_BATCH_BYTES).drainTimeout(Duration.ofSeconds(20));
    }

    static TestServer start(ServiceConfig config, Callable<ExcuseEngine> loader) throws IOException {
        return new TestServer(ExcuseService.start(config, loader));
    }

    /** A service whose rules never finish loading: every answer it gives before they would. */
    static TestServer stillLoadingRules() throws IOException {
        CountDownLatch never = new CountDownLatch(1);
        return start(config().build(), () -> {
            never.await();
            throw new IllegalStateException("unreachable");
        });
    }

    /**
     * One service for every test class that only reads from it, on the run's shared engine (rules
     * take seconds to compile). It is never closed: it ends with the test JVM.
     */
    static synchronized TestServer shared() throws Exception {
        if (shared == null) {
            shared = start(config().build(), SharedEngine::get);
            shared.service.awaitRules();
        }
        return shared;
    }

    ExcuseEngine engine() throws InterruptedException {
        return service.awaitRules();
    }

    URI uri(String path) {
        return base.resolve(path);
    }

    /** A request to {@code path}, with the token. */
    HttpRequest.Builder request(String path) {
        return anonymous(path).header("Authorization", "Bearer " + TOKEN);
    }

    /** A request to {@code path}, without a token. */
    HttpRequest.Builder anonymous(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(120));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        service.close();
    }
}
