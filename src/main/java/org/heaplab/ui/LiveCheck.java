package org.heaplab.ui;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.heaplab.diag.Diagnostic;
import org.heaplab.session.Compilation;
import org.heaplab.session.Session;
import org.heaplab.ui.common.TaskRunner;
import org.heaplab.ui.problems.ProblemsViewModel;

/**
 * Diagnostics as the learner types and after each run's compile: the program is checked a
 * moment after typing stops, on a thread of its own (never the JavaFX thread), and only the
 * latest check's result is shown, underlined in the editor and listed in Problems.
 */
final class LiveCheck {
    private final AppContext ctx;
    private final ProblemsViewModel problemsVm;
    private final TaskRunner.Lane checker;
    private long checkRequest;

    LiveCheck(AppContext ctx, ProblemsViewModel problemsVm) {
        this.ctx = ctx;
        this.problemsVm = problemsVm;
        this.checker = ctx.tasks.lane("check");
    }

    /** A run's compilation: its diagnostics shown, and a word when it failed. */
    void showCompilation(Compilation c) {
        if (c == null) return;
        List<Diagnostic> mine = c.diagnostics().stream().filter(d -> d.span() == null || !d.span().file().isLibrary()).toList();
        ctx.editor.diagnosticsProperty().set(mine);
        problemsVm.showDiagnostics(c.diagnostics());
        if (!c.ok()) ctx.notify("The program did not compile: " + c.diagnostics().size() + (c.diagnostics().size() == 1 ? " problem" : " problems")
                + " (see Problems).");
    }

    /** Checks the program a moment after typing stops, off the UI thread, for live diagnostics. */
    void schedule() {
        long req = ++checkRequest;
        var wait = new PauseTransition(Duration.millis(700));
        wait.setOnFinished(e -> {
            if (req != checkRequest) return;
            String text = ctx.editor.getText();
            String name = ctx.fileName();
            Session.Mode m = ctx.runMode();
            checker.submit(() -> {
                Compilation c = Session.compile(name, text, m);
                return new Checked(c, c.statementLines());
            }, done -> {
                if (req != checkRequest) return;
                Compilation c = done.compilation();
                if (c.ok()) ctx.editor.setStatementLines(done.lines());
                var mine = c.diagnostics().stream().filter(d -> d.span() == null || !d.span().file().isLibrary()).toList();
                ctx.editor.diagnosticsProperty().set(mine);
                problemsVm.showDiagnostics(c.diagnostics());
            });
        });
        wait.play();
    }

    /** A check's compilation and where its statements start (computed off the JavaFX thread too). */
    private record Checked(Compilation compilation, java.util.NavigableSet<Integer> lines) {}

    void shutdown() {
        checker.shutdown();
    }
}
