package org.swab.mentorsync.importing;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GivebutterContactRepository extends JpaRepository<GivebutterContact, Long> {
}
