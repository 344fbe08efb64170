package org.swab.mentorsync.mentor;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** A mentor's onboarding steps (1:1 with mentors); training is set by an admin. */
@Entity
@Table(name = "mn_tasks")
public class MentorTasks {

    @Id
    private String mnId;

    private boolean signupDone = true;

    private Instant signupAt;

    private boolean setupDone;

    private Instant setupAt;

    private boolean campaignMember;

    private Instant campaignJoinedAt;

    private BigDecimal amountRaised = BigDecimal.ZERO;

    private boolean fundraisedDone;

    private Instant fundraisedAt;

    private boolean trainingDone;

    private Instant trainingAt;

    private Instant updatedAt;

    @Version
    private long version;

    public String getMnId() {
        return mnId;
    }

    protected MentorTasks() {}

    public MentorTasks(String mnId, Instant now) {
        this.mnId = mnId;
        this.updatedAt = now;
    }

    public void setMnId(String mnId) {
        this.mnId = mnId;
    }

    public boolean isSignupDone() {
        return signupDone;
    }

    public void setSignupDone(boolean signupDone) {
        this.signupDone = signupDone;
    }

    public Instant getSignupAt() {
        return signupAt;
    }

    public void setSignupAt(Instant signupAt) {
        this.signupAt = signupAt;
    }

    public boolean isSetupDone() {
        return setupDone;
    }

    public void setSetupDone(boolean setupDone) {
        this.setupDone = setupDone;
    }

    public Instant getSetupAt() {
        return setupAt;
    }

    public void setSetupAt(Instant setupAt) {
        this.setupAt = setupAt;
    }

    public boolean isCampaignMember() {
        return campaignMember;
    }

    public void setCampaignMember(boolean campaignMember) {
        this.campaignMember = campaignMember;
    }

    public Instant getCampaignJoinedAt() {
        return campaignJoinedAt;
    }

    public void setCampaignJoinedAt(Instant campaignJoinedAt) {
        this.campaignJoinedAt = campaignJoinedAt;
    }

    public BigDecimal getAmountRaised() {
        return amountRaised;
    }

    public void setAmountRaised(BigDecimal amountRaised) {
        this.amountRaised = amountRaised;
    }

    public boolean isFundraisedDone() {
        return fundraisedDone;
    }

    public void setFundraisedDone(boolean fundraisedDone) {
        this.fundraisedDone = fundraisedDone;
    }

    public Instant getFundraisedAt() {
        return fundraisedAt;
    }

    public void setFundraisedAt(Instant fundraisedAt) {
        this.fundraisedAt = fundraisedAt;
    }

    public boolean isTrainingDone() {
        return trainingDone;
    }

    public void setTrainingDone(boolean trainingDone) {
        this.trainingDone = trainingDone;
    }

    public Instant getTrainingAt() {
        return trainingAt;
    }

    public void setTrainingAt(Instant trainingAt) {
        this.trainingAt = trainingAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
