package org.excuseengine.service;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The first thing every request meets: counted in flight from the moment it arrives (its body may
 * still be on its way) until its answer is complete, so that a graceful close waits for it; once
 * the service is closing, refused with 503 instead.
 */
final class Admission extends Handler.Wrapper {
    private final InFlight inFlight;
    private final Router router;

    Admission(Handler next, InFlight inFlight, Router router) {
        super(next);
        this.inFlight = inFlight;
        this.router = router;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!inFlight.tryEnter()) {
            return router.refuse(request, response, callback);
        }
        boolean handled = false;
        try {
            handled = super.handle(request, response, Callback.from(callback, inFlight::exit));
            return handled;
        } finally {
            if (!handled) {
                inFlight.exit();
            }
        }
    }
}
