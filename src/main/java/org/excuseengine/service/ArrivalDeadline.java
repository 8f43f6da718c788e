package org.excuseengine.service;

import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * The minimum data rate for request bodies while Jetty reads them, before any service thread is
 * given to them (see {@link ExcuseService}): a slow client holds a connection, never a thread, and
 * not for long either. Twice a second the body's progress is checked; once it falls behind the
 * minimum rate (after a second's grace), the connection is closed. The router stops the watch when
 * it starts on the request; from there on {@link MinimumRate} watches what is still read.
 */
final class ArrivalDeadline extends Handler.Wrapper {
    private static final String ATTRIBUTE = ArrivalDeadline.class.getName();
    private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final long CHECK_MILLIS = 500;

    private final long bytesPerSecond;

    ArrivalDeadline(Handler next, long bytesPerSecond) {
        super(next);
        this.bytesPerSecond = bytesPerSecond;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (request.getLength() != 0 && !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            Watch watch = new Watch(request, getServer().getScheduler());
            request.setAttribute(ATTRIBUTE, watch);
            watch.next();
        }
        return super.handle(request, response, callback);
    }

    /** The request has reached the router: its body's arrival no longer needs watching here. */
    static void stopWatching(Request request) {
        if (request.getAttribute(ATTRIBUTE) instanceof Watch watch) {
            watch.stop();
        }
    }

    private final class Watch implements Runnable {
        private final Request request;
        private final Scheduler scheduler;
        private final long start = System.nanoTime();
        private volatile boolean stopped;
        private volatile Scheduler.Task task;

        Watch(Request request, Scheduler scheduler) {
            this.request = request;
            this.scheduler = scheduler;
        }

        void next() {
            if (!stopped) {
                task = scheduler.schedule(this, CHECK_MILLIS, TimeUnit.MILLISECONDS);
            }
        }

        void stop() {
            stopped = true;
            Scheduler.Task pending = task;
            if (pending != null) {
                pending.cancel();
            }
        }

        @Override
        public void run() {
            if (stopped) {
                return;
            }
            long elapsed = System.nanoTime() - start - GRACE_NANOS;
            if (elapsed > 0 && Request.getContentBytesRead(request) < bytesPerSecond * elapsed / 1_000_000_000L) {
                request.getConnectionMetaData().getConnection().getEndPoint().close();
                return;
            }
            next();
        }
    }
}
