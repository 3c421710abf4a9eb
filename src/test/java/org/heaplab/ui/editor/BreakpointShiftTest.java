package org.heaplab.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Breakpoints move with their lines as the program is edited. */
class BreakpointShiftTest {
    @Test
    void linesInsertedAboveMoveBreakpointsDown() {
        // two lines typed at the end of line 3: breakpoints on 3 stay, below move by two
        assertThat(EditorPane.shiftBreakpoints(Set.of(2, 3, 7), 3, false, 0, 2)).containsExactly(2, 3, 9);
        // a line inserted at the start of line 3 pushes line 3's breakpoint down with its text
        assertThat(EditorPane.shiftBreakpoints(Set.of(3), 3, true, 0, 1)).containsExactly(4);
    }

    @Test
    void deletedLinesTakeTheirBreakpointsAlong() {
        // joining lines 4..6 into line 4 (two line breaks removed): 5 and 6 go, 9 moves to 7
        assertThat(EditorPane.shiftBreakpoints(Set.of(4, 5, 6, 9), 4, false, 2, 0)).containsExactly(4, 7);
        // deleting all of line 3 (from its first column through its line break): its breakpoint goes, line 4's moves up
        assertThat(EditorPane.shiftBreakpoints(Set.of(3, 4, 6), 3, true, 1, 0)).containsExactly(3, 5);
        // an edit inside a line moves nothing
        assertThat(EditorPane.shiftBreakpoints(Set.of(1, 5), 5, false, 0, 0)).containsExactly(1, 5);
    }
}
