package org.swab.mentorsync.importing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A Givebutter contacts export as an admin downloads it: every one of the 58 columns in use at the rates a real
 * donor base shows (middle names, employers, addresses, additional emails and phones, households, tags, notes with
 * quoted newlines, commas, quotes and emoji), phones in every human format, emoji custom-field headers. Each row
 * comes from its own seed, so {@link #writeChanged} can write "tomorrow's" export: the same rows, a share of them
 * edited, a share of new contacts at the end. Rows are generated while writing.
 */
final class RealisticExport {

    private static final String[] FIRST = {
        "Ava", "Liam", "Maya", "Noah", "Zoë", "Ethan", "Nora", "Leo", "Isla", "Owen", "Ruby", "Eli", "Lena", "Jack",
        "Iris", "Omar", "Sara", "Theo", "Anya", "Caleb", "José", "Mei", "Aaliyah", "Dmitri", "Siobhán", "Kwame"
    };
    private static final String[] LAST = {
        "Hall", "Garcia", "Young", "King", "Nguyen", "Smith", "Lopez", "Davis", "Clark", "Walker", "Thomas", "Patel",
        "Kim", "Brown", "Reed", "Cruz", "Shah", "Ortiz", "Bell", "Ward", "O'Brien", "Müller", "de la Cruz", "Okafor"
    };
    private static final String[] STREETS = {"Milledge Ave", "Baxter St", "Prince Ave", "Lumpkin St", "College Ave"};
    private static final String[] CITIES = {
        "Athens,GA,30601",
        "Atlanta,GA,30303",
        "Savannah,GA,31401",
        "Decatur,GA,30030",
        "Macon,GA,31201",
        "Charlotte,NC,28202"
    };
    private static final String[] AREA_CODES = {"706", "678", "912", "229", "404", "770", "470"};
    private static final String[] EMAIL_HOSTS = {"gmail.com", "yahoo.com", "uga.edu", "outlook.com", "icloud.com"};
    private static final String[] TAGS = {"Donor", "Gala 2024", "Volunteer", "Board", "Mentor 2025", "Alumni"};
    private static final String[] NOTES = {
        "Called twice,\n\"prefers text\"",
        "Met at the fall gala 🎉 — wants updates",
        "Matching gift via employer\nSend receipt to spouse",
        "Do not call before 10am; email ok",
        "Asked about volunteering, \"maybe spring\"\n\nFollow up in March 📅"
    };

    private final long seed;

    RealisticExport(long seed) {
        this.seed = seed;
    }

    /** Writes contacts 0 … count-1. */
    void write(Path file, int count) {
        write(file, count, 0, 0);
    }

    /**
     * The same contacts as {@link #write} with {@code changedPercent} % of them edited (a new tag, a note, a later
     * Last Modified) and {@code newPerThousand} ‰ new contacts appended.
     */
    void writeChanged(Path file, int count, int changedPercent, int newPerThousand) {
        write(file, count, changedPercent, newPerThousand);
    }

    /** The E.164 primary phone and the email of contact {@code index}, or nulls, as a mentor would have them. */
    String[] identity(int index) {
        Random random = rowRandom(index);
        List<String> row = row(index, random, false);
        return new String[] {
            phoneOf(index), row.get(11).isBlank() ? null : row.get(11).toLowerCase()
        };
    }

    static long contactId(int index) {
        return 10_000_000L + index * 7L + (index % 5);
    }

    private void write(Path file, int count, int changedPercent, int newPerThousand) {
        int total = count + count * newPerThousand / 1000;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            CsvFiles.writeRow(out, GivebutterExportGenerator.HEADER);
            for (int index = 0; index < total; index++) {
                Random random = rowRandom(index);
                boolean changed = index < count && Math.floorMod(index * 31 + 7, 100) < changedPercent;
                CsvFiles.writeRow(out, row(index, random, changed));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Random rowRandom(int index) {
        return new Random(seed * 1_000_003L + index);
    }

    private String phoneOf(int index) {
        Random random = new Random(seed * 7_919L + index);
        return "+1%s%07d"
                .formatted(AREA_CODES[random.nextInt(AREA_CODES.length)], 2_000_000 + random.nextInt(7_999_999));
    }

    private List<String> row(int index, Random random, boolean changed) {
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        String local =
                (first + "." + last + index).toLowerCase().replace("'", "").replace(" ", "");
        List<String> values = new ArrayList<>(58);
        values.add(Long.toString(contactId(index)));
        values.add(random.nextInt(20) == 0 ? "MN" + (1000 + index % 9000) : "");
        values.add(pick(random, 10, "Mr.", "Ms.", "Dr.", "Mx."));
        values.add(first);
        values.add(random.nextInt(3) == 0 ? FIRST[random.nextInt(FIRST.length)] : "");
        values.add(last);
        values.add(pick(random, 30, "Jr.", "III"));
        values.add(
                random.nextInt(5) == 0
                        ? "19%02d-%02d-%02d"
                                .formatted(50 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28))
                        : "");
        values.add(pick(random, 3, "Female", "Male", "Non-binary"));
        values.add(random.nextInt(3) == 0 ? "Acme " + LAST[random.nextInt(LAST.length)] + ", LLC" : "");
        values.add(random.nextInt(4) == 0 ? pick(random, 1, "Engineer", "Teacher", "VP, Sales", "Nurse") : "");
        String email = random.nextInt(20) == 0 ? "" : local + "@" + EMAIL_HOSTS[random.nextInt(EMAIL_HOSTS.length)];
        values.add(random.nextInt(30) == 0 ? "  " + email.toUpperCase() + " " : email);
        values.add(
                random.nextInt(6) == 0
                        ? local + ".old@aol.com" + (random.nextBoolean() ? ", " + local + "@work.example.org" : "")
                        : "");
        values.add(random.nextInt(8) == 0 ? (random.nextInt(4) == 0 ? "n/a" : "") : format(phoneOf(index), random));
        values.add(
                random.nextInt(8) == 0
                        ? format(randomPhone(random), random)
                                + (random.nextBoolean() ? ", " + format(randomPhone(random), random) : "")
                        : "");
        boolean address = random.nextInt(10) < 7;
        String[] city = CITIES[random.nextInt(CITIES.length)].split(",");
        values.add(address ? (100 + random.nextInt(9000)) + " " + STREETS[random.nextInt(STREETS.length)] : "");
        values.add(address && random.nextInt(5) == 0 ? "Apt " + (1 + random.nextInt(40)) : "");
        values.add(address ? city[0] : "");
        values.add(address ? city[1] : "");
        values.add(address ? city[2] : "");
        values.add(address ? "US" : "");
        values.add(random.nextInt(30) == 0 ? "12 Oak St\nAthens, GA 30605" : "");
        values.add(random.nextInt(20) == 0 ? "https://" + local + ".example.org" : "");
        values.add(random.nextInt(20) == 0 ? "@" + local : "");
        values.add(random.nextInt(20) == 0 ? "https://linkedin.com/in/" + local : "");
        values.add(random.nextInt(20) == 0 ? "https://facebook.com/" + local : "");
        values.add(random.nextInt(10) == 0 ? "%d.00".formatted(10 * (1 + random.nextInt(10))) : "0.00");
        values.add("%d.%02d".formatted(random.nextInt(2000), random.nextInt(100)));
        values.add(random.nextInt(10) == 0 ? "%d.00".formatted(random.nextInt(300)) : "0.00");
        values.add(random.nextBoolean() ? "yes" : "no");
        values.add(random.nextInt(3) == 0 ? "yes" : "no");
        values.add(random.nextInt(4) == 0 ? "yes" : "no");
        String tags = random.nextInt(5) < 3
                ? TAGS[random.nextInt(TAGS.length)]
                        + (random.nextBoolean() ? ", " + TAGS[random.nextInt(TAGS.length)] : "")
                : "";
        values.add(changed ? (tags.isEmpty() ? "Spring 2026" : tags + ", Spring 2026") : tags);
        String note = random.nextInt(7) == 0 ? NOTES[random.nextInt(NOTES.length)] : "";
        values.add(changed ? (note + "\nUpdated: gave again 💚").strip() : note);
        boolean household = random.nextInt(5) == 0;
        values.add(household ? Integer.toString(50_000 + index / 2) : "");
        values.add(household ? last + " Household" : "");
        values.add(household ? (random.nextBoolean() ? "Yes" : "No") : "");
        values.add("2024-%02d-%02d %02d:%02d:00"
                .formatted(1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(24), random.nextInt(60)));
        values.add(changed ? "2026-03-02 08:15:00" : "2025-10-%02d 09:30:00".formatted(1 + random.nextInt(28)));
        boolean mentorish = random.nextInt(40) == 0;
        values.add(mentorish ? pick(random, 1, "Yes", "No") : "");
        values.add(mentorish ? pick(random, 1, "Yes", "No") : "");
        values.add(mentorish ? pick(random, 1, "Yes", "No", "") : "");
        values.add(mentorish ? pick(random, 1, "Yes", "No") : "");
        values.add(mentorish ? "Class of " + (2026 + random.nextInt(4)) : "");
        values.add(mentorish ? pick(random, 1, "Option 1", "Option 2", "Either") : "");
        values.add(mentorish && random.nextBoolean() ? FIRST[random.nextInt(FIRST.length)] + " " + last : "");
        values.add(mentorish ? "$%d.00".formatted(random.nextInt(800)) : "");
        values.add(random.nextInt(15) == 0 ? "Hi " + first + "! Thanks for all you do 🙌" : "");
        values.add(random.nextInt(30) == 0 ? "Reminder: training is Saturday, 9am" : "");
        values.add(random.nextInt(30) == 0 ? "Dear " + first + ",\nThank you!" : "");
        values.add(mentorish ? pick(random, 1, "Yes", "No") : "");
        values.add(pick(random, 8, "Vegetarian", "Vegan", "Gluten-free", "None"));
        values.add(pick(random, 4, "S", "M", "L", "XL"));
        values.add(pick(random, 5, "Instagram", "A friend", "Gala", "Email, newsletter"));
        values.add(pick(random, 10, "Yes", "No"));
        values.add(pick(random, 6, "Events", "Tutoring, mentoring", "Fundraising"));
        values.add(
                random.nextInt(12) == 0
                        ? FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)] + " ("
                                + format(randomPhone(random), random) + ")"
                        : "");
        values.add(random.nextInt(6) == 0 ? Integer.toString(2000 + random.nextInt(30)) : "");
        return values;
    }

    /** One of the options with probability 1/{@code oneIn}, else empty. */
    private static String pick(Random random, int oneIn, String... options) {
        return random.nextInt(oneIn) == 0 ? options[random.nextInt(options.length)] : "";
    }

    private static String randomPhone(Random random) {
        return "+1%s%07d"
                .formatted(AREA_CODES[random.nextInt(AREA_CODES.length)], 2_000_000 + random.nextInt(7_999_999));
    }

    /** An E.164 number written the many ways people type them into Givebutter. */
    private static String format(String e164, Random random) {
        String area = e164.substring(2, 5);
        String exchange = e164.substring(5, 8);
        String line = e164.substring(8);
        return switch (random.nextInt(9)) {
            case 0 -> "(%s) %s-%s".formatted(area, exchange, line);
            case 1 -> "+1 %s-%s-%s".formatted(area, exchange, line);
            case 2 -> area + exchange + line;
            case 3 -> "%s.%s.%s".formatted(area, exchange, line);
            case 4 -> "1" + area + exchange + line;
            case 5 -> "+1 (%s) %s-%s".formatted(area, exchange, line);
            case 6 -> "%s-%s-%s".formatted(area, exchange, line);
            case 7 -> "%s %s %s ext. %d".formatted(area, exchange, line, 1 + random.nextInt(99));
            default -> e164;
        };
    }
}
