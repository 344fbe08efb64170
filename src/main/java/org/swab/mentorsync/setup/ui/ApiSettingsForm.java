package org.swab.mentorsync.setup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Map;
import org.swab.mentorsync.base.crypto.SecretUnreadableException;
import org.swab.mentorsync.base.http.ApiException;
import org.swab.mentorsync.givebutter.GivebutterCampaign;
import org.swab.mentorsync.jotform.JotformForm;
import org.swab.mentorsync.settings.ApiBaseUrls;
import org.swab.mentorsync.settings.ApiSettings;
import org.swab.mentorsync.settings.ApiSettingsSummary;
import org.swab.mentorsync.settings.BuiltInApiServers;
import org.swab.mentorsync.settings.InvalidSyncConfigException;
import org.swab.mentorsync.settings.SyncConfigRequest;
import org.swab.mentorsync.settings.SyncConfigService;
import org.swab.mentorsync.settings.SyncDiscoveryService;

/**
 * The Jotform and Givebutter settings. Stored keys are never sent to the browser: the key fields stay empty, show the
 * last four characters as a hint, and an empty key field keeps the stored key, unless the base URL moves to another
 * host: then saving forgets it, and the base URL field says so beforehand.
 */
class ApiSettingsForm extends FormLayout {

    static final String JOTFORM_HOSTS_HELP = "api.jotform.com, eu-api.jotform.com or hipaa-api.jotform.com";
    static final String GIVEBUTTER_HOST_HELP = "https://api.givebutter.com/v1";

    final PasswordField jotformApiKey = new PasswordField("Jotform API key");
    final TextField jotformBaseUrl = new TextField("Jotform API base URL");
    final TextField jotformSignupFormId = new TextField("Signup form id");
    final TextField jotformSetupFormId = new TextField("Setup form id");
    final PasswordField givebutterApiKey = new PasswordField("Givebutter API key");
    final TextField givebutterBaseUrl = new TextField("Givebutter API base URL");
    final TextField givebutterCampaignCode = new TextField("Campaign code");
    final Button save = new Button("Save API settings");
    /** Shown only when the app provides API servers itself (demo mode). */
    final Button useBuiltIn = new Button();

    final Button testKeys = new Button("Test keys");
    final Paragraph keyCheck = new Paragraph();
    final Button discover = new Button("Discover forms and campaigns");
    final Select<JotformForm> signupFormChoice = new Select<>();
    final Select<JotformForm> setupFormChoice = new Select<>();
    final Select<GivebutterCampaign> campaignChoice = new Select<>();
    final Paragraph discoveryMessage = new Paragraph();
    private SyncDiscoveryService.KeyCheck lastKeyCheck;

    private final SyncConfigService configService;
    private final SyncDiscoveryService discovery;
    private final Runnable onSaved;
    private final Runnable onKeysTested;
    private final Map<String, TextFieldBase<?, String>> fieldsByApiName;
    private ApiSettingsSummary stored;

    ApiSettingsForm(
            SyncConfigService configService,
            SyncDiscoveryService discovery,
            BuiltInApiServers builtIn,
            Runnable onSaved,
            Runnable onKeysTested) {
        this.configService = configService;
        this.discovery = discovery;
        this.onSaved = onSaved;
        this.onKeysTested = onKeysTested;
        fieldsByApiName = Map.of(
                "jotform_api_key",
                jotformApiKey,
                "jotform_base_url",
                jotformBaseUrl,
                "jotform_signup_form_id",
                jotformSignupFormId,
                "jotform_setup_form_id",
                jotformSetupFormId,
                "givebutter_api_key",
                givebutterApiKey,
                "givebutter_base_url",
                givebutterBaseUrl,
                "givebutter_campaign_code",
                givebutterCampaignCode);
        jotformBaseUrl.setHelperText(JOTFORM_HOSTS_HELP);
        givebutterBaseUrl.setHelperText(GIVEBUTTER_HOST_HELP);
        List.of(jotformBaseUrl, jotformApiKey, givebutterBaseUrl, givebutterApiKey)
                .forEach(this::watchForOrigin);
        givebutterCampaignCode.setHelperText("The short code in the campaign's URL, e.g. CQVG3W");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        useBuiltIn.setVisible(builtIn != null);
        if (builtIn != null) {
            useBuiltIn.setText("Use " + builtIn.name());
            useBuiltIn.addClickListener(click -> fill(builtIn.settings()));
        }
        testKeys.addClickListener(click -> testKeys());
        keyCheck.getStyle().set("white-space", "pre-line");
        discover.addClickListener(click -> discover());
        signupFormChoice.setLabel("Pick the signup form");
        setupFormChoice.setLabel("Pick the setup form");
        campaignChoice.setLabel("Pick the campaign");
        signupFormChoice.setItemLabelGenerator(ApiSettingsForm::formLabel);
        setupFormChoice.setItemLabelGenerator(ApiSettingsForm::formLabel);
        campaignChoice.setItemLabelGenerator(campaign -> campaign.title() + " (" + campaign.code() + ")");
        signupFormChoice.addValueChangeListener(pick -> {
            if (pick.getValue() != null) {
                jotformSignupFormId.setValue(pick.getValue().id());
                checkSignupForm();
            }
        });
        setupFormChoice.addValueChangeListener(pick -> {
            if (pick.getValue() != null) {
                jotformSetupFormId.setValue(pick.getValue().id());
            }
        });
        campaignChoice.addValueChangeListener(pick -> {
            if (pick.getValue() != null) {
                givebutterCampaignCode.setValue(pick.getValue().code());
            }
        });
        List.of(signupFormChoice, setupFormChoice, campaignChoice).forEach(choice -> choice.setVisible(false));
        add(
                jotformApiKey,
                jotformBaseUrl,
                jotformSignupFormId,
                signupFormChoice,
                jotformSetupFormId,
                setupFormChoice,
                givebutterApiKey,
                givebutterBaseUrl,
                givebutterCampaignCode,
                campaignChoice,
                buttons(),
                keyCheck,
                discoveryMessage);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    private HorizontalLayout buttons() {
        HorizontalLayout buttons = new HorizontalLayout(useBuiltIn, save, testKeys, discover);
        buttons.setWrap(true);
        return buttons;
    }

    /** Puts {@code settings} in the fields (keys included), to be saved with "Save API settings". */
    void fill(SyncConfigRequest settings) {
        jotformApiKey.setValue(orEmpty(settings.jotformApiKey()));
        jotformBaseUrl.setValue(orEmpty(settings.jotformBaseUrl()));
        jotformSignupFormId.setValue(orEmpty(settings.jotformSignupFormId()));
        jotformSetupFormId.setValue(orEmpty(settings.jotformSetupFormId()));
        givebutterApiKey.setValue(orEmpty(settings.givebutterApiKey()));
        givebutterBaseUrl.setValue(orEmpty(settings.givebutterBaseUrl()));
        givebutterCampaignCode.setValue(orEmpty(settings.givebutterCampaignCode()));
    }

    /** The wizard's first step asks for the keys alone; its second for the forms and the campaign. */
    void showKeysOnly(boolean keysOnly) {
        List.of(jotformSignupFormId, jotformSetupFormId, givebutterCampaignCode, discover, discoveryMessage)
                .forEach(field -> field.setVisible(!keysOnly));
        List.of(signupFormChoice, setupFormChoice, campaignChoice)
                .forEach(choice -> choice.setVisible(!keysOnly
                        && !choice.getListDataView().getItems().toList().isEmpty()));
    }

    /** Whether the last "Test keys" found both keys working. */
    boolean keysTestedGreen() {
        return lastKeyCheck != null
                && lastKeyCheck.jotform().ok()
                && lastKeyCheck.givebutter().ok();
    }

    void testKeys() {
        try {
            lastKeyCheck = discovery.testKeys();
            keyCheck.setText(lastKeyCheck.jotform().message() + ".\n"
                    + lastKeyCheck.givebutter().message() + ".");
        } catch (SecretUnreadableException e) {
            lastKeyCheck = null;
            keyCheck.setText(e.getMessage() + ". Enter the key again to replace it.");
        }
        onKeysTested.run();
    }

    private void discover() {
        discoveryMessage.setText("");
        try {
            List<JotformForm> forms = discovery.jotformForms();
            signupFormChoice.setItems(forms);
            setupFormChoice.setItems(forms);
            signupFormChoice.setVisible(true);
            setupFormChoice.setVisible(true);
        } catch (InvalidSyncConfigException | ApiException | SecretUnreadableException e) {
            discoveryMessage.setText(problem(e));
        }
        try {
            List<GivebutterCampaign> campaigns = discovery.givebutterCampaigns();
            campaignChoice.setItems(campaigns);
            campaignChoice.setVisible(true);
        } catch (InvalidSyncConfigException | ApiException | SecretUnreadableException e) {
            discoveryMessage.setText((discoveryMessage.getText() + " " + problem(e)).trim());
        }
    }

    private void checkSignupForm() {
        try {
            String problem = discovery.signupFormProblem(jotformSignupFormId.getValue());
            jotformSignupFormId.setErrorMessage(problem);
            jotformSignupFormId.setInvalid(problem != null);
        } catch (ApiException | SecretUnreadableException e) {
            jotformSignupFormId.setErrorMessage("Could not read the form's fields: " + e.getMessage());
            jotformSignupFormId.setInvalid(true);
        }
    }

    private static String problem(RuntimeException e) {
        if (e instanceof InvalidSyncConfigException invalid) {
            return String.join(". ", invalid.fieldErrors().values()) + ".";
        }
        return e.getMessage() + ".";
    }

    private static String formLabel(JotformForm form) {
        return form.title() + " (" + form.id() + ", " + form.count() + " submissions)";
    }

    void load() {
        stored = configService.apiSettings();
        jotformApiKey.clear();
        givebutterApiKey.clear();
        jotformApiKey.setPlaceholder(
                stored.jotformApiKeySet() ? "stored, ends in " + stored.jotformApiKeyLast4() : "not set");
        givebutterApiKey.setPlaceholder(
                stored.givebutterApiKeySet() ? "stored, ends in " + stored.givebutterApiKeyLast4() : "not set");
        jotformBaseUrl.setValue(orEmpty(stored.jotformBaseUrl()));
        jotformSignupFormId.setValue(orEmpty(stored.jotformSignupFormId()));
        jotformSetupFormId.setValue(orEmpty(stored.jotformSetupFormId()));
        givebutterBaseUrl.setValue(orEmpty(stored.givebutterBaseUrl()));
        givebutterCampaignCode.setValue(orEmpty(stored.givebutterCampaignCode()));
        fieldsByApiName.values().forEach(field -> field.setInvalid(false));
        showWhatSavingForgets();
    }

    private void watchForOrigin(TextFieldBase<?, String> field) {
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(change -> showWhatSavingForgets());
    }

    private void showWhatSavingForgets() {
        if (stored == null) {
            return;
        }
        jotformBaseUrl.setHelperText(
                forgetsKey(stored.jotformApiKeySet(), stored.jotformBaseUrl(), jotformBaseUrl, jotformApiKey)
                        ? "Saving forgets the stored Jotform key: enter it again"
                        : JOTFORM_HOSTS_HELP);
        givebutterBaseUrl.setHelperText(
                forgetsKey(
                                stored.givebutterApiKeySet(),
                                stored.givebutterBaseUrl(),
                                givebutterBaseUrl,
                                givebutterApiKey)
                        ? "Saving forgets the stored Givebutter key: enter it again"
                        : GIVEBUTTER_HOST_HELP);
    }

    private static boolean forgetsKey(boolean keyStored, String storedUrl, TextField baseUrl, PasswordField key) {
        return keyStored
                && key.isEmpty()
                && !baseUrl.isEmpty()
                && !ApiBaseUrls.sameOrigin(storedUrl, baseUrl.getValue());
    }

    /** Saves what the form holds; false (with the messages on the fields) when it cannot be saved. */
    boolean save() {
        ApiSettingsSummary current = configService.apiSettings();
        fieldsByApiName.values().forEach(field -> field.setInvalid(false));
        try {
            configService.updateApiSettings(new ApiSettings(
                    jotformApiKey.getValue(),
                    jotformBaseUrl.getValue(),
                    jotformSignupFormId.getValue(),
                    jotformSetupFormId.getValue(),
                    givebutterApiKey.getValue(),
                    givebutterBaseUrl.getValue(),
                    givebutterCampaignCode.getValue(),
                    current.automatedSyncEnabled(),
                    current.syncIntervalHours()));
        } catch (InvalidSyncConfigException e) {
            e.fieldErrors().forEach((name, message) -> {
                TextFieldBase<?, String> field = fieldsByApiName.get(name);
                if (field != null) {
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                }
            });
            return false;
        }
        // the keys may have changed: the last test no longer speaks for them
        lastKeyCheck = null;
        load();
        onSaved.run();
        Notification.show("API settings saved", 3000, Notification.Position.BOTTOM_END)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return true;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
