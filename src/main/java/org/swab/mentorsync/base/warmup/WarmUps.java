package org.swab.mentorsync.base.warmup;

import java.time.Duration;
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
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link WarmUp} in their order, one after the other on a single daemon thread at the lowest priority:
 * once the app is ready (during the start they would slow it on two cores), or before the web server opens when the
 * start may wait for them. {@link #stop()} ends them: a request that needs the cores now, such as an arriving
 * upload, is never worth slowing down. In the build's
 * training run of the ahead-of-time cache every warm-up runs to its end, and then the application stops.
 */
@Component
public class WarmUps implements SmartLifecycle, ApplicationListener<ApplicationReadyEvent>, DisposableBean {

    // lifecycles start in ascending phases: this one before the web server's (Integer.MAX_VALUE - 2048)
    private static final int BEFORE_THE_WEB_SERVER = Integer.MAX_VALUE - 4096;

    private static final Logger log = LoggerFactory.getLogger(WarmUps.class);

    private final ObjectProvider<WarmUp> warmUps;
    private final boolean enabled;
    private final boolean training;
    private final Duration beforeServing;
    private final Runnable endOfTraining;
    private volatile boolean stopped;
    private volatile boolean lifecycleStarted;
    private Thread thread;

    @Autowired
    WarmUps(
            ObjectProvider<WarmUp> warmUps,
            @Value("${mentorsync.warm-up:true}") boolean enabled,
            @Value("${mentorsync.warm-up.before-serving:0s}") Duration beforeServing,
            ConfigurableApplicationContext context) {
        // only the JVM option the build's training passes, never an environment variable or a property file: a
        // training run uploads its made-up export and stops the app. The JVM writes its cache as it exits
        this(
                warmUps,
                enabled,
                Boolean.getBoolean("mentorsync.aot-training"),
                beforeServing,
                () -> System.exit(SpringApplication.exit(context)));
    }

    WarmUps(
            ObjectProvider<WarmUp> warmUps,
            boolean enabled,
            boolean training,
            Duration beforeServing,
            Runnable endOfTraining) {
        this.warmUps = warmUps;
        this.enabled = enabled || training;
        this.training = training;
        this.beforeServing = training ? Duration.ZERO : beforeServing;
        this.endOfTraining = endOfTraining;
    }

    /** Whether this is the build's training run of the ahead-of-time cache, which ends once the warm-ups have run. */
    public boolean training() {
        return training;
    }

    /**
     * The context is up and the web server about to open: with {@code mentorsync.warm-up.before-serving} the start
     * waits that long at most for the warm-ups, so a request arriving with the login page finds them done. What is
     * left goes on in the background.
     */
    @Override
    public void start() {
        lifecycleStarted = true;
        if (beforeServing.isPositive()) {
            Thread warmingUp = startThread();
            if (warmingUp != null) {
                try {
                    warmingUp.join(beforeServing);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    @Override
    public boolean isRunning() {
        return lifecycleStarted && !stopped;
    }

    @Override
    public int getPhase() {
        return BEFORE_THE_WEB_SERVER;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent ready) {
        startThread();
    }

    /** Starts the warm-up thread once; returns it, or null when disabled or stopped already. */
    synchronized Thread startThread() {
        if (!enabled || stopped || thread != null) {
            return null;
        }
        List<WarmUp> ordered = warmUps.orderedStream().toList();
        thread = Thread.ofPlatform().name("warm-up").daemon().unstarted(() -> run(ordered));
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        return thread;
    }

    /**
     * Ends the warm-up: the one running returns at its next check, the rest do not start. Also the context's stop.
     */
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
