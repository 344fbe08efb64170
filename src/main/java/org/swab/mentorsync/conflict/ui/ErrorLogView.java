package org.swab.mentorsync.conflict.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Locale;
import org.swab.mentorsync.base.ui.RelativeTime;
import org.swab.mentorsync.conflict.ConflictService;
import org.swab.mentorsync.conflict.ErrorFilter;
import org.swab.mentorsync.conflict.ErrorReviewService;
import org.swab.mentorsync.conflict.ErrorType;
import org.swab.mentorsync.conflict.MnError;
import org.swab.mentorsync.conflict.Severity;

/** Every logged cause (design: "Error Log"), filterable, with Review for conflicts and Mark resolved. */
@Route("errors")
@PageTitle("Error log · Mentor Sync")
@PermitAll
class ErrorLogView extends VerticalLayout implements AfterNavigationObserver {

    final ComboBox<ErrorType> type = new ComboBox<>("Type");
    final ComboBox<Severity> severity = new ComboBox<>("Severity");
    final Checkbox unresolvedOnly = new Checkbox("Unresolved only", true);
    final Paragraph total = new Paragraph();
    final Grid<MnError> errors = new Grid<>();

    private final ErrorReviewService reviews;
    private final ConflictService conflicts;
    private final AuthenticationContext authentication;

    ErrorLogView(
            ErrorReviewService reviews, ConflictService conflicts, AuthenticationContext authentication, Clock clock) {
        this.reviews = reviews;
        this.conflicts = conflicts;
        this.authentication = authentication;
        setSizeFull();
        type.setItems(ErrorType.values());
        type.setItemLabelGenerator(ErrorLogView::label);
        type.setClearButtonVisible(true);
        type.setPlaceholder("All types");
        severity.setItems(Severity.values());
        severity.setItemLabelGenerator(ErrorLogView::label);
        severity.setClearButtonVisible(true);
        severity.setPlaceholder("All");
        type.addValueChangeListener(change -> refresh());
        severity.addValueChangeListener(change -> refresh());
        unresolvedOnly.addValueChangeListener(change -> refresh());

        errors.addColumn(error -> RelativeTime.describe(error.getUpdatedAt(), clock.instant()))
                .setHeader("When")
                .setAutoWidth(true);
        errors.addColumn(error -> label(error.getSeverity()))
                .setHeader("Severity")
                .setAutoWidth(true);
        errors.addColumn(error -> label(error.getErrorType())).setHeader("Type").setAutoWidth(true);
        errors.addColumn(error -> error.getMnId() == null ? "" : error.getMnId())
                .setHeader("Mentor")
                .setAutoWidth(true);
        errors.addColumn(MnError::getErrorMessage).setHeader("What happened").setFlexGrow(3);
        errors.addColumn(error -> error.isResolved()
                        ? "resolved" + (error.getResolvedBy() == null ? "" : " by " + error.getResolvedBy())
                        : error.isNeedsManualReview() ? "open, manual review" : "open")
                .setHeader("State")
                .setAutoWidth(true);
        errors.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
        errors.setItems(query -> reviews.list(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        errors.setSizeFull();

        HorizontalLayout filters = new HorizontalLayout(type, severity, unresolvedOnly);
        filters.setAlignItems(Alignment.BASELINE);
        add(new H2("Error log"), filters, total, errors);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    void refresh() {
        long count = reviews.count(filter());
        total.setText(
                count == 0
                        ? "Nothing logged for this filter."
                        : count + " logged cause" + (count == 1 ? "" : "s")
                                + ". Each cause is logged once; a sync or upload closes it when it is gone.");
        errors.getDataProvider().refreshAll();
    }

    private HorizontalLayout actions(MnError error) {
        HorizontalLayout actions = new HorizontalLayout();
        if (error.getErrorType() == ErrorType.CONTACT_DATA_CONFLICT && !error.isResolved()) {
            Button review = new Button(
                    "Review", click -> new ConflictDialog(conflicts, error.getErrorKey(), this::refresh).open());
            review.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            review.setAriaLabel("Review the conflicts of mentor " + error.getErrorKey());
            actions.add(review);
        }
        Button toggle = error.isResolved()
                ? new Button("Reopen", click -> {
                    reviews.reopen(error.getId());
                    refresh();
                })
                : new Button("Mark resolved", click -> {
                    reviews.markResolved(
                            error.getId(), authentication.getPrincipalName().orElse("unknown"));
                    refresh();
                });
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        toggle.setAriaLabel(toggle.getText() + ": " + label(error.getErrorType())
                + (error.getMnId() == null ? "" : " of mentor " + error.getMnId()));
        actions.add(toggle);
        return actions;
    }

    private ErrorFilter filter() {
        return new ErrorFilter(type.getValue(), severity.getValue(), unresolvedOnly.getValue());
    }

    private static String label(Enum<?> value) {
        String words = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
