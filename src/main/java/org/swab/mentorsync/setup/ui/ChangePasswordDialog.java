package org.swab.mentorsync.setup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import org.swab.mentorsync.base.security.PasswordChangeException;
import org.swab.mentorsync.base.security.PasswordChangeService;

/** The signed-in admin's new password, typed twice; the service checks the current one and the length. */
class ChangePasswordDialog extends Dialog {

    final PasswordField currentPassword = new PasswordField("Current password");
    final PasswordField newPassword = new PasswordField("New password");
    final PasswordField repeatedPassword = new PasswordField("Repeat the new password");
    final Button change = new Button("Change password");

    private final PasswordChangeService passwords;
    private final String username;

    ChangePasswordDialog(PasswordChangeService passwords, String username) {
        this.passwords = passwords;
        this.username = username;
        setHeaderTitle("Change password");
        newPassword.setHelperText("At least " + PasswordChangeService.MIN_PASSWORD_LENGTH + " characters");
        VerticalLayout fields = new VerticalLayout(currentPassword, newPassword, repeatedPassword);
        fields.setPadding(false);
        fields.setSpacing(false);
        add(fields);
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickListener(click -> change());
        getFooter().add(new Button("Cancel", click -> close()), change);
    }

    private void change() {
        currentPassword.setInvalid(false);
        newPassword.setInvalid(false);
        repeatedPassword.setInvalid(false);
        if (!newPassword.getValue().equals(repeatedPassword.getValue())) {
            showError(repeatedPassword, "The two new passwords differ");
            return;
        }
        try {
            passwords.changePassword(username, currentPassword.getValue(), newPassword.getValue());
        } catch (PasswordChangeException refused) {
            showError(
                    refused.field() == PasswordChangeException.Field.CURRENT ? currentPassword : newPassword,
                    refused.getMessage());
            return;
        }
        close();
        Notification.show("Password changed", 3000, Notification.Position.BOTTOM_END)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private static void showError(PasswordField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
