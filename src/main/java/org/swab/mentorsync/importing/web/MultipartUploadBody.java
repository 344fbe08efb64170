package org.swab.mentorsync.importing.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the upload's multipart/form-data body (RFC 7578) straight from the request, once: the file part into a file,
 * the other fields into memory, whatever their order. Servlet multipart parsing would search the boundary byte by
 * byte and spool the file before the import could read it again; here the boundary search skips to each CR and the
 * file is written once.
 */
final class MultipartUploadBody {

    private static final int BUFFER_BYTES = 1 << 16;
    private static final int MAX_HEADER_BYTES = 16 * 1024;
    private static final int MAX_FIELD_BYTES = 1024;

    private final InputStream in;
    private final byte[] delimiter;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int position;
    private int limit;
    private boolean endOfInput;

    private final Map<String, String> fields = new HashMap<>();
    private String filename;
    private long fileBytes = -1;

    /** A body that is not a well-formed form with one file, with the admin's message. */
    static final class MalformedException extends RuntimeException {
        MalformedException(String message) {
            super(message);
        }
    }

    /** The file part is larger than allowed; reading stopped there. */
    static final class TooLargeException extends RuntimeException {
        TooLargeException() {
            super("the file part is over the limit");
        }
    }

    private MultipartUploadBody(InputStream in, String boundary) {
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * Reads the whole body: the part named {@code fileField} goes to {@code target} (at most {@code maxFileBytes}),
     * every other part is kept as a short text field.
     */
    static MultipartUploadBody read(InputStream in, String boundary, String fileField, Path target, long maxFileBytes)
            throws IOException {
        MultipartUploadBody body = new MultipartUploadBody(in, boundary);
        body.readParts(fileField, target, maxFileBytes);
        return body;
    }

    /** The boundary of a {@code multipart/form-data} content type, or null when there is none. */
    static String boundaryOf(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("boundary")) {
                String boundary = unquote(pair[1].strip());
                // RFC 2046: 1 to 70 characters
                return boundary.isEmpty() || boundary.length() > 70 ? null : boundary;
            }
        }
        return null;
    }

    boolean hasFile() {
        return fileBytes >= 0;
    }

    /** The file's name as the browser or client sent it. */
    String filename() {
        return filename;
    }

    /** A text field's value, or null when the form had no such field. */
    String field(String name) {
        return fields.get(name);
    }

    private void readParts(String fileField, Path target, long maxFileBytes) throws IOException {
        skipPreamble();
        while (true) {
            if (!fill(2)) {
                throw new MalformedException("the form ends without its closing boundary");
            }
            if (buffer[position] == '-' && buffer[position + 1] == '-') {
                // the closing delimiter; whatever follows is an epilogue
                return;
            }
            skipLineEnd();
            Map<String, String> disposition = readPartHeaders();
            String name = disposition.get("name");
            if (name == null) {
                throw new MalformedException("a part of the form has no name");
            }
            if (name.equals(fileField) && !hasFile()) {
                filename = disposition.getOrDefault("filename", "upload.csv");
                try (OutputStream file = Files.newOutputStream(target)) {
                    fileBytes = copyPart(file, maxFileBytes, true);
                }
            } else if (disposition.containsKey("filename")) {
                // another file (or the file twice) is not kept
                copyPart(OutputStream.nullOutputStream(), maxFileBytes, true);
            } else {
                ByteArrayOutputStream value = new ByteArrayOutputStream();
                copyPart(value, MAX_FIELD_BYTES, false);
                fields.put(name, value.toString(StandardCharsets.UTF_8));
            }
        }
    }

    /** The body starts with the first boundary (or a preamble before it, which is ignored). */
    private void skipPreamble() throws IOException {
        int dashBoundary = delimiter.length - 2;
        if (fill(dashBoundary) && startsWith(position, 2)) {
            position += dashBoundary;
            return;
        }
        copyPart(OutputStream.nullOutputStream(), MAX_HEADER_BYTES, false);
    }

    private void skipLineEnd() throws IOException {
        // transport padding (spaces or tabs) may follow a boundary
        while (fill(1) && (buffer[position] == ' ' || buffer[position] == '\t')) {
            position++;
        }
        if (!fill(2) || buffer[position] != '\r' || buffer[position + 1] != '\n') {
            throw new MalformedException("a boundary of the form is not followed by a line break");
        }
        position += 2;
    }

    /** Reads a part's header lines; returns its Content-Disposition parameters (lower-case names). */
    private Map<String, String> readPartHeaders() throws IOException {
        Map<String, String> disposition = new HashMap<>();
        int read = 0;
        while (true) {
            int end = lineEnd();
            String line = new String(buffer, position, end - position, StandardCharsets.UTF_8);
            read += end + 2 - position;
            position = end + 2;
            if (line.isEmpty()) {
                return disposition;
            }
            if (read > MAX_HEADER_BYTES) {
                throw new MalformedException("the headers of a part of the form are too long");
            }
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase("Content-Disposition")) {
                disposition.putAll(dispositionParameters(line.substring(colon + 1)));
            }
        }
    }

    /** Where the current header line ends (its CR), reading more when needed. */
    private int lineEnd() throws IOException {
        int scanned = 0;
        while (true) {
            for (int i = position + scanned; i + 1 < limit; i++) {
                if (buffer[i] == '\r' && buffer[i + 1] == '\n') {
                    return i;
                }
            }
            scanned = Math.max(0, limit - position - 1);
            if (limit - position >= MAX_HEADER_BYTES) {
                throw new MalformedException("the headers of a part of the form are too long");
            }
            if (!readMore()) {
                throw new MalformedException("the form ends inside the headers of a part");
            }
        }
    }

    /**
     * Copies the part's content up to the next delimiter into {@code out} and consumes the delimiter; returns the
     * bytes copied. More than {@code max} bytes: {@link TooLargeException} for the file, a malformed form otherwise.
     */
    private long copyPart(OutputStream out, long max, boolean file) throws IOException {
        long copied = 0;
        while (true) {
            if (!fill(delimiter.length)) {
                throw new MalformedException("the form ends inside a part; was the upload cut off?");
            }
            int lastStart = limit - delimiter.length;
            int found = -1;
            for (int i = position; i <= lastStart; i++) {
                if (buffer[i] == '\r' && startsWith(i, 0)) {
                    found = i;
                    break;
                }
            }
            int end = found >= 0 ? found : lastStart + 1;
            copied += end - position;
            if (copied > max) {
                if (file) {
                    throw new TooLargeException();
                }
                throw new MalformedException("a field of the form is too long");
            }
            out.write(buffer, position, end - position);
            if (found >= 0) {
                position = found + delimiter.length;
                return copied;
            }
            position = end;
        }
    }

    private boolean startsWith(int at, int delimiterFrom) {
        for (int i = delimiterFrom; i < delimiter.length; i++) {
            if (buffer[at + i - delimiterFrom] != delimiter[i]) {
                return false;
            }
        }
        return true;
    }

    /** Makes {@code count} bytes available from {@code position}; false when the body ends first. */
    private boolean fill(int count) throws IOException {
        while (limit - position < count) {
            if (!readMore()) {
                return false;
            }
        }
        return true;
    }

    private boolean readMore() throws IOException {
        if (endOfInput) {
            return false;
        }
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
        }
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read < 0) {
            endOfInput = true;
            return false;
        }
        limit += read;
        return true;
    }

    /** {@code form-data; name="file"; filename="contacts.csv"} → name, filename. */
    private static Map<String, String> dispositionParameters(String value) {
        Map<String, String> parameters = new HashMap<>();
        int i = 0;
        int length = value.length();
        while (i < length) {
            int semicolon = value.indexOf(';', i);
            if (semicolon < 0) {
                return parameters;
            }
            i = semicolon + 1;
            int equals = value.indexOf('=', i);
            if (equals < 0) {
                return parameters;
            }
            String name = value.substring(i, equals).strip().toLowerCase(Locale.ROOT);
            i = equals + 1;
            while (i < length && value.charAt(i) == ' ') {
                i++;
            }
            StringBuilder parameter = new StringBuilder();
            if (i < length && value.charAt(i) == '"') {
                i++;
                while (i < length && value.charAt(i) != '"') {
                    char c = value.charAt(i++);
                    if (c == '\\' && i < length) {
                        c = value.charAt(i++);
                    }
                    parameter.append(c);
                }
                i++;
            } else {
                while (i < length && value.charAt(i) != ';') {
                    parameter.append(value.charAt(i++));
                }
            }
            parameters.putIfAbsent(name, parameter.toString().strip());
        }
        return parameters;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }
}
