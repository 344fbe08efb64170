package org.swab.mentorsync.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * The seeded season the simulators serve, the same for the same seed: ≈555 signups (three people twice, siblings on
 * one family phone), ≈430 setup forms, ≈490 campaign members, each member with a Givebutter contact, and 40,000
 * contacts in all: returning mentors with last year's contact (a dozen with a second, duplicate contact), parents
 * sharing a mentor's phone, one external id naming the wrong mentor, a few contacts edited on Givebutter's side
 * (conflicts and values to take over), archived contacts, phones in every format people type.
 */
record DemoPopulation(
        List<DemoSignup> signups,
        List<DemoSetup> setups,
        List<DemoMember> members,
        TreeMap<Long, DemoContact> contacts,
        Facts facts) {

    static final int SIGNUPS = 555;
    static final int SETUPS = 430;
    static final int MEMBERS = 490;
    static final int CONTACTS = 40_000;
    static final String SIGNUP_FORM_ID = "250685983663169";
    static final String SETUP_FORM_ID = "250754977634066";
    static final long CAMPAIGN_ID = 4821;
    static final String CAMPAIGN_CODE = "SWAB26";
    static final String YEAR_TAG = "Mentors 2025";

    /** What the seed planted, for tests and the guide: mentor ids (digits) by situation. */
    record Facts(
            String wrongExternalIdHolderMnId,
            String wrongExternalIdNamedMnId,
            List<String> conflictMnIds,
            List<String> duplicateContactMnIds,
            int returningMentors,
            int archivedContacts) {}

    static final String[] FIRST = {
        "Emma",
        "Liam",
        "Olivia",
        "Noah",
        "Ava",
        "Elijah",
        "Mia",
        "James",
        "Grace",
        "Leo",
        "Ruby",
        "Lucas",
        "Nora",
        "Owen",
        "Maya",
        "Isaac",
        "Sophia",
        "Mason",
        "Chloe",
        "Ethan",
        "Zoe",
        "Caleb",
        "Lily",
        "Henry",
        "Hannah",
        "Jack",
        "Aria",
        "Wyatt",
        "Layla",
        "Julian",
        "Ella",
        "Miles",
        "Avery",
        "Eli",
        "Claire",
        "Jonah",
        "Sadie",
        "Ezra",
        "Naomi",
        "Asher",
        "Priya",
        "Mateo",
        "Aaliyah",
        "Kai",
        "Elizabeth",
        "William",
        "Katherine",
        "Robert"
    };
    static final String[] LAST = {
        "Garcia",
        "Smith",
        "Lopez",
        "Nguyen",
        "Thomas",
        "Wilson",
        "Hall",
        "King",
        "Clark",
        "Walker",
        "Young",
        "Davis",
        "Johnson",
        "Brown",
        "Miller",
        "Moore",
        "Taylor",
        "Anderson",
        "Jackson",
        "White",
        "Harris",
        "Martin",
        "Lee",
        "Patel",
        "Robinson",
        "Lewis",
        "Allen",
        "Wright",
        "Scott",
        "Green",
        "Baker",
        "Adams",
        "Nelson",
        "Hill",
        "Campbell",
        "Mitchell",
        "Roberts",
        "Carter",
        "Phillips",
        "Evans",
        "Turner",
        "Kim"
    };
    private static final String[] PARENT_FIRST = {
        "Karen", "David", "Lisa", "Michael", "Susan", "Brian", "Angela", "Mark", "Tracy", "Steven", "Denise", "Greg"
    };
    private static final Map<String, String> NICKNAMES = Map.of(
            "Elizabeth",
            "Liz",
            "William",
            "Will",
            "Katherine",
            "Kate",
            "Robert",
            "Bobby",
            "Olivia",
            "Liv",
            "James",
            "Jim",
            "Isaac",
            "Ike",
            "Sophia",
            "Sophie");
    private static final String[] AREAS = {"706", "404", "678", "770", "912", "229", "470"};
    private static final String[] CLASSES = {"Freshman", "Sophomore", "Junior", "Senior"};
    private static final String[] SHIRTS = {"XS", "S", "M", "L", "XL"};
    private static final String[] GENDERS = {"Female", "Male", "Non-binary", "Prefer not to say"};
    private static final String[] MAIL = {"gmail.com", "yahoo.com", "outlook.com", "icloud.com"};
    private static final DateTimeFormatter JOTFORM_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final LocalDateTime SEASON_START = LocalDateTime.of(2026, 8, 1, 8, 0);

    static DemoPopulation generate(long seed, List<String> customFieldNames) {
        return new Generator(new Random(seed), customFieldNames).run();
    }

    /** A phone as a person types it: ten digits in one of the shapes forms and Givebutter really hold. */
    static String messyPhone(String digits, int shape) {
        String a = digits.substring(0, 3);
        String b = digits.substring(3, 6);
        String c = digits.substring(6);
        return switch (Math.floorMod(shape, 7)) {
            case 0 -> "(" + a + ") " + b + "-" + c;
            case 1 -> a + "-" + b + "-" + c;
            case 2 -> "1 " + a + " " + b + " " + c;
            case 3 -> digits;
            case 4 -> a + "." + b + "." + c;
            case 5 -> "+1" + digits;
            default -> "1-" + a + "-" + b + "-" + c;
        };
    }

    static String jotformTime(LocalDateTime time) {
        return JOTFORM_TIME.format(time);
    }

    private static final class Generator {
        private final Random random;
        private final List<String> customFieldNames;
        private final Set<String> phones = new HashSet<>();
        private final Set<Long> contactIds = new HashSet<>();
        private final TreeMap<Long, DemoContact> contacts = new TreeMap<>();

        Generator(Random random, List<String> customFieldNames) {
            this.random = random;
            this.customFieldNames = customFieldNames;
        }

        DemoPopulation run() {
            List<DemoSignup> signups = signups();
            List<DemoSignup> people = signups.stream()
                    .filter(s -> signups.stream()
                            .noneMatch(later -> later != s
                                    && later.mnId().equals(s.mnId())
                                    && later.createdAt().compareTo(s.createdAt()) > 0))
                    .toList();
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < people.size(); i++) {
                order.add(i);
            }
            Collections.shuffle(order, random);
            List<DemoSetup> setups = new ArrayList<>();
            for (int k = 0; k < SETUPS; k++) {
                DemoSignup s = people.get(order.get(k));
                boolean byUga = random.nextInt(10) < 7 || s.personalEmail() == null;
                setups.add(new DemoSetup(
                        String.valueOf(250000000900000L + k * 7L),
                        jotformTime(parse(s.createdAt()).plusDays(1 + random.nextInt(10))),
                        random.nextBoolean() ? s.phone() : messyPhone(s.phoneDigits(), random.nextInt(7)),
                        byUga ? s.ugaEmail() : s.personalEmail()));
            }
            setups.sort((x, y) -> x.createdAt().compareTo(y.createdAt()));
            // most members filled in the setup form first; some made their page without it
            List<DemoSignup> memberPeople = new ArrayList<>();
            for (int k = 0; k < 420; k++) {
                memberPeople.add(people.get(order.get(k)));
            }
            for (int k = SETUPS; memberPeople.size() < MEMBERS; k++) {
                memberPeople.add(people.get(order.get(k)));
            }
            Set<String> returning = new HashSet<>();
            List<String> shuffledIds =
                    new ArrayList<>(people.stream().map(DemoSignup::mnId).toList());
            Collections.shuffle(shuffledIds, random);
            returning.addAll(shuffledIds.subList(0, 130));

            Map<String, DemoContact> oldContacts = new TreeMap<>();
            int lastYearId = 301;
            for (DemoSignup s : people) {
                if (returning.contains(s.mnId())) {
                    oldContacts.put(s.mnId(), returningMentorContact(s, String.format("%04d", lastYearId++)));
                }
            }
            List<DemoMember> members = new ArrayList<>();
            List<String> duplicates = new ArrayList<>();
            List<DemoContact> memberContacts = new ArrayList<>();
            for (int k = 0; k < memberPeople.size(); k++) {
                DemoSignup s = memberPeople.get(k);
                int pick = random.nextInt(100);
                String email = pick < 95
                        ? s.ugaEmail()
                        : pick < 99 && s.personalEmail() != null
                                ? s.personalEmail()
                                : "other" + (1000 + random.nextInt(9000)) + "@x.org";
                String phone = random.nextInt(100) < 85 ? "+1" + s.phoneDigits() : null;
                DemoContact old = oldContacts.get(s.mnId());
                DemoContact contact;
                if (old != null && duplicates.size() < 12 && k % 3 == 0) {
                    // signed up for the page with another address: Givebutter made a second contact
                    String other =
                            s.personalEmail() != null && !s.personalEmail().equals(old.primaryEmail)
                                    ? s.personalEmail()
                                    : s.ugaEmail();
                    email = other;
                    contact = memberContact(s, other, phone);
                    duplicates.add(s.mnIdDigits());
                } else if (old != null) {
                    contact = old;
                    if (!contact.emails().contains(email)) {
                        contact.additionalEmails.add(email);
                    }
                } else {
                    contact = memberContact(s, email, phone);
                }
                memberContacts.add(contact);
                int goal = 75;
                boolean full = random.nextInt(5) == 0;
                BigDecimal raised = BigDecimal.valueOf(full ? 75 + random.nextInt(150) : random.nextInt(75));
                String created =
                        parse(s.createdAt()).plusDays(2 + random.nextInt(12)).toString() + ":00Z";
                members.add(new DemoMember(
                        880000L + k * 3L,
                        s.first(),
                        s.last(),
                        email,
                        phone,
                        raised,
                        goal,
                        raised.signum() == 0 ? 0 : 1 + random.nextInt(9),
                        k % 3 == 1,
                        created,
                        created,
                        contact.id));
            }
            // one of last year's contacts carries this year's id of someone else (a hand edit gone wrong)
            DemoSignup holder = people.stream()
                    .filter(s -> returning.contains(s.mnId()) && !duplicates.contains(s.mnIdDigits()))
                    .findFirst()
                    .orElseThrow();
            Set<String> memberIds =
                    new HashSet<>(memberPeople.stream().map(DemoSignup::mnId).toList());
            DemoSignup named = people.stream()
                    .filter(s -> !returning.contains(s.mnId()) && !memberIds.contains(s.mnId()))
                    .findFirst()
                    .orElseThrow();
            oldContacts.get(holder.mnId()).externalId = named.mnIdDigits();

            List<String> conflicts = givebutterSideEdits(memberPeople, memberContacts, duplicates, holder);
            familyPhones(people, memberIds, returning);
            int archived = donors();
            return new DemoPopulation(
                    List.copyOf(signups),
                    List.copyOf(setups),
                    List.copyOf(members),
                    contacts,
                    new Facts(
                            holder.mnIdDigits(),
                            named.mnIdDigits(),
                            List.copyOf(conflicts),
                            List.copyOf(duplicates),
                            returning.size(),
                            archived));
        }

        private List<DemoSignup> signups() {
            List<DemoSignup> signups = new ArrayList<>();
            Set<Integer> siblings = Set.of(40, 141, 230, 333, 420, 515);
            Set<Integer> twice = Set.of(77, 260, 480);
            int person = 0;
            for (int i = 0; i < SIGNUPS; i++) {
                LocalDateTime created = SEASON_START.plusMinutes(i * 157L + random.nextInt(120));
                if (twice.contains(i) && !signups.isEmpty()) {
                    // the same person again, days later, with the same id and phone
                    DemoSignup first = signups.get(signups.size() - 5);
                    signups.add(new DemoSignup(
                            String.valueOf(250000000100000L + i * 13L),
                            jotformTime(created),
                            first.preferredName(),
                            first.first(),
                            first.middle(),
                            first.last(),
                            messyPhone(first.phoneDigits(), i),
                            false,
                            first.ugaEmail(),
                            first.personalEmail(),
                            first.mnId(),
                            first.ugaClass(),
                            first.shirtSize(),
                            first.gender(),
                            "Option " + (1 + random.nextInt(3)),
                            first.partnerPreference()));
                    continue;
                }
                person++;
                String first = pick(FIRST);
                String last = pick(LAST);
                String digits;
                if (siblings.contains(i) && !signups.isEmpty()) {
                    DemoSignup sibling = signups.getLast();
                    digits = sibling.phoneDigits();
                    last = sibling.last();
                    while (first.equals(sibling.first())) {
                        first = pick(FIRST);
                    }
                } else {
                    digits = newPhoneDigits();
                }
                String login = (first.charAt(0) + last).toLowerCase(Locale.ROOT);
                String number = String.valueOf(10000 + random.nextInt(90000));
                String personal = random.nextInt(100) < 92
                        ? (first + "." + last).toLowerCase(Locale.ROOT) + random.nextInt(10000) + "@" + pick(MAIL)
                        : null;
                signups.add(new DemoSignup(
                        String.valueOf(250000000100000L + i * 13L),
                        jotformTime(created),
                        NICKNAMES.containsKey(first) && random.nextBoolean() ? NICKNAMES.get(first) : "",
                        first,
                        random.nextInt(10) == 0 ? pick(FIRST) : "",
                        last,
                        messyPhone(digits, random.nextInt(5)),
                        i % 9 == 4,
                        login + number + "@uga.edu",
                        personal,
                        "MN" + (1000 + person),
                        pick(CLASSES),
                        pick(SHIRTS),
                        pick(GENDERS),
                        "Option " + (1 + random.nextInt(3)),
                        random.nextInt(3) == 0 ? String.valueOf(1 + random.nextInt(9)) : ""));
            }
            return signups;
        }

        private DemoContact returningMentorContact(DemoSignup s, String lastYearId) {
            DemoContact contact =
                    newContact(Instant.parse("2025-08-" + twoDigits(1 + random.nextInt(28)) + "T15:00:00Z"));
            contact.externalId = lastYearId;
            contact.firstName = s.first();
            contact.lastName = s.last();
            contact.primaryEmail = s.personalEmail() != null ? s.personalEmail() : s.ugaEmail();
            if (!s.ugaEmail().equals(contact.primaryEmail)) {
                contact.additionalEmails.add(s.ugaEmail());
            }
            contact.primaryPhone = messyPhone(s.phoneDigits(), random.nextInt(7));
            contact.tags.add(YEAR_TAG);
            contact.contactSince = contact.createdAt.toString().substring(0, 10);
            contact.emailSubscribed = true;
            contact.phoneSubscribed = true;
            setCustomField(contact, 5, "Sophomore");
            setCustomField(contact, 2, "Yes");
            contact.totalContributions = "0.00";
            return contact;
        }

        private DemoContact memberContact(DemoSignup s, String email, String phone) {
            DemoContact contact = newContact(Instant.parse(parse(s.createdAt()).plusDays(3) + ":00Z"));
            contact.firstName = s.first();
            contact.lastName = s.last();
            contact.primaryEmail = email;
            contact.primaryPhone = phone;
            contact.contactSince = contact.createdAt.toString().substring(0, 10);
            contact.emailSubscribed = true;
            contact.totalContributions = "0.00";
            return contact;
        }

        /**
         * Changes made on Givebutter after the pages were set up: a new last name, a new phone, a first name written
         * differently (conflicts for the review), and preferred names and a shift preference to take over.
         */
        private List<String> givebutterSideEdits(
                List<DemoSignup> memberPeople,
                List<DemoContact> memberContacts,
                List<String> duplicates,
                DemoSignup holder) {
            List<String> conflicts = new ArrayList<>();
            int edited = 0;
            for (int k = 10; k < memberPeople.size() && edited < 7; k += 37) {
                DemoSignup s = memberPeople.get(k);
                DemoContact contact = memberContacts.get(k);
                if (duplicates.contains(s.mnIdDigits())
                        || s == holder
                        || !contact.emails().contains(s.ugaEmail())) {
                    continue;
                }
                contact.updatedAt = Instant.parse("2026-10-12T08:15:44Z");
                switch (edited) {
                    case 0 -> contact.lastName = s.last() + "-Bennett";
                    case 1 -> contact.primaryPhone = messyPhone(newPhoneDigits(), 0);
                    case 2 -> contact.firstName = s.first().substring(0, 1) + ".";
                    case 3 -> contact.preferredName = "Sunny";
                    case 4 ->
                        contact.preferredName =
                                s.first().substring(0, Math.min(3, s.first().length()));
                    case 5 -> setCustomField(contact, 6, "Option 1");
                    default -> contact.lastName = s.last() + " " + pick(LAST);
                }
                if (edited <= 2 || edited == 6) {
                    conflicts.add(s.mnIdDigits());
                }
                edited++;
            }
            return conflicts;
        }

        /** Parents who gave with their child's phone: another contact on a mentor's number. */
        private void familyPhones(List<DemoSignup> people, Set<String> memberIds, Set<String> returning) {
            int added = 0;
            for (DemoSignup s : people) {
                if (added == 25) {
                    return;
                }
                if ((memberIds.contains(s.mnId()) || returning.contains(s.mnId())) && random.nextInt(12) == 0) {
                    DemoContact parent =
                            newContact(Instant.parse("2024-11-" + twoDigits(1 + random.nextInt(28)) + "T12:00:00Z"));
                    parent.firstName = pick(PARENT_FIRST);
                    parent.lastName = s.last();
                    parent.primaryEmail = (parent.firstName + "." + s.last()).toLowerCase(Locale.ROOT)
                            + random.nextInt(100) + "@" + pick(MAIL);
                    parent.primaryPhone = messyPhone(s.phoneDigits(), random.nextInt(7));
                    parent.tags.add("Donor");
                    parent.totalContributions = money(25 + random.nextInt(400));
                    parent.emailSubscribed = random.nextBoolean();
                    added++;
                }
            }
        }

        /** Everyone else of the account, up to {@link #CONTACTS} live contacts, and some archived ones; */
        private int donors() {
            int archived = 0;
            while (contacts.size() - archived < CONTACTS) {
                DemoContact donor = newContact(Instant.ofEpochSecond(
                        LocalDateTime.of(2019, 1, 1, 12, 0).toEpochSecond(ZoneOffset.UTC)
                                + random.nextInt(7 * 365) * 86_400L));
                donor.firstName = pick(random.nextBoolean() ? FIRST : PARENT_FIRST);
                donor.lastName = pick(LAST);
                if (random.nextInt(10) < 9) {
                    donor.primaryEmail = (donor.firstName + "." + donor.lastName).toLowerCase(Locale.ROOT)
                            + random.nextInt(100_000) + "@" + pick(MAIL);
                }
                if (random.nextInt(10) < 6) {
                    donor.primaryPhone =
                            random.nextInt(200) == 0 ? "n/a" : messyPhone(newPhoneDigits(), random.nextInt(7));
                }
                int tag = random.nextInt(100);
                if (tag < 30) {
                    donor.tags.add("Donor");
                } else if (tag < 33) {
                    donor.tags.add("Mentors 2024");
                }
                if (random.nextInt(200) == 0) {
                    donor.notes = "Called twice,\n\"prefers text\"";
                }
                donor.city = random.nextInt(3) == 0 ? "Athens" : null;
                donor.state = donor.city == null ? null : "GA";
                donor.totalContributions = money(random.nextInt(50_000) / 100.0);
                donor.emailSubscribed = random.nextInt(3) > 0;
                if (random.nextInt(1000) == 0 && archived < 40) {
                    donor.archivedAt = donor.createdAt.plusSeconds(86_400L * 30);
                    archived++;
                }
            }
            return archived;
        }

        private DemoContact newContact(Instant created) {
            long id;
            do {
                id = 10_000_000L + random.nextInt(20_000_000);
            } while (!contactIds.add(id));
            DemoContact contact = new DemoContact(id);
            contact.createdAt = created;
            contact.updatedAt = created.plusSeconds(86_400L * random.nextInt(60));
            contacts.put(id, contact);
            return contact;
        }

        private void setCustomField(DemoContact contact, int index, String value) {
            if (index < customFieldNames.size()) {
                contact.customFields.put(customFieldNames.get(index), value);
            }
        }

        private String newPhoneDigits() {
            while (true) {
                String digits =
                        pick(AREAS) + (200 + random.nextInt(800)) + String.format("%04d", random.nextInt(10_000));
                if (phones.add(digits)) {
                    return digits;
                }
            }
        }

        private String pick(String[] values) {
            return values[random.nextInt(values.length)];
        }

        private static LocalDateTime parse(String jotformTime) {
            return LocalDateTime.parse(jotformTime, JOTFORM_TIME);
        }

        private static String twoDigits(int value) {
            return String.format("%02d", value);
        }

        private static String money(double value) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
    }
}
