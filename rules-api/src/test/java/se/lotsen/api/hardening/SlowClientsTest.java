package se.lotsen.api.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dropwizard.util.Duration;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.lotsen.api.LotsenConfiguration;
import se.lotsen.api.TestApp;

/**
 * Slow and many clients, with raw sockets on loopback, bounded in count and time: headers trickled past
 * their deadline are cut off, and connections beyond the cap wait until one closes. The test server has a
 * one-second header deadline and a cap of eight so the attacks stay small; the defaults (10 s, 512) are
 * checked as configuration.
 */
class SlowClientsTest {
    private static final int CAP = 8;
    /** A request with a short answer (404 in Lotsen's error shape), so a test that drops a connection leaves no write behind. */
    private static final String GET = "GET /nothing-here HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    private static final String SERVED = "HTTP/1.1 404 ";
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start(c -> {
            c.getConnections().setHeaderDeadline(Duration.seconds(1));
            c.getConnections().setMax(CAP);
        });
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theDefaultsAreATenSecondHeaderDeadlineAndAtMost512Connections() {
        LotsenConfiguration defaults = new LotsenConfiguration();

        assertThat(defaults.getConnections().getHeaderDeadline()).isEqualTo(Duration.seconds(10));
        assertThat(defaults.getConnections().getMax()).isEqualTo(512);
    }

    @Test
    void headersTrickledPastTheDeadlineAreCutOffAndNeverServed() throws Exception {
        String end = null;
        try (Socket socket = RawHttp.open(app.port())) {
            socket.setSoTimeout(250);
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            out.write(GET.getBytes(StandardCharsets.ISO_8859_1));
            // A header line every 250 ms for up to 5 s, five times the deadline; the server must end it first.
            for (int i = 0; i < 20 && end == null; i++) {
                try {
                    int first = in.read();
                    end = first < 0 ? "closed" : (char) first + RawHttp.firstLine(in);
                } catch (SocketTimeoutException stillOpen) {
                    try {
                        out.write(("X-Slow-" + i + ": x\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    } catch (IOException reset) {
                        end = "reset";
                    }
                }
            }
        }

        assertThat(end).as("how the server ended headers that took longer than the deadline").isNotNull().doesNotStartWith(SERVED);
        assertThat(RawHttp.statusLine(app.port(), GET + "Connection: close\r\n\r\n")).as("headers sent at once").startsWith(SERVED);
    }

    @Test
    void connectionsBeyondTheCapWaitUntilOneCloses() throws Exception {
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < CAP; i++) {
                Socket socket = RawHttp.open(app.port());
                socket.getOutputStream().write((GET + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                assertThat(RawHttp.firstLine(socket.getInputStream())).startsWith(SERVED);
                held.add(socket);
            }
            try (Socket extra = RawHttp.open(app.port())) {
                extra.getOutputStream().write((GET + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                extra.setSoTimeout(1_000);
                assertThatThrownBy(() -> extra.getInputStream().read()).as("the connection over the cap is not served")
                        .isInstanceOf(SocketTimeoutException.class);

                held.remove(0).close();
                extra.setSoTimeout(RawHttp.READ_TIMEOUT_MILLIS);
                assertThat(RawHttp.firstLine(extra.getInputStream())).as("served once a connection closed").startsWith(SERVED);
            }
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }
}
