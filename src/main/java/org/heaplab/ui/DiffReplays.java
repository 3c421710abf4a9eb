package org.heaplab.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import org.heaplab.session.RunSettings;
import org.heaplab.session.Session;
import org.heaplab.session.StepDiff;
import org.heaplab.ui.diff.DiffViewModel;

/** The Diff view's replays: the program in the editor, with the run's name, mode and settings, replayed on a worker thread of its own. */
final class DiffReplays {
    private DiffReplays() {}

    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "heaplab-diff");
        t.setDaemon(true);
        return t;
    });

    static DiffViewModel viewModel(AppContext ctx) {
        return new DiffViewModel(WORKER, Platform::runLater, (from, to) -> {
            // read on the JavaFX thread; the replay runs on the worker
            String name = ctx.fileName();
            String text = ctx.editor.getText();
            Session.Mode mode = ctx.runMode();
            RunSettings settings = ctx.runSettings();
            return () -> StepDiff.between(name, text, mode, settings, from, to, 60_000);
        });
    }
}
