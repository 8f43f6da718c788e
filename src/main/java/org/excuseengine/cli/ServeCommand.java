package org.excuseengine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import org.excuseengine.engine.ExcuseEngine;
import org.excuseengine.service.ExcuseService;
import org.excuseengine.service.ServiceConfig;
import org.excuseengine.text.Languages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: the engine over HTTP until SIGTERM or Ctrl-C, reloading the rules whenever the
 * folder changes. The bearer token comes from the environment or a file, never from the command
 * line, where every user of the machine could read it.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the engine over HTTP (routes in openapi.yaml) until stopped.",
            "A bearer token, if any, is read from the environment variable " + ServeCommand.TOKEN_VARIABLE
                + " or from --token-file; it is required to bind to an address other than loopback."})
final class ServeCommand implements Callable<Integer> {
    static final String TOKEN_VARIABLE = "EXCUSE_ENGINE_TOKEN";
    private static final ServiceConfig DEFAULTS = ServiceConfig.builder().build();

    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions options;

    int port;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    void port(int value) {
        if (value < 0 || value > 65535) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--port: expected 0 to 65535, got " + value);
        }
        this.port = value;
    }

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}). Any other than loopback needs a token or --insecure.")
    String bind;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "File holding the bearer token (its first line); takes precedence over " + TOKEN_VARIABLE + ".")
    Path tokenFile;

    @Option(names = "--insecure", description = "Allow an address other than loopback without a token.")
    boolean insecure;

    @Option(names = "--max-body-bytes", paramLabel = "BYTES",
            description = "Largest single request, and largest record of a batch (default: ${DEFAULT-VALUE}).")
    int maxBodyBytes = DEFAULTS.maxBodyBytes();

    @Option(names = "--max-batch-records", paramLabel = "N", description = "Most records in one batch (default: ${DEFAULT-VALUE}).")
    int maxBatchRecords = DEFAULTS.maxBatchRecords();

    @Option(names = "--max-batch-bytes", paramLabel = "BYTES", description = "Largest batch request (default: ${DEFAULT-VALUE}).")
    long maxBatchBytes = DEFAULTS.maxBatchBytes();

    @Option(names = "--threads", paramLabel = "N", description = "Requests handled at once (default: ${DEFAULT-VALUE}).")
    int threads = DEFAULTS.threads();

    @Option(names = "--drain-seconds", paramLabel = "S",
            description = "On shutdown, how long requests in flight may take to finish (default: ${DEFAULT-VALUE}).")
    int drainSeconds = (int) DEFAULTS.drainTimeout().toSeconds();

    @Option(names = "--idle-seconds", paramLabel = "S",
            description = "How long a connection may stay silent, between requests or within one (default: ${DEFAULT-VALUE}).")
    int idleSeconds = (int) DEFAULTS.idleTimeout().toSeconds();

    @Option(names = "--access-log", description = "Write one JSON line per request to standard output.")
    boolean accessLog;

    /** The process environment, replaceable by tests. */
    Map<String, String> environment = System.getenv();

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ServiceConfig config;
        String token = null;
        try {
            if (!Languages.isSupported(options.lang)) {
                throw new IllegalArgumentException("--lang: expected zh-Hant, zh-Hans or en, got " + options.lang);
            }
            token = token();
            config = ServiceConfig.builder().bind(bind).port(port).token(token).insecure(insecure)
                    .maxBodyBytes(maxBodyBytes).maxBatchRecords(maxBatchRecords).maxBatchBytes(maxBatchBytes)
                    .threads(threads).drainTimeout(Duration.ofSeconds(drainSeconds))
                    .idleTimeout(Duration.ofSeconds(idleSeconds))
                    .accessLog(accessLog ? line -> {
                        synchronized (out) {
                            out.println(line);
                            out.flush();
                        }
                    } : null)
                    .build();
        } catch (IllegalArgumentException e) {
            err.println("Cannot serve: " + e.getMessage() + ".");
            if (token == null && !insecure) {
                err.println("Give a token in " + TOKEN_VARIABLE + " or with --token-file, or pass --insecure.");
            }
            err.flush();
            return ExitCodes.USAGE;
        }
        Path rules = options.rules;
        String lang = options.lang;
        ExcuseService service = ExcuseService.start(config,
                () -> ExcuseEngine.builder(rules).defaultLanguage(lang).watchRules(true).build());
        Thread shutdown = new Thread(() -> {
            service.close();
            out.println("Stopped: requests in flight answered, rules closed");
            out.flush();
        }, "excuse-engine-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);
        out.printf("Listening on http://%s:%d (%s); loading the rules in %s%n",
                service.address().getAddress().getHostAddress(), service.address().getPort(),
                config.token() == null ? "no token" : "bearer token required", rules);
        out.flush();
        try {
            ExcuseEngine engine = service.awaitRules();
            out.println("Ready: rules " + engine.rulesVersion() + ", watching " + rules + " for changes");
            out.flush();
        } catch (RuntimeException e) {
            Runtime.getRuntime().removeShutdownHook(shutdown);
            service.close();
            throw e; // the failure handler prints the rule problems; exit 1
        }
        service.awaitClosed();
        return ExitCodes.OK;
    }

    /** The token from --token-file, else from the environment; null when neither gives one. */
    private String token() throws IOException {
        if (tokenFile != null) {
            String first = Files.readAllLines(tokenFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
            if (first.isEmpty()) {
                throw new IllegalArgumentException("the token file " + tokenFile + " is empty");
            }
            return first;
        }
        String fromEnvironment = environment.get(TOKEN_VARIABLE);
        return fromEnvironment == null || fromEnvironment.isBlank() ? null : fromEnvironment.strip();
    }
}
