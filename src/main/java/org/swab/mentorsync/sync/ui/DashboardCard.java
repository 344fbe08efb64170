package org.swab.mentorsync.sync.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;

/**
 * One card of the Sync dashboard: what it is about, its state in words and an icon (never colour alone), and lines
 * of facts (when, duration, counts, problems).
 */
class DashboardCard extends Div {

    /** A card's state; the word is what the admin reads, the colour only repeats it. */
    enum State {
        HEALTHY("✅", "Healthy", "healthy"),
        ATTENTION("⚠️", "Needs attention", "attention"),
        FAILED("❌", "Failed", "failed"),
        NEVER("○", "Never run", "never");

        final String icon;
        final String word;
        final String className;

        State(String icon, String word, String className) {
            this.icon = icon;
            this.word = word;
            this.className = className;
        }
    }

    final Span state = new Span();
    final Div facts = new Div();

    private State current;

    DashboardCard(String title) {
        addClassName("sync-card");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", title);
        state.addClassName("sync-card-state");
        facts.addClassName("sync-card-facts");
        add(new H4(title), state, facts);
    }

    void show(State state, String reason, String... lines) {
        if (current != null) {
            removeClassName(current.className);
        }
        current = state;
        addClassName(state.className);
        this.state.setText(state.icon + " " + state.word + (reason == null ? "" : ": " + reason));
        facts.removeAll();
        for (String line : lines) {
            if (line != null && !line.isBlank()) {
                facts.add(new Div(line));
            }
        }
    }

    State state() {
        return current;
    }
}
