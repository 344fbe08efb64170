package org.swab.mentorsync.importing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.core.task.TaskExecutor;
import org.swab.mentorsync.importing.GivebutterCsvImportService;
import org.swab.mentorsync.mentor.ui.MentorToolbarAction;

/** Puts "Upload Givebutter CSV" on the Mentors page; each click opens a fresh dialog. */
@org.springframework.stereotype.Component
class CsvUploadToolbarAction implements MentorToolbarAction {

    private final GivebutterCsvImportService imports;
    private final TaskExecutor executor;
    private final AuthenticationContext authentication;

    CsvUploadToolbarAction(GivebutterCsvImportService imports, TaskExecutor applicationTaskExecutor,
            AuthenticationContext authentication) {
        this.imports = imports;
        this.executor = applicationTaskExecutor;
        this.authentication = authentication;
    }

    @Override
    public Component create(Runnable mentorsChanged) {
        Button button = new Button("Upload Givebutter CSV", VaadinIcon.UPLOAD.create(), click -> {
            String user = authentication.getPrincipalName().orElse("unknown");
            new CsvUploadDialog(imports, executor, user, mentorsChanged).open();
        });
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }
}
