package org.swab.mentorsync.sync.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** One step of the run panel: its name and where it stands (waiting, running, completed with counts, failed). */
class StepRow extends Div {

    final Span name;
    final Span state = new Span();

    StepRow(String stepName) {
        name = new Span(stepName);
        name.addClassNames("font-semibold");
        state.addClassNames("text-secondary");
        addClassNames("flex", "gap-m");
        add(name, state);
        show("waiting", null);
    }

    void show(String status, String message) {
        state.setText(message == null || message.isBlank() ? status : status + " · " + message);
        getElement().setAttribute("data-status", status);
    }

    String status() {
        return getElement().getAttribute("data-status");
    }
}
