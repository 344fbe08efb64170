package org.swab.mentorsync.setup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.swab.mentorsync.support.IntegrationTest;
import org.swab.mentorsync.support.ViewTest;

@ViewTest
class ChangePasswordDialogIT extends SpringBrowserlessTest {

    static final String NEW_PASSWORD = "a-new-and-long-password";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @AfterEach
    void restoreTheSharedAdminPassword() {
        jdbc.update(
                "update app_user set password_hash = ? where username = ?",
                passwordEncoder.encode(IntegrationTest.ADMIN_PASSWORD),
                IntegrationTest.ADMIN_USERNAME);
    }

    @Test
    void the_admin_changes_their_password_from_the_settings_page() {
        ChangePasswordDialog dialog = openDialog();

        test(dialog.currentPassword).setValue(IntegrationTest.ADMIN_PASSWORD);
        test(dialog.newPassword).setValue(NEW_PASSWORD);
        test(dialog.repeatedPassword).setValue(NEW_PASSWORD);
        test(dialog.change).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(passwordEncoder.matches(NEW_PASSWORD, adminHash())).isTrue();
    }

    @Test
    void a_wrong_current_password_is_shown_on_its_field_and_nothing_changes() {
        ChangePasswordDialog dialog = openDialog();
        String before = adminHash();

        test(dialog.currentPassword).setValue("not-the-current-one");
        test(dialog.newPassword).setValue(NEW_PASSWORD);
        test(dialog.repeatedPassword).setValue(NEW_PASSWORD);
        test(dialog.change).click();

        assertThat(dialog.currentPassword.isInvalid()).isTrue();
        assertThat(dialog.currentPassword.getErrorMessage()).isEqualTo("The current password is not right");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(adminHash()).isEqualTo(before);
    }

    @Test
    void a_new_password_under_twelve_characters_is_refused() {
        ChangePasswordDialog dialog = openDialog();
        String before = adminHash();

        test(dialog.currentPassword).setValue(IntegrationTest.ADMIN_PASSWORD);
        test(dialog.newPassword).setValue("elevenchars");
        test(dialog.repeatedPassword).setValue("elevenchars");
        test(dialog.change).click();

        assertThat(dialog.newPassword.isInvalid()).isTrue();
        assertThat(dialog.newPassword.getErrorMessage()).isEqualTo("Use at least 12 characters");
        assertThat(adminHash()).isEqualTo(before);
    }

    @Test
    void two_different_new_passwords_are_refused_before_anything_is_checked() {
        ChangePasswordDialog dialog = openDialog();
        String before = adminHash();

        test(dialog.currentPassword).setValue(IntegrationTest.ADMIN_PASSWORD);
        test(dialog.newPassword).setValue(NEW_PASSWORD);
        test(dialog.repeatedPassword).setValue(NEW_PASSWORD + "x");
        test(dialog.change).click();

        assertThat(dialog.repeatedPassword.isInvalid()).isTrue();
        assertThat(dialog.repeatedPassword.getErrorMessage()).isEqualTo("The two new passwords differ");
        assertThat(adminHash()).isEqualTo(before);
    }

    private ChangePasswordDialog openDialog() {
        SettingsView view = navigate(SettingsView.class);
        test(view.changePassword).click();
        return $(ChangePasswordDialog.class).single();
    }

    private String adminHash() {
        return jdbc.queryForObject(
                "select password_hash from app_user where username = ?", String.class, IntegrationTest.ADMIN_USERNAME);
    }
}
