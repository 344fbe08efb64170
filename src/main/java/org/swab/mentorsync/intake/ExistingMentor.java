package org.swab.mentorsync.intake;

/** What the planner needs of a mentor already stored. */
/** {@code droppedOn} is the date it was marked dropped (yyyy-mm-dd), null while active. */
record ExistingMentor(
        String mnId, String fullName, String phone, boolean dropped, String droppedOn, boolean trainingDone) {}
