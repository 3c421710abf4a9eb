package org.heaplab.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.heaplab.session.Pictures;
import org.heaplab.session.RunSettings;
import org.heaplab.session.Session;
import org.junit.jupiter.api.Test;

/** The checks a scenario asks of the memory picture: a local that dangles, blocks orphaned. */
class DiagramChecksTest {
    static Observed at(String program, int line) throws Exception {
        String text = Files.readString(Path.of("src/test/resources/diagram", program));
        Pictures.At at = Pictures.runTo(program, text, Session.Mode.RUN, RunSettings.defaults(), line, 1, 60_000);
        assertThat(at.reached()).isTrue();
        return new Observed(at.snapshot(), at.compilation());
    }

    @Test
    void aPointerIntoAFreedBlockDanglesAndOneIntoALiveBlockDoesNot() throws Exception {
        Observed o = at("dangling-ghost.zig", 14);
        assertThat(Check.parse("local score dangles").evaluate(o).holds()).isTrue();
        Check.Verdict keep = Check.parse("local keep dangles").evaluate(o);
        assertThat(keep.holds()).isFalse();
        assertThat(keep.describe()).startsWith("`keep` dangles: it points at live memory (0x");
        assertThat(Check.parse("local nothing dangles").evaluate(o).describe()).isEqualTo("`nothing` dangles: `nothing` is not in scope in main");
    }

    @Test
    void aPointerIntoUnmappedFreedMemoryDangles() throws Exception {
        assertThat(Check.parse("local alias dangles").evaluate(at("dangling.zig", 12)).holds()).isTrue();
    }

    @Test
    void countsOrphanedBlocks() throws Exception {
        Observed o = at("orphan.zig", 11);
        assertThat(Check.parse("orphaned blocks 1").evaluate(o).holds()).isTrue();
        assertThat(Check.parse("orphaned blocks 0").evaluate(o).describe()).isEqualTo("0 orphaned blocks: the run has 1");
        assertThat(Check.parse("orphaned blocks 0").evaluate(at("orphan.zig", 10)).holds()).isTrue();
    }
}
