package org.swab.mentorsync.mentor.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.swab.mentorsync.mentor.MentorService;
import org.swab.mentorsync.mentor.UnknownMentorException;

/**
 * {@code DELETE /api/mentors/{mnId}/contact}: unlinks the mentor from its Givebutter contact, remembered so later
 * uploads never link that contact to it again.
 */
@RestController
class MentorContactController {

    private final MentorService mentorService;

    MentorContactController(MentorService mentorService) {
        this.mentorService = mentorService;
    }

    @DeleteMapping("/api/mentors/{mnId}/contact")
    Map<String, Object> unlink(@PathVariable String mnId, Principal principal) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mn_id", mnId);
        body.put("unlinked", mentorService.clearContactId(mnId, principal.getName()));
        return body;
    }

    @ExceptionHandler(UnknownMentorException.class)
    ResponseEntity<Map<String, String>> unknownMentor(UnknownMentorException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", e.getMessage()));
    }
}
