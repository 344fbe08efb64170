package org.swab.mentorsync.importing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a realistic Givebutter contacts export of N contacts — the real 58-column header with emoji custom fields,
 * a BOM, quoted newlines in Notes, phones in every human format, households, tags — with a planted population of
 * mentors and campaign members around it, and knows what the import must conclude: which mentor gets which
 * contact, which contacts are ambiguous, which mentors have several contacts, which external ids disagree and which
 * members have no contact. Deterministic for a seed. Rows are generated while writing: 400k contacts need no memory.
 */
final class GivebutterExportGenerator {

    static final List<String> HEADER = List.of(
            "Givebutter Contact ID",
            "Contact External ID",
            "Prefix",
            "First Name",
            "Middle Name",
            "Last Name",
            "Suffix",
            "Date of Birth",
            "Gender",
            "Employer",
            "Title",
            "Primary Email",
            "Additional Emails",
            "Primary Phone",
            "Additional Phones",
            "Address Line 1",
            "Address Line 2",
            "City",
            "State",
            "Postal Code",
            "Country",
            "Additional Addresses",
            "Website",
            "Twitter",
            "LinkedIn",
            "Facebook",
            "Recurring Contributions",
            "Total Contributions",
            "Total Soft Credits",
            "Engage Email Subscribed",
            "Engage SMS Subscribed",
            "Engage Mail Subscribed",
            "Tags",
            "Notes",
            "Household ID",
            "Household",
            "Household Primary Contact",
            "Date Created (UTC)",
            "Last Modified (UTC)",
            "💸 Givebutter Page Setup",
            "🚂 Mentor Training Complete",
            "✅ Mentor Training Signed Up?",
            "📈 Fully Fundraised",
            "🎓 UGA Class",
            "📆 Shift Preference",
            "👯‍♂️ Partner Preference",
            "💰 Amount Fundraised",
            "📱Custom Text Message 1️⃣",
            "📱Custom Text Message 2️⃣",
            "📧 Custom Email Message 1️⃣",
            "📝 Sign Up Complete",
            "Dietary Restrictions",
            "T-Shirt Size",
            "How did you hear about us?",
            "Employer Match",
            "Volunteer Interests",
            "Emergency Contact",
            "Graduation Year");

    private static final String[] FIRST = {
        "Ava", "Liam", "Maya", "Noah", "Zoe", "Ethan", "Nora", "Leo", "Isla", "Owen", "Ruby", "Eli", "Lena", "Jack",
        "Iris", "Omar", "Sara", "Theo", "Anya", "Caleb"
    };
    private static final String[] LAST = {
        "Hall", "Garcia", "Young", "King", "Nguyen", "Smith", "Lopez", "Davis", "Clark", "Walker", "Thomas", "Patel",
        "Kim", "Brown", "Reed", "Cruz", "Shah", "Ortiz", "Bell", "Ward"
    };
    private static final String[] DONOR_AREA_CODES = {"706", "678", "912", "229", "404", "770"};

    /** What a planted mentor is, to be inserted in mentors (and raw_gb_campaign_members when it has a member). */
    record MentorSeed(
            String mnId, String phone, String personalEmail, String ugaEmail, Long memberId, boolean dropped) {}

    record MemberSeed(long memberId, String email, String phone) {}

    /** Everything the generator planted and the outcome the import must reach. */
    static final class Population {
        final List<MentorSeed> mentors = new ArrayList<>();
        final List<MemberSeed> members = new ArrayList<>();
        /** mn_id → contact id, or null where the mentor must stay without a contact. */
        final Map<String, Long> expectedLinks = new LinkedHashMap<>();

        final Map<Long, Set<String>> expectedAmbiguous = new HashMap<>();
        final Map<String, Set<Long>> expectedSeveralContacts = new HashMap<>();
        final Set<Long> expectedExternalIdMismatches = new TreeSet<>();
        final Set<Long> expectedMembersWithoutContact = new TreeSet<>();
        int contacts;

        void insertInto(JdbcTemplate jdbc) {
            for (MemberSeed member : members) {
                jdbc.update(
                        "insert into raw_gb_campaign_members (member_id, email, phone, member) "
                                + "values (?, ?, ?, '{}'::jsonb)",
                        member.memberId(),
                        member.email(),
                        member.phone());
            }
            jdbc.batchUpdate(
                    "insert into mentors (mn_id, phone, personal_email, uga_email, gb_member_id, "
                            + "preferred_name, first_name, last_name, dropped) "
                            + "values (?, ?, ?, ?, ?, 'Sam', 'Sam', 'Lee', ?)",
                    mentors,
                    500,
                    (statement, mentor) -> {
                        statement.setString(1, mentor.mnId());
                        statement.setString(2, mentor.phone());
                        statement.setString(3, mentor.personalEmail());
                        statement.setString(4, mentor.ugaEmail());
                        statement.setObject(5, mentor.memberId());
                        statement.setBoolean(6, mentor.dropped());
                    });
        }
    }

    private final Random random;
    private final Population population = new Population();
    /** Planted contacts by their position in the file. */
    private final Map<Integer, Map<String, String>> planted = new HashMap<>();

    private final List<Map<String, String>> plantedInOrder = new ArrayList<>();
    private int mentorCounter;
    private long memberCounter = 700_000;

    GivebutterExportGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** Plants {@code mentorGroups} rounds of every scenario and writes {@code contacts} contacts in all. */
    Population write(Path file, int contacts, int mentorGroups) {
        for (int group = 0; group < mentorGroups; group++) {
            plantScenarios();
        }
        if (plantedInOrder.size() > contacts) {
            throw new IllegalArgumentException("need at least " + plantedInOrder.size() + " contacts");
        }
        // planted contacts spread evenly through the file; ids grow with the position
        for (int i = 0; i < plantedInOrder.size(); i++) {
            planted.put((int) ((long) i * contacts / plantedInOrder.size()), plantedInOrder.get(i));
        }
        population.contacts = contacts;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            CsvFiles.writeRow(out, HEADER);
            for (int position = 0; position < contacts; position++) {
                Map<String, String> row = planted.containsKey(position) ? planted.get(position) : donor(position);
                row.put("Givebutter Contact ID", Long.toString(contactId(position)));
                CsvFiles.writeRow(
                        out,
                        HEADER.stream()
                                .map(column -> row.getOrDefault(column, ""))
                                .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        resolveExpectations();
        return population;
    }

    static long contactId(int position) {
        return 10_000_000L + position * 7L + (position % 5);
    }

    // ---- scenarios: each plants mentors and contacts and records the expected outcome by contact handle ----

    private final List<Runnable> expectations = new ArrayList<>();

    private void plantScenarios() {
        // matched by primary phone, in a random human format
        MentorSeed byPhone = mentor(true);
        expectLink(byPhone, contact(byPhone.phone(), "someone" + mentorCounter + "@example.org"));
        // matched by personal email written differently, no phone in Givebutter
        MentorSeed byEmail = mentor(false);
        expectLink(byEmail, contact(null, "  " + byEmail.personalEmail().toUpperCase() + " "));
        // matched by UGA email among the additional emails
        MentorSeed byUga = mentor(false);
        Map<String, String> ugaRow = contact(null, "old" + mentorCounter + "@yahoo.com");
        ugaRow.put("Additional Emails", "x" + mentorCounter + "@aol.com, " + byUga.ugaEmail());
        expectLink(byUga, ugaRow);
        // matched by an additional phone
        MentorSeed byAdditionalPhone = mentor(true);
        Map<String, String> additionalPhoneRow = contact(donorPhone(), null);
        additionalPhoneRow.put("Additional Phones", format(byAdditionalPhone.phone()) + ", " + donorPhone());
        expectLink(byAdditionalPhone, additionalPhoneRow);
        // created by our import: only the external id ties it to the mentor
        MentorSeed byExternalId = mentor(false);
        Map<String, String> externalRow = contact(donorPhone(), null);
        externalRow.put("Contact External ID", byExternalId.mnId());
        expectLink(byExternalId, externalRow);
        // external id names someone else, the phone says it is this mentor (edge case 9)
        MentorSeed mismatch = mentor(true);
        Map<String, String> mismatchRow = contact(mismatch.phone(), null);
        mismatchRow.put("Contact External ID", "9" + (10_000 + mentorCounter));
        expectLink(mismatch, mismatchRow);
        expectMismatch(mismatchRow);
        // two contacts for one mentor: the one with more identifiers wins although its id is lower (Scenario 4)
        MentorSeed moreIdentifiers = mentor(true);
        Map<String, String> richer = contact(moreIdentifiers.phone(), moreIdentifiers.personalEmail());
        Map<String, String> poorer = contact(moreIdentifiers.phone(), null);
        expectLink(moreIdentifiers, richer);
        expectSeveral(moreIdentifiers, richer, poorer);
        // two equal contacts: the highest id wins
        MentorSeed tie = mentor(true);
        Map<String, String> older = contact(tie.phone(), null);
        Map<String, String> newer = contact(tie.phone(), null);
        expectLink(tie, newer);
        expectSeveral(tie, older, newer);
        // siblings share a parent's phone; the email decides (edge case 2)
        MentorSeed siblingA = mentor(true);
        MentorSeed siblingB = sibling(siblingA);
        Map<String, String> familyContact = contact(siblingA.phone(), siblingA.personalEmail());
        Map<String, String> siblingBContact = contact(null, siblingB.personalEmail());
        expectLink(siblingA, familyContact);
        expectLink(siblingB, siblingBContact);
        // siblings share a phone and nothing tells the contact apart: nobody gets it (edge case 8)
        MentorSeed twinA = mentor(true);
        MentorSeed twinB = sibling(twinA);
        Map<String, String> shared = contact(twinA.phone(), "family" + mentorCounter + "@example.net");
        expectNoLink(twinA);
        expectNoLink(twinB);
        expectAmbiguous(shared, twinA, twinB);
        // found only through the campaign member's email
        String pageEmail = "page" + mentorCounter + "@icloud.com";
        MentorSeed viaMember = mentorWithMember(true, pageEmail);
        expectLink(viaMember, contact(null, "P" + pageEmail.substring(1).replace("icloud", "iCloud")));
        // no contact at all (edge case 7), and a campaign member no contact has (edge case 10)
        MentorSeed without = mentorWithMember(true, "lost" + mentorCounter + "@example.com");
        expectNoLink(without);
        expectations.add(() -> population.expectedMembersWithoutContact.add(without.memberId()));
        // a dropped mentor is never matched
        MentorSeed dropped =
                new MentorSeed(nextMnId(), mentorPhone(), "gone" + mentorCounter + "@gmail.com", null, null, true);
        population.mentors.add(dropped);
        contact(dropped.phone(), null);
    }

    private MentorSeed mentor(boolean withPhone) {
        String mnId = nextMnId();
        MentorSeed mentor = new MentorSeed(
                mnId,
                withPhone ? mentorPhone() : null,
                "mentor" + mnId + ".p@gmail.com",
                "mn" + mnId + "@uga.edu",
                null,
                false);
        population.mentors.add(mentor);
        return mentor;
    }

    private MentorSeed sibling(MentorSeed of) {
        String mnId = nextMnId();
        MentorSeed mentor = new MentorSeed(
                mnId, of.phone(), "mentor" + mnId + ".p@gmail.com", "mn" + mnId + "@uga.edu", null, false);
        population.mentors.add(mentor);
        return mentor;
    }

    private MentorSeed mentorWithMember(boolean withPhone, String memberEmail) {
        long memberId = ++memberCounter;
        String mnId = nextMnId();
        MentorSeed mentor = new MentorSeed(
                mnId,
                withPhone ? mentorPhone() : null,
                "mentor" + mnId + ".p@gmail.com",
                "mn" + mnId + "@uga.edu",
                memberId,
                false);
        population.mentors.add(mentor);
        population.members.add(new MemberSeed(memberId, memberEmail, null));
        return mentor;
    }

    private String nextMnId() {
        return Integer.toString(1000 + ++mentorCounter);
    }

    /** Mentors' phones: area code 470, never used for donors, so only planted contacts can match. */
    private String mentorPhone() {
        return "+1470%07d".formatted(2_000_000 + mentorCounter * 37 + random.nextInt(30));
    }

    private Map<String, String> contact(String phone, String email) {
        Map<String, String> row = person();
        if (phone != null) {
            row.put("Primary Phone", format(phone));
        }
        if (email != null) {
            row.put("Primary Email", email);
        }
        row.put("Tags", "Mentors 2024");
        row.put("🎓 UGA Class", "Junior");
        row.put("📆 Shift Preference", "Option " + (1 + random.nextInt(3)));
        plantedInOrder.add(row);
        return row;
    }

    private void expectLink(MentorSeed mentor, Map<String, String> row) {
        expectations.add(() -> population.expectedLinks.put(mentor.mnId(), idOf(row)));
    }

    private void expectNoLink(MentorSeed mentor) {
        expectations.add(() -> population.expectedLinks.put(mentor.mnId(), null));
    }

    private void expectAmbiguous(Map<String, String> row, MentorSeed... mentors) {
        expectations.add(() -> population.expectedAmbiguous.put(
                idOf(row),
                new TreeSet<>(
                        java.util.Arrays.stream(mentors).map(MentorSeed::mnId).toList())));
    }

    @SafeVarargs
    private void expectSeveral(MentorSeed mentor, Map<String, String>... rows) {
        expectations.add(() -> population.expectedSeveralContacts.put(
                mentor.mnId(),
                new TreeSet<>(java.util.Arrays.stream(rows).map(this::idOf).toList())));
    }

    private void expectMismatch(Map<String, String> row) {
        expectations.add(() -> population.expectedExternalIdMismatches.add(idOf(row)));
    }

    private long idOf(Map<String, String> row) {
        return Long.parseLong(row.get("Givebutter Contact ID"));
    }

    private void resolveExpectations() {
        expectations.forEach(Runnable::run);
    }

    // ---- donors: the other 99 % of the file ----

    private Map<String, String> donor(int position) {
        Map<String, String> row = person();
        int duplicateOf = position - 1 - random.nextInt(Math.max(1, Math.min(position, 500)));
        if (position > 10 && random.nextInt(100) == 0) {
            // the same donor entered twice: same email, sometimes same phone (duplicate groups not touching mentors)
            row.put("Primary Email", "donor" + duplicateOf + "@example.com");
        } else {
            row.put("Primary Email", "donor" + position + "@example.com");
        }
        row.put("Primary Phone", random.nextInt(40) == 0 ? "n/a" : format(donorPhone()));
        if (random.nextInt(20) == 0) {
            row.put("Notes", "Called twice,\n\"prefers text\"");
        }
        if (random.nextInt(10) == 0) {
            row.put("Household ID", Integer.toString(50_000 + position / 2));
            row.put("Household", row.get("Last Name") + " Household");
            row.put("Household Primary Contact", random.nextBoolean() ? "Yes" : "No");
        }
        row.put("Tags", random.nextInt(4) == 0 ? "Donor, Gala 2024" : "Donor");
        return row;
    }

    private Map<String, String> person() {
        Map<String, String> row = new HashMap<>();
        row.put("First Name", FIRST[random.nextInt(FIRST.length)]);
        row.put("Last Name", LAST[random.nextInt(LAST.length)]);
        row.put("Address Line 1", (100 + random.nextInt(9000)) + " Milledge Ave");
        row.put("City", "Athens");
        row.put("State", "GA");
        row.put("Postal Code", "30601");
        row.put("Country", "US");
        row.put("Total Contributions", "%d.%02d".formatted(random.nextInt(500), random.nextInt(100)));
        row.put("Engage Email Subscribed", random.nextBoolean() ? "yes" : "no");
        row.put(
                "Date Created (UTC)",
                "2024-%02d-%02d 12:00:00".formatted(1 + random.nextInt(12), 1 + random.nextInt(28)));
        row.put("Last Modified (UTC)", "2025-10-%02d 09:30:00".formatted(1 + random.nextInt(28)));
        return row;
    }

    private String donorPhone() {
        return "+1%s%07d"
                .formatted(
                        DONOR_AREA_CODES[random.nextInt(DONOR_AREA_CODES.length)],
                        2_000_000 + random.nextInt(7_999_999));
    }

    /** An E.164 number written the many ways Givebutter exports show them. */
    private String format(String e164) {
        String area = e164.substring(2, 5);
        String exchange = e164.substring(5, 8);
        String line = e164.substring(8);
        return switch (random.nextInt(6)) {
            case 0 -> "(%s) %s-%s".formatted(area, exchange, line);
            case 1 -> "+1 %s-%s-%s".formatted(area, exchange, line);
            case 2 -> area + exchange + line;
            case 3 -> "%s.%s.%s".formatted(area, exchange, line);
            case 4 -> "1" + area + exchange + line;
            default -> e164;
        };
    }
}
