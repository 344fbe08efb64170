package org.swab.mentorsync.demo;

import java.io.InputStream;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;

/**
 * What the admin does on Givebutter's website in demo mode: download the contacts export, upload the contact
 * import, start the demo over. The REST endpoints and the demo panel both go through here.
 */
@Service
@Profile("demo")
public class DemoGivebutterAccount {

    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss").withZone(ZoneOffset.UTC);

    private final DemoWorld world;
    private final Clock clock;

    DemoGivebutterAccount(DemoWorld world, Clock clock) {
        this.world = world;
        this.clock = clock;
    }

    /** The file as Givebutter names it, e.g. {@code contacts-2026-10-14-101500.csv}. */
    public record Export(String filename, byte[] content) {}

    public Export export() {
        return new Export("contacts-" + FILE_TIME.format(clock.instant()) + ".csv", world.exportCsv());
    }

    public ContactImportResult importContacts(InputStream file) {
        return world.importCsv(file);
    }

    public void restart() {
        world.reseed();
    }
}
