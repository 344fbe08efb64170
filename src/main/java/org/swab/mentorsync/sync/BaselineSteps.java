package org.swab.mentorsync.sync;

import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.swab.mentorsync.base.StepFailedException;
import org.swab.mentorsync.contactsync.ContactSync;
import org.swab.mentorsync.contactsync.ContactSyncResult;
import org.swab.mentorsync.givebutter.GivebutterClient;
import org.swab.mentorsync.givebutter.GivebutterConnection;
import org.swab.mentorsync.givebutter.GivebutterMembers;
import org.swab.mentorsync.intake.EtlResult;
import org.swab.mentorsync.intake.EtlService;
import org.swab.mentorsync.intake.RawDataStore;
import org.swab.mentorsync.intake.RawStepCounts;
import org.swab.mentorsync.jotform.JotformClient;
import org.swab.mentorsync.jotform.JotformConnection;
import org.swab.mentorsync.jotform.JotformSubmissions;
import org.swab.mentorsync.settings.SyncTargets;

/** The steps of the baseline sync: fetch into the raw tables, the ETL, then the linked Givebutter contacts. */
@Component
class BaselineSteps {

    private final JotformClient jotform;
    private final GivebutterClient givebutter;
    private final RawDataStore raw;
    private final EtlService etl;
    private final ContactSync contactSync;

    BaselineSteps(
            JotformClient jotform,
            GivebutterClient givebutter,
            RawDataStore raw,
            EtlService etl,
            ContactSync contactSync) {
        this.contactSync = contactSync;
        this.jotform = jotform;
        this.givebutter = givebutter;
        this.raw = raw;
        this.etl = etl;
    }

    /** {@code dropsConfirmed}: the admin confirmed the drops, so the ETL's drop guard stands aside. */
    StepResult run(SyncStep step, SyncTargets targets, boolean dropsConfirmed, Consumer<String> progress) {
        return switch (step) {
            case JOTFORM_SIGNUPS -> signups(targets);
            case JOTFORM_SETUP -> setups(targets);
            case GIVEBUTTER_MEMBERS -> members(targets);
            case ETL_PROCESS -> etl(dropsConfirmed);
            case CONTACT_SYNC -> contacts(targets, progress);
        };
    }

    private StepResult signups(SyncTargets targets) {
        JotformSubmissions fetched = jotform.fetchSubmissions(jotform(targets), targets.jotformSignupFormId());
        if (fetched.submissions().isEmpty() && raw.hasSignups()) {
            throw new StepFailedException(
                    "no_submissions",
                    "Jotform returned no submissions for the signup form "
                            + targets.jotformSignupFormId()
                            + " although signups were synced before; nothing was changed "
                            + "(check the form id)");
        }
        RawStepCounts counts = raw.storeSignups(fetched.submissions());
        return new StepResult(counts, counts.processed() + " submissions synced");
    }

    private StepResult setups(SyncTargets targets) {
        JotformSubmissions fetched = jotform.fetchSubmissions(jotform(targets), targets.jotformSetupFormId());
        RawStepCounts counts = raw.storeSetups(fetched.submissions());
        return new StepResult(counts, counts.processed() + " submissions synced");
    }

    private StepResult members(SyncTargets targets) {
        GivebutterMembers fetched = givebutter.fetchMembers(givebutter(targets), targets.givebutterCampaignCode());
        RawStepCounts counts = raw.storeMembers(fetched.campaign().id(), fetched.members(), fetched.skipped());
        return new StepResult(counts, counts.processed() + " members synced");
    }

    private StepResult contacts(SyncTargets targets, Consumer<String> progress) {
        ContactSyncResult result = contactSync.run(givebutter(targets), progress);
        return new StepResult(
                new RawStepCounts(result.contacts(), 0, result.synced(), result.failed(), result.deleted()),
                result.message());
    }

    private StepResult etl(boolean dropsConfirmed) {
        EtlResult result = etl.run(dropsConfirmed);
        String message = result.processed() + " mentors processed";
        if (result.dropped() > 0) {
            message += ", " + result.dropped() + " dropped" + (dropsConfirmed ? " (confirmed by the admin)" : "");
        }
        if (result.newErrors() > 0) {
            message += ", " + result.newErrors() + " new issues logged";
        }
        return new StepResult(
                new RawStepCounts(result.processed(), result.inserted(), result.updated(), 0, result.dropped()),
                message);
    }

    private static GivebutterConnection givebutter(SyncTargets targets) {
        return new GivebutterConnection(targets.givebutterBaseUrl(), targets.encryptedGivebutterApiKey());
    }

    private static JotformConnection jotform(SyncTargets targets) {
        return new JotformConnection(targets.jotformBaseUrl(), targets.encryptedJotformApiKey());
    }
}
