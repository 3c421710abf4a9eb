package org.heaplab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file the command line cannot write is refused with the reason in words, not only a (temporary) path. */
class FileErrorsTest {
    @TempDir
    Path tmp;

    @Test
    void aPictureOrTraceIntoAMissingFolderSaysTheFolderIsMissing() {
        // before: "cannot write .../x.svg: .../.heaplab-picture-123.tmp" and "cannot write the trace to .../t.json: .../t.json"
        Path missing = tmp.resolve("no-such-folder");
        var picture = ScenarioCommandTest.run("picture", PictureCommandTest.DIR + "linked-list.zig", "--line", "20", "-o",
                missing.resolve("x.svg").toString());
        assertThat(picture.status()).isEqualTo(2);
        assertThat(picture.err()).isEqualTo("heaplab: cannot write " + missing.resolve("x.svg") + ": no such file or directory\n");
        var trace = ScenarioCommandTest.run("run", "--trace=" + missing.resolve("t.json"), PictureCommandTest.DIR + "linked-list.zig");
        assertThat(trace.status()).isEqualTo(2);
        assertThat(trace.err()).endsWith("heaplab: cannot write the trace to " + missing.resolve("t.json") + ": no such file or directory\n");
    }
}
