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

    /** An answer read off a kept-alive socket: its status line and headers (lower-cased names), or null if none came. */
    record Answer(int status, java.util.Map<String, String> headers) {}

    /**
     * Sends each target as a GET on one socket, as a keep-alive client does, each after the
     * previous answer was read whole; the answers, null where the server answered nothing.
     */
    static java.util.List<Answer> keepAlive(int port, String... targets) throws Exception {
        java.util.List<Answer> answers = new java.util.ArrayList<>();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            java.io.InputStream in = new java.io.BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            for (String target : targets) {
                try {
                    out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (java.io.IOException closed) {
                    answers.add(null);
                    continue;
                }
                answers.add(readAnswer(in));
            }
        }
        return answers;
    }

    private static Answer readAnswer(java.io.InputStream in) throws Exception {
        String status;
        try {
            status = line(in);
        } catch (java.io.IOException e) {
            return null;
        }
        if (status == null || status.isEmpty()) {
            return null;
        }
        java.util.Map<String, String> headers = new java.util.TreeMap<>();
        for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
            int colon = h.indexOf(':');
            headers.put(h.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT), h.substring(colon + 1).trim());
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        in.readNBytes(length);
        return new Answer(Integer.parseInt(status.split(" ")[1]), headers);
    }

    private static String line(java.io.InputStream in) throws java.io.IOException {
        StringBuilder b = new StringBuilder();
        for (int c = in.read(); c != -1; c = in.read()) {
            if (c == '\n') {
                return b.toString().stripTrailing();
            }
            b.append((char) c);
        }
        return b.isEmpty() ? null : b.toString();
    }
}
