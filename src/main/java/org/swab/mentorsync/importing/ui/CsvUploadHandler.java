package org.swab.mentorsync.importing.ui;

import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams an upload to a temporary file and enforces the size limit on the server, whatever the browser checked:
 * a file that declares itself too large is refused before a byte is read, one that turns out larger (no length
 * sent, or a script past the browser's check) as soon as it passes the limit, and its partial copy is deleted.
 * The callbacks run in the UI; a file nobody can take any more (the UI is gone) is deleted.
 */
final class CsvUploadHandler implements UploadHandler {

    private static final long MEGABYTE = 1024 * 1024;

    private final long maxBytes;
    private final SerializableBiConsumer<String, Path> uploaded;
    private final SerializableConsumer<String> refused;

    /**
     * @param uploaded the file name as sent and the temporary file, which the callback then owns
     * @param refused  a message for the admin saying why the file was not taken
     */
    CsvUploadHandler(
            long maxBytes, SerializableBiConsumer<String, Path> uploaded, SerializableConsumer<String> refused) {
        this.maxBytes = maxBytes;
        this.uploaded = uploaded;
        this.refused = refused;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (event.getFileSize() > maxBytes) {
            refuse(event);
            return;
        }
        Path file = Files.createTempFile("givebutter-upload-", ".csv");
        boolean withinLimit;
        try (InputStream in = event.getInputStream();
                OutputStream out = Files.newOutputStream(file)) {
            withinLimit = copyAtMost(in, out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        if (!withinLimit) {
            Files.deleteIfExists(file);
            refuse(event);
            return;
        }
        if (!access(event, () -> uploaded.accept(event.getFileName(), file))) {
            Files.deleteIfExists(file);
        }
    }

    /** For a multipart upload the container has parsed the parts first; each is checked after. */
    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    private boolean copyAtMost(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long copied = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            copied += read;
            if (copied > maxBytes) {
                return false;
            }
            out.write(buffer, 0, read);
        }
        return true;
    }

    private void refuse(UploadEvent event) {
        String message = "The file was not uploaded: it is larger than the upload limit of " + limitText() + ".";
        event.reject(message);
        access(event, () -> refused.accept(message));
    }

    private String limitText() {
        return maxBytes % MEGABYTE == 0 ? "%,d MB".formatted(maxBytes / MEGABYTE) : "%,d bytes".formatted(maxBytes);
    }

    private static boolean access(UploadEvent event, Command command) {
        try {
            event.getUI().access(command);
            return true;
        } catch (UIDetachedException gone) {
            return false;
        }
    }
}
