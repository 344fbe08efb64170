package org.swab.mentorsync.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;
import org.swab.mentorsync.base.warmup.WarmUps;
import org.swab.mentorsync.matching.MatchResult;

class ImportWarmUpTest {

    final ImportWarmUp warmUp = new ImportWarmUp(Clock.systemUTC(), mock(WarmUps.class), new MockEnvironment());

    @TempDir
    Path directory;

    @Test
    void the_warm_up_runs_through_without_an_error_that_would_leave_the_first_upload_cold() {
        assertThatCode(() -> warmUp.warmUp(() -> false)).doesNotThrowAnyException();
    }

    @Test
    void its_mentors_are_matched_by_phone_and_by_email_and_some_stay_unmatched_or_ambiguous() throws IOException {
        Path export = directory.resolve("export.csv");
        ImportWarmUp.writeExport(export);

        MatchResult result = ImportWarmUp.match(
                warmUp.readThrough(export, StoredHashes.none(), new KnownIdentities(), new HashMap<>(), () -> false));

        // a matching warm-up that matched nothing would leave the paths of a real upload's links cold
        assertThat(result.links()).hasSizeBetween(300, 599);
        assertThat(result.ambiguousContacts()).isNotEmpty();
    }
}
