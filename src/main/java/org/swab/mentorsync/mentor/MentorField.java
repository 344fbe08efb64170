package org.swab.mentorsync.mentor;

import java.util.function.BiConsumer;
import java.util.function.Function;
import org.swab.mentorsync.base.CodedEnum;

/** The mentor fields that Givebutter also holds, and that overrides, conflicts and the audit trail talk about. */
public enum MentorField implements CodedEnum {
    PHONE("Phone", Mentor::getPhone, Mentor::setPhone),
    UGA_EMAIL("UGA email", Mentor::getUgaEmail, Mentor::setUgaEmail),
    PERSONAL_EMAIL("Personal email", Mentor::getPersonalEmail, Mentor::setPersonalEmail),
    FIRST_NAME("First name", Mentor::getFirstName, Mentor::setFirstName),
    MIDDLE_NAME("Middle name", Mentor::getMiddleName, Mentor::setMiddleName),
    LAST_NAME("Last name", Mentor::getLastName, Mentor::setLastName),
    PREFERRED_NAME("Preferred name", Mentor::getPreferredName, Mentor::setPreferredName),
    SHIFT_PREFERENCE("Shift preference", Mentor::getShiftPreference, Mentor::setShiftPreference),
    PARTNER_PREFERENCE("Partner preference", Mentor::getPartnerPreference, Mentor::setPartnerPreference);

    private final String label;
    private final Function<Mentor, String> getter;
    private final BiConsumer<Mentor, String> setter;

    MentorField(String label, Function<Mentor, String> getter, BiConsumer<Mentor, String> setter) {
        this.label = label;
        this.getter = getter;
        this.setter = setter;
    }

    public String label() {
        return label;
    }

    public String valueOf(Mentor mentor) {
        return getter.apply(mentor);
    }

    public void set(Mentor mentor, String value) {
        setter.accept(mentor, value);
    }
}
