package org.swab.mentorsync.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Profile;

/**
 * Demo mode: the seed of the simulated season, how many new events an hour trickle in (0 = none), and the
 * simulators' limits (Givebutter's 500 requests a minute, Jotform's daily calls).
 */
@Profile("demo")
@ConfigurationProperties("mentorsync.demo")
record DemoProperties(
        @DefaultValue("2026") long seed,
        @DefaultValue("4") int tricklePerHour,
        @DefaultValue("500") int givebutterRequestsPerMinute,
        @DefaultValue("10000") int jotformDailyLimit) {}
