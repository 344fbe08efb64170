package org.swab.mentorsync.settings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.swab.mentorsync.base.security.PasswordChangeService;
import org.swab.mentorsync.base.ui.EmptyState;
import org.swab.mentorsync.settings.ApiSettingsStatus;
import org.swab.mentorsync.settings.ContactSyncSchedule;
import org.swab.mentorsync.settings.ScheduleSettings;
import org.swab.mentorsync.settings.SyncConfigService;
import org.swab.mentorsync.settings.SyncDiscoveryService;

@Route("settings")
@PageTitle("Settings · Mentor Sync")
@Menu(order = 4, icon = "vaadin:cog", title = "Settings")
@PermitAll
class SettingsView extends VerticalLayout implements AfterNavigationObserver {

    final Paragraph apiStatus = new Paragraph();
    final EmptyState apiEmptyState;
    final Checkbox automatedSync = new Checkbox("Run the baseline sync automatically");
    final IntegerField intervalHours = new IntegerField("Every (hours)");
    final Checkbox contactSync = new Checkbox("Sync the linked Givebutter contacts on their own schedule");
    final IntegerField contactIntervalHours = new IntegerField("Every (hours)");
    final Button save = new Button("Save schedule");
    final Button changePassword = new Button("Change password");
    final VerticalLayout apiArea = new VerticalLayout();
    final ApiSettingsForm apiForm;

    private final SyncConfigService configService;

    SettingsView(SyncConfigService configService, SyncDiscoveryService discovery, PasswordChangeService passwords,
            AuthenticationContext authentication) {
        this.configService = configService;
        apiForm = new ApiSettingsForm(configService, discovery, this::refresh);
        apiEmptyState = new EmptyState("Jotform and Givebutter are not connected yet",
                "Mentor Sync needs a Jotform API key with the signup and setup form ids, and a Givebutter API key "
                        + "with the campaign code. Until they are set below, no sync can run and no mentors appear.");
        intervalHours.setMin(ScheduleSettings.MIN_INTERVAL_HOURS);
        intervalHours.setMax(ScheduleSettings.MAX_INTERVAL_HOURS);
        intervalHours.setStepButtonsVisible(true);
        intervalHours.setHelperText("Between 1 and 168 hours");
        contactIntervalHours.setMin(ScheduleSettings.MIN_INTERVAL_HOURS);
        contactIntervalHours.setMax(ScheduleSettings.MAX_INTERVAL_HOURS);
        contactIntervalHours.setStepButtonsVisible(true);
        contactIntervalHours.setHelperText("Daily (24) is enough: contacts change less often than fundraising");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> saveSchedule());
        changePassword.addClickListener(click -> authentication.getPrincipalName()
                .ifPresent(username -> new ChangePasswordDialog(passwords, username).open()));

        apiArea.setPadding(false);
        add(new H2("Settings"), new H3("API configuration"), apiArea, apiForm,
                new H3("Automated sync"), automatedSync, intervalHours, contactSync, contactIntervalHours, save,
                new H3("Your account"), changePassword);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    void refresh() {
        ApiSettingsStatus api = configService.apiSettingsStatus();
        apiStatus.setText("Jotform key: " + (api.jotformApiKeySet() ? "set" : "not set")
                + " · signup form: " + orNone(api.jotformSignupFormId())
                + " · setup form: " + orNone(api.jotformSetupFormId())
                + " · Givebutter key: " + (api.givebutterApiKeySet() ? "set" : "not set")
                + " · campaign: " + orNone(api.givebutterCampaignCode()));
        apiArea.removeAll();
        apiArea.add(api.complete() ? apiStatus : apiEmptyState);
        apiForm.load();
        ScheduleSettings schedule = configService.scheduleSettings();
        automatedSync.setValue(schedule.automatedSyncEnabled());
        intervalHours.setValue(schedule.syncIntervalHours());
        ContactSyncSchedule contacts = configService.contactSyncSchedule();
        contactSync.setValue(contacts.enabled());
        contactIntervalHours.setValue(contacts.intervalHours());
    }

    private void saveSchedule() {
        Integer hours = validHours(intervalHours);
        Integer contactHours = validHours(contactIntervalHours);
        if (hours == null || contactHours == null) {
            return;
        }
        configService.updateSchedule(new ScheduleSettings(automatedSync.getValue(), hours));
        configService.updateContactSyncSchedule(new ContactSyncSchedule(contactSync.getValue(), contactHours));
        Notification.show("Schedule saved", 3000, Notification.Position.BOTTOM_END)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private static Integer validHours(IntegerField field) {
        Integer hours = field.getValue();
        if (hours == null || field.isInvalid() || hours < ScheduleSettings.MIN_INTERVAL_HOURS
                || hours > ScheduleSettings.MAX_INTERVAL_HOURS) {
            field.setInvalid(true);
            field.setErrorMessage("Enter a whole number of hours between 1 and 168");
            return null;
        }
        field.setInvalid(false);
        return hours;
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? "none" : value;
    }
}
