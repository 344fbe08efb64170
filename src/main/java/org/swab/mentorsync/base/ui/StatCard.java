package org.swab.mentorsync.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A number with a label, for the dashboards. */
public class StatCard extends Div {

    private final Span value = new Span();

    public StatCard(String label, String initialValue) {
        addClassName("stat-card");
        value.addClassName("stat-value");
        Span labelText = new Span(label);
        labelText.addClassName("stat-label");
        Div labelLine = new Div(labelText);
        add(new Div(value), labelLine);
        setValue(initialValue);
    }

    public void setValue(String text) {
        value.setText(text);
    }

    public String getValue() {
        return value.getText();
    }
}
