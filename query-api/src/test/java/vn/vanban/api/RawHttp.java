package vn.vanban.api;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Requests sent byte for byte as written, for what HTTP clients refuse to send (bad percent-encoding). */
final class RawHttp {

    private RawHttp() {}

    /** The status of {@code GET target} on 127.0.0.1:port. */
    static int status(int port, String target) throws Exception {
        return status(port, "GET", target, null, null);
    }

    /**
     * The status of {@code METHOD target} on 127.0.0.1:port, with one more header line (or null)
     * and a body (or null).
     */
    static int status(int port, String method, String target, String header, byte[] body) throws Exception {
        String head = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + (header == null ? "" : header + "\r\n")
                + (body == null ? "" : "Content-Type: text/plain; charset=utf-8\r\nContent-Length: " + body.length + "\r\n")
                + "\r\n";
        return statusAfter(port, head.getBytes(StandardCharsets.US_ASCII), body);
    }

    /**
     * The status answered to a request whose head declares a body of {@code declaredLength} bytes
     * that is never sent: what a server answers before reading the body.
     */
    static int statusWithoutBody(int port, String method, String target, String header, long declaredLength)
            throws Exception {
        String head = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + (header == null ? "" : header + "\r\n")
                + "Content-Type: text/plain; charset=utf-8\r\nContent-Length: " + declaredLength + "\r\n\r\n";
        return statusAfter(port, head.getBytes(StandardCharsets.US_ASCII), null);
    }

    private static int statusAfter(int port, byte[] head, byte[] body) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head);
            if (body != null) {
                out.write(body);
            }
            out.flush();
            String line = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(line.split(" ")[1]);
        }
    }
}
