package org.swab.mentorsync.base.warmup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.core.annotation.Order;

class WarmUpsTest {

    final List<String> ran = new CopyOnWriteArrayList<>();

    @Order(2)
    class Second implements WarmUp {
        @Override
        public void warmUp(BooleanSupplier stopRequested) {
            ran.add("second");
        }
    }

    @Order(1)
    class FirstThatBreaks implements WarmUp {
        @Override
        public void warmUp(BooleanSupplier stopRequested) {
            ran.add("first");
            throw new IllegalStateException("broken");
        }
    }

    @Order(3)
    class ThirdThatStopsTheRest implements WarmUp {
        WarmUps warmUps;

        @Override
        public void warmUp(BooleanSupplier stopRequested) {
            ran.add("third");
            warmUps.stop();
            ran.add(stopRequested.getAsBoolean() ? "third saw the stop" : "third missed the stop");
        }
    }

    @Order(4)
    class Fourth implements WarmUp {
        @Override
        public void warmUp(BooleanSupplier stopRequested) {
            ran.add("fourth");
        }
    }

    @Test
    void warm_ups_run_in_their_order_past_a_broken_one_until_one_is_stopped() throws InterruptedException {
        ThirdThatStopsTheRest third = new ThirdThatStopsTheRest();
        WarmUps warmUps = warmUps(true, new Fourth(), third, new Second(), new FirstThatBreaks());
        third.warmUps = warmUps;

        warmUps.startThread().join();

        assertThat(ran).containsExactly("first", "second", "third", "third saw the stop");
    }

    @Test
    void a_stop_before_the_app_is_ready_means_no_warm_up_at_all() {
        WarmUps warmUps = warmUps(true, new Second());
        warmUps.stop();

        assertThat(warmUps.startThread()).isNull();
        assertThat(ran).isEmpty();
    }

    @Test
    void the_training_run_runs_every_warm_up_to_its_end_even_if_disabled_and_then_ends_the_app()
            throws InterruptedException {
        ThirdThatStopsTheRest third = new ThirdThatStopsTheRest();
        DefaultListableBeanFactory beans = beans(new Fourth(), third, new Second());
        WarmUps warmUps = new WarmUps(
                beans.getBeanProvider(WarmUp.class), false, true, Duration.ZERO, () -> ran.add("application ended"));
        third.warmUps = warmUps;

        warmUps.startThread().join();

        assertThat(ran).containsExactly("second", "third", "third missed the stop", "fourth", "application ended");
    }

    @Test
    void the_start_waits_for_the_warm_ups_as_long_as_it_may_before_the_web_server_opens() {
        WarmUps warmUps = warmUps(true, Duration.ofSeconds(30), new Second(), new FirstThatBreaks());

        warmUps.start();

        assertThat(ran).containsExactly("first", "second");
        assertThat(warmUps.startThread()).as("already started").isNull();
    }

    @Test
    void a_warm_up_longer_than_the_start_may_wait_goes_on_after_it() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        WarmUp slow = stopRequested -> {
            release.await();
            ran.add("slow one finished");
        };
        WarmUps warmUps = warmUps(true, Duration.ofMillis(50), slow);

        warmUps.start();
        assertThat(ran).isEmpty();
        release.countDown();

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> ran.contains("slow one finished"));
    }

    @Test
    void without_a_wait_before_serving_nothing_runs_until_the_app_is_ready() {
        WarmUps warmUps = warmUps(true, Duration.ZERO, new Second());

        warmUps.start();

        assertThat(ran).isEmpty();
        assertThat(warmUps.startThread()).isNotNull();
    }

    @Test
    void disabled_warm_ups_never_start() {
        assertThat(warmUps(false, new Second()).startThread()).isNull();
    }

    private static WarmUps warmUps(boolean enabled, WarmUp... warmUps) {
        return warmUps(enabled, Duration.ZERO, warmUps);
    }

    private static WarmUps warmUps(boolean enabled, Duration beforeServing, WarmUp... warmUps) {
        return new WarmUps(beans(warmUps).getBeanProvider(WarmUp.class), enabled, false, beforeServing, () -> {});
    }

    private static DefaultListableBeanFactory beans(WarmUp... warmUps) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.setDependencyComparator(AnnotationAwareOrderComparator.INSTANCE);
        for (WarmUp warmUp : warmUps) {
            beans.registerSingleton(warmUp.getClass().getSimpleName(), warmUp);
        }
        return beans;
    }
}
