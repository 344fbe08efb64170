package org.swab.mentorsync.base.warmup;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link WarmUp} in their order once the app is ready (during the start they would slow it on two
 * cores), one after the other on a single daemon thread at the lowest priority. {@link #stop()} ends them: a
 * request that needs the cores now, such as an arriving upload, is never worth slowing down. In the build's
 * training run of the ahead-of-time cache every warm-up runs to its end, and then the application stops.
 */
@Component
public class WarmUps implements ApplicationListener<ApplicationReadyEvent>, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WarmUps.class);

    private final ObjectProvider<WarmUp> warmUps;
    private final boolean enabled;
    private final boolean training;
    private final Runnable endOfTraining;
    private volatile boolean stopped;
    private Thread thread;

    @Autowired
    WarmUps(
            ObjectProvider<WarmUp> warmUps,
            @Value("${mentorsync.warm-up:true}") boolean enabled,
            @Value("${mentorsync.aot-training:false}") boolean training,
            ConfigurableApplicationContext context) {
        // the JVM writes its ahead-of-time cache as it exits
        this(warmUps, enabled, training, () -> System.exit(SpringApplication.exit(context)));
    }

    WarmUps(ObjectProvider<WarmUp> warmUps, boolean enabled, boolean training, Runnable endOfTraining) {
        this.warmUps = warmUps;
        this.enabled = enabled || training;
        this.training = training;
        this.endOfTraining = endOfTraining;
    }

    /** Whether this is the build's training run of the ahead-of-time cache, which ends once the warm-ups have run. */
    public boolean training() {
        return training;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent ready) {
        start();
    }

    /** Starts the warm-up thread once; returns it, or null when disabled or stopped already. */
    synchronized Thread start() {
        if (!enabled || stopped || thread != null) {
            return null;
        }
        List<WarmUp> ordered = warmUps.orderedStream().toList();
        thread = Thread.ofPlatform().name("warm-up").daemon().unstarted(() -> run(ordered));
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        return thread;
    }

    /** Ends the warm-up: the one running returns at its next check, the rest do not start. */
    public void stop() {
        stopped = true;
    }

    /** Whether {@link #stop()} was called (or the app is stopping). */
    public boolean stopped() {
        return stopped;
    }

    @Override
    public void destroy() {
        stop();
    }

    private void run(List<WarmUp> ordered) {
        for (WarmUp warmUp : ordered) {
            if (stopped && !training) {
                return;
            }
            long started = System.nanoTime();
            try {
                warmUp.warmUp(training ? () -> false : this::stopped);
                log.debug(
                        "Warm-up {}: {} ms",
                        warmUp.getClass().getSimpleName(),
                        (System.nanoTime() - started) / 1_000_000);
            } catch (Exception e) {
                // a warm-up only saves time later; whatever broke it will show where the real work does it
                log.debug("Warm-up {} stopped", warmUp.getClass().getSimpleName(), e);
            }
        }
        if (training) {
            log.info("Training run done; stopping so the JVM writes its ahead-of-time cache");
            endOfTraining.run();
        }
    }
}
