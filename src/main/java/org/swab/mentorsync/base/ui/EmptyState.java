package org.swab.mentorsync.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/** What will appear here and what the admin does first, when there is nothing to show yet. */
public class EmptyState extends Div {

    public EmptyState(String title, String explanation, Component... actions) {
        addClassName("empty-state");
        add(new H3(title), new Paragraph(explanation));
        add(actions);
    }
}
