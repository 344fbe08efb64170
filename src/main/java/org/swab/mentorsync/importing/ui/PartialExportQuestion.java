package org.swab.mentorsync.importing.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.Optional;
import org.swab.mentorsync.importing.CsvUpload;
import org.swab.mentorsync.importing.PartialExportException;

/**
 * "Filtered export?": a file much smaller than the last upload waits here for the admin's answer, exactly one
 * answer: import anyway, or declined (Cancel, Esc, or the question closed any other way).
 */
class PartialExportQuestion extends ConfirmDialog {

    private CsvUpload waiting;

    PartialExportQuestion(
            CsvUpload upload,
            PartialExportException partial,
            SerializableConsumer<CsvUpload> importAnyway,
            SerializableConsumer<CsvUpload> declined) {
        this.waiting = upload;
        setHeader("Filtered export?");
        setText(partial.getMessage() + " Importing it adds and updates these contacts only; none are removed.");
        setConfirmText("Import anyway");
        setCancelable(true);
        setCancelText("Cancel");
        addConfirmListener(confirm -> answer().ifPresent(importAnyway));
        addCancelListener(cancel -> answer().ifPresent(declined));
        addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                answer().ifPresent(declined);
            }
        });
    }

    /** Closes the question without an answer and hands back the upload if it was still waiting for one. */
    Optional<CsvUpload> abandon() {
        Optional<CsvUpload> unanswered = answer();
        close();
        return unanswered;
    }

    private Optional<CsvUpload> answer() {
        Optional<CsvUpload> upload = Optional.ofNullable(waiting);
        waiting = null;
        return upload;
    }
}
