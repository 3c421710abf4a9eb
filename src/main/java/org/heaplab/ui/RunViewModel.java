package org.heaplab.ui;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.heaplab.session.Explainer;
import org.heaplab.session.RunSettings;
import org.heaplab.session.Session;

/**
 * Runs a program off the JavaFX thread and hands its output to the window in batches. The
 * interpreter thread owns the program's machine; the window only ever sees text.
 */
public final class RunViewModel {
    /** Text shown in the window at most; a program printing more is still run to its end. */
    static final int MAX_SHOWN_CHARS = 2_000_000;

    private final ExecutorService interpreter = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "heaplab-interpreter");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Ready");
    private final Consumer<String> output;
    private final Object pendingLock = new Object();
    private final StringBuilder pending = new StringBuilder();
    private boolean flushScheduled;
    private long shownChars;
    private volatile Session.Prepared current;
    /** How the output so far ends (interpreter thread only): the explanation follows one blank line. */
    private boolean endsWithNewline;
    private boolean endsWithBlankLine;

    /** @param output receives the program's output on the JavaFX thread, in order */
    public RunViewModel(Consumer<String> output) {
        this.output = output;
    }

    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    /** Runs main, or the tests when the program has test blocks and no main. Call on the JavaFX thread. */
    public void run(String fileName, String text, boolean explain) {
        if (running.get()) return;
        running.set(true);
        status.set("Running " + fileName + "...");
        shownChars = 0;
        endsWithNewline = false;
        endsWithBlankLine = false;
        Session.Mode mode = modeFor(text);
        interpreter.execute(() -> {
            String ending;
            try {
                Session.Prepared p = Session.prepare(fileName, text, mode, RunSettings.defaults(), this::written);
                current = p;
                Session.Outcome o = p.run();
                if (explain) {
                    String e = Explainer.explain(o);
                    if (!e.isEmpty()) written(2, ((endsWithBlankLine ? "" : "\n") + e).getBytes(StandardCharsets.UTF_8));
                }
                ending = describe(o);
            } catch (RuntimeException e) {
                ending = "Heap Lab failed: " + e;
            } finally {
                current = null;
            }
            String done = ending;
            Platform.runLater(() -> {
                flush();
                running.set(false);
                status.set(done);
            });
        });
    }

    /** Asks the running program to stop at its next statement. */
    public void stop() {
        Session.Prepared p = current;
        if (p != null) p.stop();
    }

    static Session.Mode modeFor(String text) {
        boolean hasMain = text.contains("fn main(");
        boolean hasTests = text.matches("(?s).*(^|\\n)\\s*test\\s*(\"|\\{).*");
        return hasTests && !hasMain ? Session.Mode.TEST : Session.Mode.RUN;
    }

    private static String describe(Session.Outcome o) {
        if (o.limitReached() != null) return "Stopped: " + o.limitReached() + ". " + o.limitAdvice();
        if (o.result() == null) return o.exitCode() == 1 ? "Did not compile (exit status 1)" : "Exit status " + o.exitCode();
        return "Exited with status " + o.exitCode();
    }

    /** Called on the interpreter thread for every write. */
    private void written(int fd, byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        if (!s.isEmpty()) endsWithBlankLine = s.endsWith("\n\n") || s.equals("\n") && endsWithNewline;
        if (!s.isEmpty()) endsWithNewline = s.endsWith("\n");
        synchronized (pendingLock) {
            pending.append(s);
            if (flushScheduled) return;
            flushScheduled = true;
        }
        Platform.runLater(this::flush);
    }

    private void flush() {
        String chunk;
        synchronized (pendingLock) {
            chunk = pending.toString();
            pending.setLength(0);
            flushScheduled = false;
        }
        if (chunk.isEmpty() || shownChars >= MAX_SHOWN_CHARS) return;
        if (shownChars + chunk.length() > MAX_SHOWN_CHARS) {
            chunk = chunk.substring(0, (int) (MAX_SHOWN_CHARS - shownChars))
                    + "\n[Heap Lab: the rest of the output is not shown in the window]\n";
        }
        shownChars += chunk.length();
        output.accept(chunk);
    }

    /** Stops a running program and the interpreter thread (when the window closes). */
    public void shutdown() {
        stop();
        interpreter.shutdownNow();
    }
}
