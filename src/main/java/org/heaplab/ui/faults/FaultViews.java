package org.heaplab.ui.faults;

import java.util.concurrent.Executor;
import org.heaplab.session.RunSettings;
import org.heaplab.session.Session;
import org.heaplab.session.faults.Compare;

/**
 * The Sweep and Compare views and what they need from the window: the program in the editor,
 * the settings a run gets, and a way to open one of their runs in the debugger.
 */
public final class FaultViews {
    /** What the views ask of the window. */
    public interface Host {
        String fileName();

        String text();

        Session.Mode mode();

        /** The settings a run gets, without the window's fault settings. */
        RunSettings settings();

        /**
         * Runs the program with its {@code n}th allocation in {@code target} failing, paused at the
         * statement whose allocation fails ({@code step}, the run's step count then).
         */
        void openFailing(long n, String target, long step);

        /** Runs the program with its root allocator replaced by {@code choice} (the program's own when its substitute is none). */
        void openOn(Compare.Choice choice);
    }

    public final SweepViewModel sweepVm;
    public final CompareViewModel compareVm;
    private SweepPane sweepPane;
    private ComparePane comparePane;
    private Host host;

    /** {@code ui} runs on the FX thread; each sweep or comparison gets a thread of its own. */
    public FaultViews(Executor ui) {
        Executor worker = r -> {
            var t = new Thread(r, "heaplab-faults");
            t.setDaemon(true);
            t.start();
        };
        sweepVm = new SweepViewModel(worker, ui);
        compareVm = new CompareViewModel(worker, ui);
    }

    /** The Sweep view, built the first time it is asked for (its tab is shown): the window's start builds neither view. */
    public SweepPane sweepPane() {
        if (sweepPane == null) {
            sweepPane = new SweepPane(sweepVm);
            if (host != null) sweepPane.setHost(host);
        }
        return sweepPane;
    }

    /** The Compare view, built the first time it is asked for. */
    public ComparePane comparePane() {
        if (comparePane == null) {
            comparePane = new ComparePane(compareVm);
            if (host != null) comparePane.setHost(host);
        }
        return comparePane;
    }

    /** Connects the views to the window. */
    public void setHost(Host host) {
        this.host = host;
        if (sweepPane != null) sweepPane.setHost(host);
        if (comparePane != null) comparePane.setHost(host);
    }
}
