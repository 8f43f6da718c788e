package org.excuseengine.service;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.excuseengine.engine.EngineStatus;
import org.excuseengine.engine.ExcuseEngine;
import org.excuseengine.json.ContractJson;

/**
 * The engine the service answers with, once its rules have loaded. The port opens before the
 * rules finish compiling (that takes seconds), so health checks and callers get a clear 503
 * rather than a refused connection while the service starts, or if the rules fail to load.
 */
final class EngineSlot {
    /** Seconds a caller is asked to wait while the rules load. */
    private static final String RETRY_AFTER_SECONDS = "5";

    private final CompletableFuture<ExcuseEngine> loaded = new CompletableFuture<>();

    /**
     * Loads the engine on a thread of its own and warms it up; the slot owns the engine from then on.
     */
    void loadInBackground(Callable<ExcuseEngine> loader, ContractJson json) {
        Thread thread = new Thread(() -> {
            try {
                ExcuseEngine engine = loader.call();
                WarmUp.run(engine, json);
                loaded.complete(engine);
            } catch (Throwable e) {
                loaded.completeExceptionally(e);
            }
        }, "excuse-engine-rules-loader");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The engine in service.
     *
     * @throws ProblemException 503 while the rules load, or when they could not be loaded
     */
    ExcuseEngine engine() {
        ExcuseEngine engine = loadedEngine();
        EngineStatus status = engine.status();
        if (!status.inService()) {
            throw new ProblemException(Problem.rulesNotLoaded("no rules in service: " + status.lastWithdrawal().reason()
                    + "; fix the rule, and the next version whose scenarios all finish serves"));
        }
        return engine;
    }

    /**
     * The engine once loaded, with or without rules in service.
     *
     * @throws ProblemException 503 while the rules load, or when they could not be loaded
     */
    ExcuseEngine loadedEngine() {
        return current().orElseThrow(() -> new ProblemException(Problem.rulesNotLoaded(whyNotLoaded()),
                loaded.isDone() ? Map.of() : Map.of("Retry-After", RETRY_AFTER_SECONDS)));
    }

    Optional<ExcuseEngine> current() {
        return loaded.isDone() && !loaded.isCompletedExceptionally() ? Optional.of(loaded.join()) : Optional.empty();
    }

    boolean failed() {
        return loaded.isCompletedExceptionally();
    }

    /** The engine once loaded, or the loader's own exception. */
    ExcuseEngine await() throws InterruptedException {
        try {
            return loaded.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("the rules could not be loaded", e.getCause());
        }
    }

    /** Closes the engine now, or as soon as a load still under way ends. */
    void close() {
        loaded.thenAccept(ExcuseEngine::close);
    }

    String whyNotLoaded() {
        if (!loaded.isDone()) {
            return "the rules are still loading; retry shortly";
        }
        Throwable failure = loaded.handle((engine, e) -> e instanceof CompletionException ? e.getCause() : e).join();
        return "the rules could not be loaded: " + failure.getMessage();
    }
}
