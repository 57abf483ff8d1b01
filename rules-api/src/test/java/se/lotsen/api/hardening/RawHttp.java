package se.lotsen.api.hardening;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** HTTP/1.1 written by hand on a loopback socket, byte for byte as an attacker sends it (no client normalises the path). */
final class RawHttp {
    static final int READ_TIMEOUT_MILLIS = 10_000;

    private RawHttp() {
    }

    static Socket open(int port) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        return socket;
    }

    /** Sends the request and returns the response's status line ("" if the server closed without answering). */
    static String statusLine(int port, String request) throws IOException {
        try (Socket socket = open(port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return firstLine(socket.getInputStream());
        }
    }

    static String firstLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b; (b = in.read()) >= 0 && b != '\n'; ) {
            line.append((char) b);
        }
        return line.toString().strip();
    }
}
