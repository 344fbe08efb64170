package org.swab.mentorsync.conflict.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import java.util.Optional;
import org.swab.mentorsync.conflict.ConflictService;
import org.swab.mentorsync.mentor.MentorDetails;
import org.swab.mentorsync.mentor.ui.MentorDetailsAction;

/** "Review conflicts" in the mentor details dialog, for a mentor with an open contact conflict. */
@org.springframework.stereotype.Component
class ReviewConflictsAction implements MentorDetailsAction {

    private final ConflictService conflictService;

    ReviewConflictsAction(ConflictService conflictService) {
        this.conflictService = conflictService;
    }

    @Override
    public Optional<Component> create(MentorDetails details, Runnable afterChange) {
        String mnId = details.mentor().getMnId();
        if (!conflictService.review(mnId).open()) {
            return Optional.empty();
        }
        Button review =
                new Button("Review conflicts", click -> new ConflictDialog(conflictService, mnId, afterChange).open());
        review.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return Optional.of(review);
    }
}
