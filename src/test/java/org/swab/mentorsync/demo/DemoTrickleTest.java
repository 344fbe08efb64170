package org.swab.mentorsync.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swab.mentorsync.givebutter.GivebutterCustomFields;

class DemoTrickleTest {

    final Clock clock = Clock.fixed(Instant.parse("2026-10-14T12:00:00Z"), ZoneOffset.UTC);
    final DemoProperties properties = new DemoProperties(2026, 4, 500, 10_000);

    @Test
    void the_events_follow_from_the_seed_and_a_restart_starts_them_over() {
        DemoWorld world = new DemoWorld(properties, GivebutterCustomFields.defaults(), clock);
        DemoTrickle trickle = new DemoTrickle(world, properties, clock);

        List<String> first = events(trickle, 12);
        world.reseed();
        List<String> again = events(trickle, 12);

        assertThat(again).isEqualTo(first);
        assertThat(first).anyMatch(event -> event.startsWith("new signup"));
        assertThat(first).anyMatch(event -> event.contains("more raised"));
    }

    @Test
    void new_signups_and_setup_forms_reach_what_the_simulators_serve() {
        DemoWorld world = new DemoWorld(properties, GivebutterCustomFields.defaults(), clock);
        DemoTrickle trickle = new DemoTrickle(world, properties, clock);
        int signups = world.signups().size();
        int setups = world.setups().size();
        byte[] export = world.exportCsv();

        List<String> events = events(trickle, 40);

        long newSignups =
                events.stream().filter(e -> e.startsWith("new signup")).count();
        long newSetups = events.stream().filter(e -> e.startsWith("setup form")).count();
        assertThat(world.signups()).hasSize(signups + (int) newSignups);
        assertThat(world.setups()).hasSize(setups + (int) newSetups);
        assertThat(world.exportCsv()).isNotEqualTo(export);
    }

    private static List<String> events(DemoTrickle trickle, int count) {
        List<String> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(trickle.next());
        }
        return events;
    }
}
