package org.swab.mentorsync.mentor;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MentorTasksRepository extends JpaRepository<MentorTasks, String> {}
