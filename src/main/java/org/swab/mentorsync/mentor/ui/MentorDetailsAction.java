package org.swab.mentorsync.mentor.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.swab.mentorsync.mentor.MentorDetails;

/**
 * A button another feature adds to the mentor details dialog (e.g. "Review conflicts"), so the mentor feature needs
 * to know none of them. Implementations are Spring beans.
 */
public interface MentorDetailsAction {

    /** The component to show for this mentor, if the action applies; {@code afterChange} refreshes the dialog. */
    Optional<Component> create(MentorDetails details, Runnable afterChange);
}
