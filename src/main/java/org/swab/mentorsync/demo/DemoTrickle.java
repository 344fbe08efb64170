package org.swab.mentorsync.demo;

import jakarta.annotation.PreDestroy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Life in the simulated accounts ({@code mentorsync.demo.trickle-per-hour}, 0 = off): new signups, setup forms with
 * their fundraising pages, amounts raised and contact edits on Givebutter's side, so scheduled syncs find work. The
 * events follow from the seed; a restart starts their sequence over.
 */
@Component
@Profile("demo")
class DemoTrickle {

    private static final Logger log = LoggerFactory.getLogger(DemoTrickle.class);

    private final DemoWorld world;
    private final DemoProperties properties;
    private final Clock clock;
    private ScheduledExecutorService timer;
    private Random random;
    private long generation = -1;

    DemoTrickle(DemoWorld world, DemoProperties properties, Clock clock) {
        this.world = world;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (properties.tricklePerHour() <= 0) {
            return;
        }
        long everyMillis = 3_600_000L / properties.tricklePerHour();
        timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("demo-trickle").daemon(true).factory());
        timer.scheduleAtFixedRate(this::safeNext, everyMillis, everyMillis, TimeUnit.MILLISECONDS);
        log.info(
                "Demo mode: {} new events an hour in the simulated Jotform and Givebutter",
                properties.tricklePerHour());
    }

    @PreDestroy
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void safeNext() {
        try {
            log.info("Demo mode: {}", next());
        } catch (RuntimeException e) {
            log.warn("Demo trickle event failed", e);
        }
    }

    /** One event, under the world's write lock; says what happened. */
    String next() {
        return world.write(() -> {
            if (generation != world.generation()) {
                generation = world.generation();
                random = new Random(properties.seed() + 1);
            }
            return switch (random.nextInt(4)) {
                case 0 -> newSignup();
                case 1 -> newSetupAndPage();
                case 2 -> moreRaised();
                default -> contactEdit();
            };
        });
    }

    private String newSignup() {
        List<DemoSignup> signups = world.signupsForChange();
        int next = signups.stream()
                        .mapToInt(s -> Integer.parseInt(s.mnIdDigits()))
                        .max()
                        .orElse(1000)
                + 1;
        String first = DemoPopulation.FIRST[random.nextInt(DemoPopulation.FIRST.length)];
        String last = DemoPopulation.LAST[random.nextInt(DemoPopulation.LAST.length)];
        String digits = "706" + (200 + random.nextInt(800)) + String.format("%04d", random.nextInt(10_000));
        signups.add(new DemoSignup(
                String.valueOf(250000000500000L + next),
                DemoPopulation.jotformTime(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)),
                "",
                first,
                "",
                last,
                DemoPopulation.messyPhone(digits, random.nextInt(7)),
                false,
                (first.charAt(0) + last).toLowerCase(Locale.ROOT) + (10000 + random.nextInt(90000)) + "@uga.edu",
                (first + "." + last).toLowerCase(Locale.ROOT) + random.nextInt(1000) + "@gmail.com",
                "MN" + next,
                "Freshman",
                "M",
                "Female",
                "Option 1",
                ""));
        return "new signup MN" + next + " (" + first + " " + last + ")";
    }

    private String newSetupAndPage() {
        Set<String> withSetup = new HashSet<>();
        world.setupsForChange().forEach(setup -> withSetup.add(setup.email()));
        DemoSignup signup = world.signupsForChange().stream()
                .filter(s -> !withSetup.contains(s.ugaEmail()) && !withSetup.contains(s.personalEmail()))
                .findFirst()
                .orElse(null);
        if (signup == null) {
            return moreRaised();
        }
        Instant now = clock.instant();
        world.setupsForChange()
                .add(new DemoSetup(
                        String.valueOf(
                                250000000950000L + world.setupsForChange().size()),
                        DemoPopulation.jotformTime(LocalDateTime.ofInstant(now, ZoneOffset.UTC)),
                        signup.phone(),
                        signup.ugaEmail()));
        boolean hasPage =
                world.membersForChange().stream().anyMatch(m -> m.email().equals(signup.ugaEmail()));
        if (!hasPage) {
            DemoContact contact = world.newContactForChange();
            contact.firstName = signup.first();
            contact.lastName = signup.last();
            contact.primaryEmail = signup.ugaEmail();
            contact.primaryPhone = "+1" + signup.phoneDigits();
            contact.emailSubscribed = true;
            String created = DemoJson.givebutterTime(now);
            List<DemoMember> members = world.membersForChange();
            long id = members.stream().mapToLong(DemoMember::id).max().orElse(880000) + 3;
            members.add(new DemoMember(
                    id,
                    signup.first(),
                    signup.last(),
                    signup.ugaEmail(),
                    contact.primaryPhone,
                    BigDecimal.ZERO,
                    75,
                    0,
                    false,
                    created,
                    created,
                    contact.id));
        }
        return "setup form and fundraising page of " + signup.mnId();
    }

    private String moreRaised() {
        List<DemoMember> members = world.membersForChange();
        int index = random.nextInt(members.size());
        DemoMember member = members.get(index);
        BigDecimal gift = BigDecimal.valueOf(5 + random.nextInt(46));
        members.set(
                index,
                member.withRaised(
                        member.raised().add(gift), member.donors() + 1, DemoJson.givebutterTime(clock.instant())));
        return "$" + gift + " more raised by " + member.first() + " " + member.last();
    }

    private String contactEdit() {
        List<DemoMember> members = world.membersForChange();
        DemoMember member = members.get(random.nextInt(members.size()));
        DemoContact contact = world.contactsForChange().get(member.contactId());
        if (contact == null || contact.archived()) {
            return moreRaised();
        }
        String[] nicknames = {"Sam", "Alex", "Jo", "Max", "Bea", "Ollie"};
        contact.preferredName = nicknames[random.nextInt(nicknames.length)];
        contact.updatedAt = clock.instant();
        return "contact " + contact.id + " now goes by " + contact.preferredName;
    }
}
