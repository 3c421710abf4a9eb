package org.heaplab.ui;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;
import org.heaplab.diag.Diagnostic;
import org.heaplab.session.Compilation;
import org.heaplab.session.Session;
import org.heaplab.ui.problems.ProblemsViewModel;

/**
 * Diagnostics as the learner types and after each run's compile: the program is checked a
 * moment after typing stops, on a thread of its own (never the JavaFX thread), and only the
 * latest check's result is shown, underlined in the editor and listed in Problems.
 */
final class LiveCheck {
    private final AppContext ctx;
    private final ProblemsViewModel problemsVm;
    private final ExecutorService checker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "heaplab-check");
        t.setDaemon(true);
        return t;
    });
    private long checkRequest;

    LiveCheck(AppContext ctx, ProblemsViewModel problemsVm) {
        this.ctx = ctx;
        this.problemsVm = problemsVm;
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
            checker.execute(() -> {
                Compilation c = Session.compile(name, text, m);
                var lines = c.statementLines();
                Platform.runLater(() -> {
                    if (req != checkRequest) return;
                    if (c.ok()) ctx.editor.setStatementLines(lines);
                    var mine = c.diagnostics().stream().filter(d -> d.span() == null || !d.span().file().isLibrary()).toList();
                    ctx.editor.diagnosticsProperty().set(mine);
                    problemsVm.showDiagnostics(c.diagnostics());
                });
            });
        });
        wait.play();
    }

    void shutdown() {
        checker.shutdownNow();
    }
}
