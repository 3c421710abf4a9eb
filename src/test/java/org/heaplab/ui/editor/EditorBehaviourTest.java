package org.heaplab.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.heaplab.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The editor as a learner types in it: auto-indent, and breakpoints that go where the program can stop. */
@ExtendWith(ApplicationExtension.class)
class EditorBehaviourTest {
    private EditorPane editor;

    private Stage own;

    /** A window of its own (the primary stage keeps the size the window tests expect), closed after each test. */
    @Start
    void start(Stage stage) {
        editor = new EditorPane();
        own = new Stage();
        own.setScene(new Scene(editor, 600, 400));
        own.show();
    }

    @org.junit.jupiter.api.AfterEach
    void close(FxRobot robot) {
        robot.interact(own::close);
    }

    @Test
    void enterKeepsTheIndentAndAddsALevelAfterABraceAndAClosingBraceDedents(FxRobot robot) {
        robot.interact(() -> {
            editor.setText("pub fn main() void {");
            editor.area().moveTo(editor.area().getLength());
            editor.area().requestFocus();
        });
        robot.type(KeyCode.ENTER);
        robot.write("var x: u32 = 1;");
        robot.type(KeyCode.ENTER);
        robot.write("_ = &x;");
        robot.type(KeyCode.ENTER);
        robot.write("}");
        assertThat(editor.getText()).isEqualTo("pub fn main() void {\n    var x: u32 = 1;\n    _ = &x;\n}");
    }

    @Test
    void enterBetweenBracesPutsTheClosingOneOnItsOwnLine() {
        var i = AutoIndent.newline("    if (ok) {", "}");
        assertThat(i.text()).isEqualTo("\n        \n    ");
        assertThat(i.caret()).isEqualTo("\n        ".length());
        assertThat(AutoIndent.newline("    x = 1;", "").text()).isEqualTo("\n    ");
        assertThat(AutoIndent.dedentFor("        ", '}')).isEqualTo(4);
        assertThat(AutoIndent.dedentFor("    x", '}')).isZero();
    }

    @Test
    void aBreakpointOnALineWithoutAStatementGoesToTheNextStatement(FxRobot robot) {
        String text = """
                const std = @import("std");

                pub fn main() void {
                    var x: u32 = 1;

                    // a comment
                    x += 1;
                    std.debug.print("{d}\\n", .{x});
                }
                """;
        var c = Session.compile("main.zig", text, Session.Mode.RUN);
        assertThat(c.statementLines()).contains(4, 7, 8).doesNotContain(1, 2, 5, 6, 9);
        robot.interact(() -> {
            editor.setText(text);
            editor.toggleBreakpoint(5); // before anything compiled: kept where it was put
            editor.setStatementLines(c.statementLines());
            editor.snapBreakpoints();
        });
        assertThat(editor.breakpoints()).containsExactly(7);
        robot.interact(() -> {
            editor.toggleBreakpoint(2);
            editor.toggleBreakpoint(8);
        });
        assertThat(editor.breakpoints()).containsExactlyInAnyOrder(4, 7, 8);
        robot.interact(() -> editor.toggleBreakpoint(8));
        assertThat(editor.breakpoints()).containsExactlyInAnyOrder(4, 7);
    }
}
