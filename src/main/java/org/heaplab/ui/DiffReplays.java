package org.heaplab.ui;

import org.heaplab.session.RunSettings;
import org.heaplab.session.Session;
import org.heaplab.session.StepDiff;
import org.heaplab.ui.diff.DiffViewModel;

/** The Diff view's replays: the program in the editor, with the run's name, mode and settings, replayed on the window's diff lane. */
final class DiffReplays {
    private DiffReplays() {}

    static DiffViewModel viewModel(AppContext ctx) {
        var lane = ctx.tasks.lane("diff");
        return new DiffViewModel(lane::execute, ctx.tasks::ui, (from, to) -> {
            // read on the JavaFX thread; the replay runs on the worker
            String name = ctx.fileName();
            String text = ctx.editor.getText();
            Session.Mode mode = ctx.runMode();
            RunSettings settings = ctx.runSettings();
            return () -> StepDiff.between(name, text, mode, settings, from, to, 60_000);
        });
    }
}
