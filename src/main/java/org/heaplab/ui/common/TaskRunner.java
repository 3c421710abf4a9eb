package org.heaplab.ui.common;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * The one way the window's work leaves the JavaFX thread and comes back: compiling a run, the
 * live check, highlighting, the timeline's picture, checking a scenario fix, reading a trace.
 * Each kind of work has its lane, a daemon thread of its own where its tasks run one at a time
 * in order; {@link #ui} hands a result back to the UI thread.
 *
 * <p>{@link #javafx()} is the window's runner; {@link #sameThread()} runs everything at once on
 * the calling thread, so view models are tested without threads or a toolkit; {@link #threads}
 * hands results to any executor (a test's own UI thread).
 */
public interface TaskRunner {
    /** Where one kind of work runs. */
    interface Lane {
        /** Runs {@code work} on the lane, then {@code done} with its result on the UI thread. */
        <T> void submit(Supplier<T> work, Consumer<T> done);

        /** Runs {@code work} on the lane. */
        void execute(Runnable work);

        /** Stops the lane (the window closes); queued work is dropped. */
        void shutdown();
    }

    /** The lane named {@code name} (its thread's name: heaplab-NAME). */
    Lane lane(String name);

    /** Runs {@code r} on the UI thread: later on the JavaFX thread, at once in the same-thread runner. */
    void ui(Runnable r);

    /** The window's runner: lanes are daemon threads, results go to the JavaFX thread. */
    static TaskRunner javafx() { return threads(Platform::runLater); }

    /** Lanes are daemon threads, results go to {@code ui}. */
    static TaskRunner threads(Executor ui) {
        return new TaskRunner() {
            @Override
            public Lane lane(String name) {
                ExecutorService ex = Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "heaplab-" + name);
                    t.setDaemon(true);
                    return t;
                });
                return new Lane() {
                    @Override
                    public <T> void submit(Supplier<T> work, Consumer<T> done) {
                        execute(() -> {
                            T v = work.get();
                            ui.execute(() -> done.accept(v));
                        });
                    }

                    @Override
                    public void execute(Runnable work) {
                        if (!ex.isShutdown()) ex.execute(work);
                    }

                    @Override
                    public void shutdown() { ex.shutdownNow(); }
                };
            }

            @Override
            public void ui(Runnable r) { ui.execute(r); }
        };
    }

    /** Everything at once on the calling thread (tests of view models). */
    static TaskRunner sameThread() {
        return new TaskRunner() {
            @Override
            public Lane lane(String name) {
                return new Lane() {
                    @Override
                    public <T> void submit(Supplier<T> work, Consumer<T> done) { done.accept(work.get()); }

                    @Override
                    public void execute(Runnable work) { work.run(); }

                    @Override
                    public void shutdown() { }
                };
            }

            @Override
            public void ui(Runnable r) { r.run(); }
        };
    }
}
