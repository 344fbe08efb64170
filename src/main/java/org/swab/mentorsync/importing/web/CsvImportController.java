package org.swab.mentorsync.importing.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.swab.mentorsync.importing.CsvImportSummary;
import org.swab.mentorsync.importing.CsvStatusService;
import org.swab.mentorsync.importing.CsvUpload;
import org.swab.mentorsync.importing.DuplicateContactsService;
import org.swab.mentorsync.importing.GivebutterCsvImportService;
import org.swab.mentorsync.importing.ImportProgress;
import org.swab.mentorsync.importing.PartialExportException;
import org.swab.mentorsync.importing.csv.CsvRejectedException;
import org.swab.mentorsync.importing.csv.CsvRejection;

/** Upload a contacts export, and read freshness, coverage and duplicates (design "API Endpoints"). */
@RestController
@RequestMapping("/api/sync/features")
class CsvImportController {

    private final GivebutterCsvImportService imports;
    private final CsvStatusService status;
    private final DuplicateContactsService duplicates;

    CsvImportController(
            GivebutterCsvImportService imports, CsvStatusService status, DuplicateContactsService duplicates) {
        this.imports = imports;
        this.status = status;
        this.duplicates = duplicates;
    }

    /**
     * Answers when the import is done. The form is read from the request stream once, its file part written to a
     * temporary file (never into memory); {@code confirm_partial} may be a form field or a query parameter.
     */
    @PostMapping("/csv-upload")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                            schema = @Schema(implementation = CsvImportResponses.UploadForm.class)))
    CsvImportResponses.UploadResponse upload(@Parameter(hidden = true) HttpServletRequest request, Principal principal)
            throws IOException {
        String boundary = MultipartUploadBody.boundaryOf(request.getContentType());
        if (boundary == null) {
            throw new UnreadableUpload(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "not_multipart",
                    "Send the export as multipart/form-data with the file in a field named \"file\".");
        }
        if (request.getContentLengthLong()
                > imports.maxFileSizeBytes() + CsvUploadMultipartConfiguration.FORM_OVERHEAD.toBytes()) {
            throw tooLarge();
        }
        Path temp = Files.createTempFile("givebutter-upload-", ".csv");
        try {
            MultipartUploadBody form;
            try {
                form = MultipartUploadBody.read(
                        request.getInputStream(), boundary, "file", temp, imports.maxFileSizeBytes());
            } catch (MultipartUploadBody.TooLargeException overLimit) {
                throw tooLarge();
            } catch (MultipartUploadBody.MalformedException malformed) {
                throw badForm("The upload could not be read: " + malformed.getMessage() + ".");
            }
            if (!form.hasFile()) {
                throw badForm("The form has no field named \"file\" with the export in it.");
            }
            boolean confirmPartial = "true".equalsIgnoreCase(form.field("confirm_partial"))
                    || "true".equalsIgnoreCase(queryParameter(request, "confirm_partial"));
            CsvImportSummary summary = imports.importCsv(
                    new CsvUpload(temp, form.filename(), principal.getName(), confirmPartial), ImportProgress.NONE);
            return CsvImportResponses.UploadResponse.of(summary);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @GetMapping("/csv-status")
    CsvImportResponses.StatusResponse csvStatus() {
        return CsvImportResponses.StatusResponse.of(status.status());
    }

    @GetMapping("/duplicates")
    CsvImportResponses.DuplicatesResponse duplicates() {
        return CsvImportResponses.DuplicatesResponse.of(duplicates.groups());
    }

    @ExceptionHandler
    ResponseEntity<CsvImportResponses.ErrorResponse> rejected(CsvRejectedException rejected) {
        HttpStatus statusCode = switch (rejected.reason()) {
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case NOT_CSV -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            default -> HttpStatus.BAD_REQUEST;
        };
        return ResponseEntity.status(statusCode)
                .body(CsvImportResponses.ErrorResponse.of(
                        rejected.reason().name().toLowerCase(java.util.Locale.ROOT),
                        rejected.getMessage(),
                        rejected.line() > 0 ? rejected.line() : null));
    }

    @ExceptionHandler
    ResponseEntity<CsvImportResponses.ErrorResponse> partial(PartialExportException partial) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(new CsvImportResponses.ErrorResponse(
                        false,
                        "partial_export",
                        partial.getMessage() + " Upload again with confirm_partial=true to import it.",
                        null,
                        partial.contactsInFile(),
                        partial.previousContacts()));
    }

    @ExceptionHandler
    ResponseEntity<CsvImportResponses.ErrorResponse> unreadable(UnreadableUpload unreadable) {
        return ResponseEntity.status(unreadable.status)
                .body(CsvImportResponses.ErrorResponse.of(unreadable.error, unreadable.getMessage(), null));
    }

    private UnreadableUpload tooLarge() {
        return new UnreadableUpload(
                HttpStatus.CONTENT_TOO_LARGE,
                CsvRejection.TOO_LARGE.name().toLowerCase(java.util.Locale.ROOT),
                "The file is larger than the upload limit of %,d bytes.".formatted(imports.maxFileSizeBytes()));
    }

    private static UnreadableUpload badForm(String message) {
        return new UnreadableUpload(HttpStatus.BAD_REQUEST, "bad_request", message);
    }

    /** A request that is not a readable upload form, answered with its status and the admin's message. */
    private static final class UnreadableUpload extends RuntimeException {

        private final HttpStatus status;
        private final String error;

        UnreadableUpload(HttpStatus status, String error, String message) {
            super(message);
            this.status = status;
            this.error = error;
        }
    }

    /** From the query string only: the body is the form, read once above. */
    private static String queryParameter(HttpServletRequest request, String name) {
        String query = request.getQueryString();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0
                    && URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8)
                            .equals(name)) {
                return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
