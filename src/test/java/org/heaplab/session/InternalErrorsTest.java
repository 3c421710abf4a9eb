package org.heaplab.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The last resort: a failure of the lab is one paragraph with the file, the version and where the details are, never a stack trace. */
class InternalErrorsTest {
    @TempDir
    Path dir;

    @Test
    void aFailureOfTheLabTellsTheUserWhatToReportAndWhere() throws Exception {
        String saved = System.getProperty("heaplab.internal-errors.dir");
        System.setProperty("heaplab.internal-errors.dir", dir.toString());
        try {
            var boom = new IllegalStateException("the checker lost its way\nsecond line");
            String text = InternalErrors.report("running", "main.zig", "pub fn main() void {}\n", boom);
            assertThat(text).startsWith("internal error while running main.zig (IllegalStateException: the checker lost its way)")
                    .contains("This is a bug in Heap Lab " + InternalErrors.VERSION + ", not in your program")
                    .contains("Please report it with main.zig and the details in " + dir)
                    .doesNotContain("\tat ").doesNotContain("second line");
            Path details;
            try (var files = Files.list(dir)) {
                details = files.findFirst().orElseThrow();
            }
            assertThat(text).contains(details.toString());
            assertThat(Files.readString(details)).contains("Heap Lab " + InternalErrors.VERSION)
                    .contains("java.lang.IllegalStateException: the checker lost its way")
                    .contains("\tat org.heaplab.session.InternalErrorsTest")
                    .contains("---- main.zig ----\npub fn main() void {}\n");
        } finally {
            if (saved == null) System.clearProperty("heaplab.internal-errors.dir");
            else System.setProperty("heaplab.internal-errors.dir", saved);
        }
    }

    @Test
    void withoutAPlaceForTheDetailsTheMessageStillSaysWhatToReport() {
        String saved = System.getProperty("heaplab.internal-errors.dir");
        System.setProperty("heaplab.internal-errors.dir", "/proc/no-such-place/heaplab");
        try {
            String text = InternalErrors.report("compiling", "x.zig", "\ud800 a lone surrogate", new NullPointerException());
            assertThat(text).isEqualTo("internal error while compiling x.zig (NullPointerException). This is a bug in Heap Lab "
                    + InternalErrors.VERSION + ", not in your program. Please report it with x.zig (the details could not be saved).");
        } finally {
            if (saved == null) System.clearProperty("heaplab.internal-errors.dir");
            else System.setProperty("heaplab.internal-errors.dir", saved);
        }
    }
}
