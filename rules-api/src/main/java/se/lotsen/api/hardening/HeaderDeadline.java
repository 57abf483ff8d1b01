package se.lotsen.api.hardening;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.NanoTime;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Closes a connection whose request headers have not all arrived within the deadline of their first
 * byte. Jetty 12 has no such setting: its idle timeout restarts with every byte, so headers trickled a
 * byte a second held a connection (and, 512 of them, the server) for as long as the client liked.
 * Every open HTTP/1 connection is looked at a few times per deadline; reading the parser's state from
 * this thread is racy only in that a close may come one look later.
 */
final class HeaderDeadline extends AbstractLifeCycle implements Connection.Listener {
    private final long deadlineNanos;
    private final long periodMillis;
    private final Scheduler scheduler;
    private final Set<HttpConnection> open = ConcurrentHashMap.newKeySet();
    private volatile Scheduler.Task next;

    HeaderDeadline(long deadlineMillis, Scheduler scheduler) {
        this.deadlineNanos = TimeUnit.MILLISECONDS.toNanos(deadlineMillis);
        this.periodMillis = Math.max(50, deadlineMillis / 4);
        this.scheduler = scheduler;
    }

    @Override
    public void onOpened(Connection connection) {
        if (connection instanceof HttpConnection http) {
            open.add(http);
        }
    }

    @Override
    public void onClosed(Connection connection) {
        open.remove(connection);
    }

    @Override
    protected void doStart() {
        next = scheduler.schedule(this::sweep, periodMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    protected void doStop() {
        Scheduler.Task task = next;
        if (task != null) {
            task.cancel();
        }
        open.clear();
    }

    private void sweep() {
        try {
            for (HttpConnection connection : open) {
                HttpParser parser = connection.getParser();
                if (!parser.isStart() && parser.inHeaderState() && NanoTime.since(parser.getBeginNanoTime()) > deadlineNanos) {
                    connection.getEndPoint().close();
                }
            }
        } finally {
            if (isRunning()) {
                next = scheduler.schedule(this::sweep, periodMillis, TimeUnit.MILLISECONDS);
            }
        }
    }
}
