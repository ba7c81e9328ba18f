package fr.centreisere.concierge.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for what a well-behaved client refuses to send: CR, LF or NUL in
 * a path, raw UTF-8 in a header, a URL or headers past any limit. One request per connection
 * ({@code Connection: close}); the answer is read to the end.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** An answer: the status, the headers (names in lower case) and the body as UTF-8 text. */
    public record Answer(int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public boolean isProblem() {
            String type = header("content-type");
            return type != null && type.startsWith("application/problem+json")
                    && body.contains("\"type\"") && body.contains("\"title\"") && body.contains("\"status\"");
        }

        @Override
        public String toString() {
            return status + " " + headers + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    /** Sends {@code head} (request line and headers, without the blank line) then {@code body}. */
    public static Answer send(int port, String head, byte[] body) {
        String fullHead = head.endsWith("\r\n") ? head : head + "\r\n";
        if (!fullHead.toLowerCase(Locale.ROOT).contains("\r\nconnection:")) {
            fullHead += "Connection: close\r\n";
        }
        if (body.length > 0 && !fullHead.toLowerCase(Locale.ROOT).contains("\r\ncontent-length:")) {
            fullHead += "Content-Length: " + body.length + "\r\n";
        }
        fullHead += "\r\n";
        return sendBytes(port, fullHead.getBytes(StandardCharsets.UTF_8), body);
    }

    /**
     * Sends these bytes as they are: {@code head} is the request line and headers, with or without
     * the blank line that ends them (added, with {@code Connection: close}, when missing).
     */
    public static Answer sendBytes(int port, byte[] head, byte[] body) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        byte[] ending = text.endsWith("\r\n\r\n") ? new byte[0]
                : (text.toLowerCase(Locale.ROOT).contains("\r\nconnection:") ? "\r\n" : "Connection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII);
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(15_000);
            try {
                socket.getOutputStream().write(head);
                socket.getOutputStream().write(ending);
                socket.getOutputStream().write(body);
                socket.getOutputStream().flush();
            } catch (java.net.SocketException answeredEarly) {
                // the server answered (413, 431...) and closed before the whole request was sent: read that answer
            }
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Answer get(int port, String target, String... headerLines) {
        StringBuilder head = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        for (String line : headerLines) {
            head.append(line).append("\r\n");
        }
        return send(port, head.toString(), new byte[0]);
    }

    public static Answer post(int port, String target, String contentType, String body, String... headerLines) {
        StringBuilder head = new StringBuilder("POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        for (String line : headerLines) {
            head.append(line).append("\r\n");
        }
        return send(port, head.toString(), body.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        try {
            int read;
            while ((read = in.read(chunk)) >= 0) {
                all.write(chunk, 0, read);
            }
        } catch (SocketTimeoutException | java.net.SocketException endedHere) {
            // the server stopped sending, or reset the connection after its answer: keep what came
        }
        return all.toByteArray();
    }

    static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.") || end < 0) {
            return new Answer(0, Map.of(), text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim(),
                        (first, second) -> first + ", " + second);
            }
        }
        byte[] bodyBytes = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            bodyBytes = dechunk(bodyBytes);
        }
        return new Answer(status, headers, new String(bodyBytes, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = at;
            while (lineEnd + 1 < chunked.length && !(chunked[lineEnd] == '\r' && chunked[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            if (lineEnd + 1 >= chunked.length) {
                break;
            }
            String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII).trim().split(";")[0];
            int size = Integer.parseInt(sizeLine, 16);
            if (size == 0) {
                break;
            }
            int start = lineEnd + 2;
            int stop = Math.min(chunked.length, start + size);
            body.write(chunked, start, stop - start);
            at = stop + 2;
        }
        return body.toByteArray();
    }
}
