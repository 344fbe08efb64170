package org.swab.mentorsync.mentor.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.swab.mentorsync.mentor.MentorFunnel;
import org.swab.mentorsync.mentor.MentorStatus;

/**
 * How many active mentors reached each onboarding step, as CSS bars (server-rendered, no chart bundle). A bar is a
 * button: it shows the mentors waiting at that step (the first shows everyone).
 */
public class MentorFunnelPanel extends Details {

    /** A step of the funnel and the status of the mentors who have not reached it yet. */
    record Step(String label, long count, MentorStatus waitingStatus) {}

    final List<NativeButton> bars = new ArrayList<>();

    private final Div content = new Div();
    private final Consumer<MentorStatus> filterByStatus;

    /** {@code filterByStatus} receives the status to filter by, null for all mentors. */
    MentorFunnelPanel(Consumer<MentorStatus> filterByStatus) {
        this.filterByStatus = filterByStatus;
        setSummaryText("Status funnel");
        setOpened(true);
        setWidthFull();
        content.addClassName("mentor-funnel");
        add(content);
    }

    /** A funnel for another page (e.g. Communications): a bar opens the Mentors grid filtered by that status. */
    public static MentorFunnelPanel openingTheGrid(MentorFunnel funnel) {
        MentorFunnelPanel panel = new MentorFunnelPanel(status -> UI.getCurrent()
                .navigate(
                        "mentors",
                        status == null ? QueryParameters.empty() : QueryParameters.of("status", status.code())));
        panel.show(funnel);
        return panel;
    }

    void show(MentorFunnel funnel) {
        List<Step> steps = List.of(
                new Step("Signed up", funnel.signedUp(), null),
                new Step("Setup form", funnel.setupDone(), MentorStatus.NEEDS_SETUP),
                new Step("Page created", funnel.pageCreated(), MentorStatus.NEEDS_PAGE),
                new Step("Fundraised (≥ goal)", funnel.fundraised(), MentorStatus.NEEDS_FUNDRAISING),
                new Step("Trained", funnel.trained(), MentorStatus.NEEDS_TRAINING),
                new Step("Complete", funnel.complete(), MentorStatus.COMPLETE));
        content.removeAll();
        bars.clear();
        for (Step step : steps) {
            double percent = funnel.signedUp() == 0 ? 0 : 100.0 * step.count() / funnel.signedUp();
            Div fill = new Div();
            fill.addClassName("mentor-funnel-fill");
            fill.setWidth(String.format(Locale.ROOT, "%.1f%%", percent));
            Div track = new Div(fill);
            track.addClassName("mentor-funnel-track");
            NativeButton bar = new NativeButton();
            bar.addClassName("mentor-funnel-bar");
            bar.add(new Span(step.label()), track, new Span(step.count() + " (" + Math.round(percent) + " %)"));
            String target = step.waitingStatus() == null
                    ? "all mentors"
                    : "mentors at " + step.waitingStatus().label();
            bar.getElement()
                    .setAttribute("aria-label", step.label() + ": " + step.count() + " mentors. Show " + target + ".");
            bar.getElement().setAttribute("title", "Show " + target);
            bar.addClickListener(click -> filterByStatus.accept(step.waitingStatus()));
            bars.add(bar);
            content.add(bar);
        }
    }
}
