package org.swab.mentorsync.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * A multipart POST of a CSV file generated while it is sent (never held in memory), sent the way curl sends it:
 * the body goes out on a raw socket while another thread reads the answer, and sending stops once the answer is
 * in. So a server that answers early and then closes the connection is seen answering, not as a failed write.
 */
public final class GeneratedUpload {

    private static final String BOUNDARY = "----generated-upload-boundary";
    private static final byte[] ROW = "1234567,Ann,Lee,ann@x.org,7065550134\n".getBytes(StandardCharsets.US_ASCII);

    private final int port;

    public GeneratedUpload(int port) {
        this.port = port;
    }

    /** The server's answer: its status code and body. */
    public record Answer(int status, String body) {}

    /** Posts a file part of {@code fileBytes} bytes with the given extra header lines ("Name: value"). */
    public Answer post(String path, long fileBytes, String... extraHeaders) {
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        StringBuilder request = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n"
                + "Content-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\n"
                + "Content-Length: " + (head.length + fileBytes + tail.length) + "\r\nConnection: close\r\n");
        for (String header : extraHeaders) {
            request.append(header).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket("localhost", port)) {
            CompletableFuture<Answer> answer = CompletableFuture.supplyAsync(() -> readAnswer(socket));
            try {
                OutputStream out = socket.getOutputStream();
                out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
                out.write(head);
                writeRows(out, fileBytes, answer);
                out.write(tail);
                out.flush();
            } catch (IOException closedByServer) {
                // expected for a refused request: the server stops reading once it has answered
            }
            return answer.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("no answer from the server", e.getCause());
        }
    }

    private static void writeRows(OutputStream out, long fileBytes, CompletableFuture<Answer> answer)
            throws IOException {
        byte[] chunk = new byte[ROW.length * 2048];
        for (int i = 0; i < chunk.length; i += ROW.length) {
            System.arraycopy(ROW, 0, chunk, i, ROW.length);
        }
        for (long written = 0; written < fileBytes && !answer.isDone(); ) {
            int length = (int) Math.min(chunk.length, fileBytes - written);
            out.write(length == chunk.length ? chunk : Arrays.copyOf(chunk, length));
            written += length;
        }
    }

    private static Answer readAnswer(Socket socket) {
        try {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            String statusLine = readLine(in);
            int contentLength = -1;
            boolean chunked = false;
            for (String header = readLine(in); !header.isEmpty(); header = readLine(in)) {
                String name = header.substring(0, Math.max(0, header.indexOf(':')))
                        .strip()
                        .toLowerCase(Locale.ROOT);
                String value = header.substring(header.indexOf(':') + 1).strip();
                if (name.equals("content-length")) {
                    contentLength = Integer.parseInt(value);
                } else if (name.equals("transfer-encoding")) {
                    chunked = value.equalsIgnoreCase("chunked");
                }
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if (chunked) {
                for (int size = chunkSize(in); size > 0; size = chunkSize(in)) {
                    body.write(in.readNBytes(size));
                    readLine(in);
                }
            } else if (contentLength > 0) {
                body.write(in.readNBytes(contentLength));
            }
            return new Answer(Integer.parseInt(statusLine.split(" ")[1]), body.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int chunkSize(InputStream in) throws IOException {
        return Integer.parseInt(readLine(in), 16);
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the connection closed in the middle of the answer");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }
}
