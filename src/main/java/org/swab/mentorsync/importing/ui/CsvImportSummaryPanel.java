package org.swab.mentorsync.importing.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.swab.mentorsync.importing.CsvImportSummary;

/** What an upload did, as counts with labels, plus where to look at the duplicates and errors it found. */
class CsvImportSummaryPanel extends VerticalLayout {

    final Div counts = new Div();

    CsvImportSummaryPanel() {
        setPadding(false);
        setSpacing(false);
    }

    void show(CsvImportSummary summary) {
        removeAll();
        counts.removeAll();
        line(
                "Contacts imported",
                "%,d (%,d new, %,d changed, %,d unchanged)"
                        .formatted(
                                summary.contactsImported(),
                                summary.contactsInserted(),
                                summary.contactsUpdated(),
                                summary.contactsUnchanged()));
        line("Mentors matched", "%,d".formatted(summary.mentorsMatched()));
        line("New contact ids captured", "%,d".formatted(summary.newContactIdsCaptured()));
        line("Duplicate contact groups", "%,d".formatted(summary.duplicatesDetected()));
        line("Contacts two mentors claim (not linked)", "%,d".formatted(summary.ambiguousContacts()));
        line(
                "Mentors still without a contact",
                "%,d (coverage %.1f %%)".formatted(summary.mentorsWithoutContact(), summary.coveragePercent()));
        add(counts);
        summary.warnings().forEach(warning -> add(new Paragraph(warning)));
        var links = new HorizontalLayout(new Anchor("errors", "Duplicates and other logged causes in the error log"));
        add(links);
    }

    private void line(String label, String value) {
        Span name = new Span(label + ": ");
        name.addClassName("font-semibold");
        counts.add(new Div(name, new Span(value)));
    }
}
