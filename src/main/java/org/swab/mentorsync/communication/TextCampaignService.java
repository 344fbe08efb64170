package org.swab.mentorsync.communication;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.swab.mentorsync.base.csv.SafeCsvWriter;
import org.swab.mentorsync.importing.CsvStatus;
import org.swab.mentorsync.importing.CsvStatusService;
import org.swab.mentorsync.intake.EtlProperties;
import org.swab.mentorsync.mentor.MentorListItem;
import org.swab.mentorsync.mentor.MentorService;
import org.swab.mentorsync.mentor.MentorStatus;
import org.swab.mentorsync.mentor.PhoneNumbers;

/**
 * Text campaigns (design "Communications Page"): the active mentors of the chosen statuses that have a phone get the
 * template filled with their fields; the file for the SMS platform (name, phone in E.164, message) is streamed to the
 * caller and kept with the campaign, so a past campaign downloads again byte for byte. Blocked while the last
 * Givebutter contacts CSV is missing or older than 24 hours (edge case 4).
 */
@Service
@Transactional(readOnly = true)
public class TextCampaignService {

    static final int TEMPLATE_LIMIT = 1600;
    static final List<String> HEADER = List.of("Name", "Phone", "Message");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\s]*)}");
    private static final RowMapper<TextCampaign> CAMPAIGN = (row, n) -> new TextCampaign(
            row.getLong("id"),
            row.getString("name"),
            row.getString("template"),
            Arrays.stream(row.getString("statuses").split(","))
                    .map(code -> MentorStatus.valueOf(code.toUpperCase(Locale.ROOT)))
                    .toList(),
            row.getInt("recipient_count"),
            row.getInt("without_phone_count"),
            row.getString("created_by"),
            row.getTimestamp("created_at").toInstant(),
            row.getString("filename"),
            row.getString("file_sha256"));

    private final MentorService mentors;
    private final CsvStatusService csvStatus;
    private final BigDecimal fundraisingGoal;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TextCampaignService(
            MentorService mentors,
            CsvStatusService csvStatus,
            EtlProperties etl,
            JdbcTemplate jdbc,
            ApplicationEventPublisher events,
            Clock clock) {
        this.mentors = mentors;
        this.csvStatus = csvStatus;
        this.fundraisingGoal = etl.fundraisingGoal();
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** The fields a template may use. */
    public List<CampaignField> fields() {
        return List.of(CampaignField.values());
    }

    /** Why a campaign may not be generated now, if it may not. */
    public Optional<CampaignBlock> block() {
        CsvStatus status = csvStatus.status();
        return switch (status.freshness()) {
            case FRESH -> Optional.empty();
            case MISSING ->
                Optional.of(new CampaignBlock(
                        "csv_missing",
                        "No Givebutter contacts CSV has been uploaded yet. Text campaigns need one younger than 24 "
                                + "hours: upload a fresh contacts export first."));
            case STALE, VERY_OLD ->
                Optional.of(new CampaignBlock(
                        "csv_stale",
                        "The last Givebutter contacts CSV is %.0f hours old (%s). Text campaigns need one younger "
                                        .formatted(
                                                status.lastUpload().ageHours(),
                                                status.lastUpload().filename())
                                + "than 24 hours: upload a fresh contacts export first."));
        };
    }

    /** The active mentors of {@code statuses}, with and without a phone, and the counts of every status. */
    public CampaignAudience audience(Set<MentorStatus> statuses) {
        Map<MentorStatus, long[]> counts = new EnumMap<>(MentorStatus.class);
        for (MentorStatus status : MentorStatus.values()) {
            counts.put(status, new long[2]);
        }
        List<Recipient> recipients = new ArrayList<>();
        List<Recipient> withoutPhone = new ArrayList<>();
        for (MentorListItem item : mentors.active(EnumSet.allOf(MentorStatus.class))) {
            Recipient recipient = recipient(item);
            long[] count = counts.get(recipient.status());
            count[0]++;
            count[1] += recipient.hasPhone() ? 1 : 0;
            if (statuses.contains(recipient.status())) {
                (recipient.hasPhone() ? recipients : withoutPhone).add(recipient);
            }
        }
        Comparator<Recipient> byName = Comparator.comparing(
                        (Recipient r) -> r.name().toLowerCase(Locale.ROOT))
                .thenComparing(Recipient::mnId);
        recipients.sort(byName);
        withoutPhone.sort(byName);
        Map<MentorStatus, CampaignAudience.StatusCount> byStatus = new EnumMap<>(MentorStatus.class);
        counts.forEach((status, count) -> byStatus.put(status, new CampaignAudience.StatusCount(count[0], count[1])));
        return new CampaignAudience(byStatus, List.copyOf(recipients), List.copyOf(withoutPhone));
    }

    /**
     * The template's problems: empty, too long, or a {@code {field}} that is no {@link CampaignField} (it would be
     * sent as written). Empty when it may be sent.
     */
    public List<String> templateProblems(String template) {
        if (template == null || template.isBlank()) {
            return List.of("The message is empty.");
        }
        List<String> problems = new ArrayList<>();
        if (template.length() > TEMPLATE_LIMIT) {
            problems.add("The message has " + template.length() + " characters; at most " + TEMPLATE_LIMIT + ".");
        }
        Set<String> known =
                Stream.of(CampaignField.values()).map(CampaignField::key).collect(Collectors.toSet());
        Matcher matcher = PLACEHOLDER.matcher(template);
        Set<String> unknown = new java.util.LinkedHashSet<>();
        while (matcher.find()) {
            if (!known.contains(matcher.group(1))) {
                unknown.add(matcher.group());
            }
        }
        if (!unknown.isEmpty()) {
            problems.add(String.join(", ", unknown) + (unknown.size() == 1 ? " is no field" : " are no fields")
                    + ": use "
                    + Stream.of(CampaignField.values())
                            .map(CampaignField::placeholder)
                            .collect(Collectors.joining(", "))
                    + ".");
        }
        return List.copyOf(problems);
    }

    /**
     * Checks a request and finds its recipients.
     *
     * @throws IllegalArgumentException without statuses or with a template that may not be sent
     * @throws CampaignBlockedException while the contacts CSV is missing or stale
     */
    public TextCampaignPlan plan(CampaignRequest request) {
        if (request.statuses().isEmpty()) {
            throw new IllegalArgumentException("Choose at least one status: needs_setup, needs_page, "
                    + "needs_fundraising, needs_training or complete.");
        }
        List<String> problems = templateProblems(request.template());
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
        block().ifPresent(block -> {
            throw new CampaignBlockedException(block);
        });
        CampaignAudience audience = audience(request.statuses());
        String name = request.name() == null || request.name().isBlank()
                ? "Text campaign " + today()
                : request.name().strip();
        return new TextCampaignPlan(
                name,
                request.template(),
                request.statuses(),
                audience.recipients(),
                audience.withoutPhone().size(),
                filename(name));
    }

    /**
     * Streams the campaign's CSV (BOM, CRLF, formula-safe) to {@code out}, then keeps it in the history with its
     * SHA-256 and logs it in the run history.
     */
    @Transactional
    public TextCampaign write(TextCampaignPlan plan, String user, OutputStream out) {
        Instant started = clock.instant();
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        try (SafeCsvWriter csv = new SafeCsvWriter(new BothStreams(out, kept))) {
            csv.write(HEADER);
            for (Recipient recipient : plan.recipients()) {
                csv.write(List.of(recipient.name(), recipient.phone(), recipient.message(plan.template())));
            }
        }
        byte[] content = kept.toByteArray();
        String sha256 = sha256(content);
        Instant now = clock.instant();
        String statuses = Stream.of(MentorStatus.values())
                .filter(plan.statuses()::contains)
                .map(MentorStatus::code)
                .collect(Collectors.joining(","));
        long id = jdbc.queryForObject(
                """
                insert into text_campaigns (name, template, statuses, recipient_count, without_phone_count, created_by,
                                            created_at, filename, file_sha256, file_content)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """,
                Long.class,
                plan.name(),
                plan.template(),
                statuses,
                plan.recipients().size(),
                plan.withoutPhone(),
                user,
                Timestamp.from(now),
                plan.filename(),
                sha256,
                content);
        events.publishEvent(new TextCampaignGenerated(
                user,
                id,
                plan.name(),
                plan.recipients().size(),
                plan.withoutPhone(),
                Duration.between(started, now).toMillis()));
        return campaign(id).orElseThrow();
    }

    /** {@link #plan} then {@link #write}: the campaign file for this request. */
    @Transactional
    public TextCampaign generate(CampaignRequest request, String user, OutputStream out) {
        return write(plan(request), user, out);
    }

    /** Every generated campaign, the newest first. */
    public List<TextCampaign> history() {
        return jdbc.query(
                "select " + CAMPAIGN_COLUMNS + " from text_campaigns order by created_at desc, id desc", CAMPAIGN);
    }

    public Optional<TextCampaign> campaign(long id) {
        return jdbc.query("select " + CAMPAIGN_COLUMNS + " from text_campaigns where id = ?", CAMPAIGN, id).stream()
                .findFirst();
    }

    /** A past campaign's file, byte for byte as it was first downloaded. */
    public Optional<TextCampaignFile> file(long id) {
        return jdbc
                .query(
                        "select filename, file_content from text_campaigns where id = ?",
                        (row, n) -> new TextCampaignFile(row.getString(1), row.getBytes(2)),
                        id)
                .stream()
                .findFirst();
    }

    private static final String CAMPAIGN_COLUMNS = "id, name, template, statuses, recipient_count, "
            + "without_phone_count, created_by, created_at, filename, file_sha256";

    private Recipient recipient(MentorListItem item) {
        var mentor = item.mentor();
        String name = Stream.of(mentor.getPreferredName(), mentor.getLastName())
                .filter(part -> part != null && !part.isBlank())
                .map(String::strip)
                .collect(Collectors.joining(" "));
        return new Recipient(
                mentor.getMnId(),
                name.isEmpty() ? mentor.getMnId() : name,
                mentor.getStatusCategory(),
                PhoneNumbers.toE164(mentor.getPhone()).orElse(null),
                mentor.getPhone(),
                CampaignField.values(item, fundraisingGoal));
    }

    /** E.g. {@code text-campaign-2026-12-02-fall-reminder.csv}. */
    private String filename(String name) {
        String slug =
                name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        slug = slug.length() > 60 ? slug.substring(0, 60) : slug;
        return "text-campaign-" + today() + (slug.isEmpty() ? "" : "-" + slug) + ".csv";
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Writes to the caller and to the copy kept in the history. */
    private static final class BothStreams extends OutputStream {

        private final OutputStream out;
        private final ByteArrayOutputStream kept;

        BothStreams(OutputStream out, ByteArrayOutputStream kept) {
            this.out = out;
            this.kept = kept;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            kept.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            kept.write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
