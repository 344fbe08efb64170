package org.swab.mentorsync.importing.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
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

    /** Answers when the import is done; the file goes to a temporary file first, never into memory. */
    @PostMapping("/csv-upload")
    CsvImportResponses.UploadResponse upload(
            @RequestParam("file") MultipartFile file,
            @RequestParam(name = "confirm_partial", defaultValue = "false") boolean confirmPartial,
            Principal principal)
            throws IOException {
        Path temp = Files.createTempFile("givebutter-upload-", ".csv");
        try {
            // transferTo(File) lets Tomcat move its spooled part instead of copying it
            file.transferTo(temp.toFile());
            String filename = file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename();
            CsvImportSummary summary = imports.importCsv(
                    new CsvUpload(temp, filename, principal.getName(), confirmPartial), ImportProgress.NONE);
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
    ResponseEntity<CsvImportResponses.ErrorResponse> tooLarge(MaxUploadSizeExceededException tooLarge) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(CsvImportResponses.ErrorResponse.of(
                        CsvRejection.TOO_LARGE.name().toLowerCase(java.util.Locale.ROOT),
                        "The file is larger than the upload limit of %,d bytes.".formatted(imports.maxFileSizeBytes()),
                        null));
    }
}
