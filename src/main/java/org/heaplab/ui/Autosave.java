package org.heaplab.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.heaplab.source.LabFiles;

/**
 * Unsaved work survives a crash or a forced quit: every few seconds the editor's unsaved text
 * (and the file it belongs to) is written to the lab's folder, or kept with the scenario it
 * belongs to; the next start restores it, or keeps it aside when a file was given to open.
 * A save, an open or a discarded change clears it.
 */
final class Autosave {
    private final AppContext ctx;
    private final ScenarioController scenarios;
    private Timeline timer;

    Autosave(AppContext ctx, ScenarioController scenarios) {
        this.ctx = ctx;
        this.scenarios = scenarios;
    }

    private Path text() { return ctx.settings.folder().resolve("autosave.zig"); }

    private Path info() { return ctx.settings.folder().resolve("autosave.path"); }

    /** Starts writing unsaved work every five seconds. */
    void start() {
        timer = new Timeline(new KeyFrame(Duration.seconds(5), e -> save()));
        timer.setCycleCount(Timeline.INDEFINITE);
        timer.play();
    }

    void stop() {
        if (timer != null) timer.stop();
    }

    /** Writes unsaved work every few seconds, so a crash or a forced quit loses nothing. */
    private void save() {
        if (!ctx.dirty.get()) return;
        if (ctx.scenario() != null) {
            scenarios.keepWork();
            return;
        }
        Path file = ctx.file();
        try {
            Files.createDirectories(ctx.settings.folder());
            Files.writeString(text(), ctx.editor.getText(), StandardCharsets.UTF_8);
            Files.writeString(info(), file == null ? "" : file.toAbsolutePath().toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            ctx.notify("Could not autosave to " + ctx.settings.folder() + ": " + e.getMessage());
        }
    }

    void clear() {
        try {
            Files.deleteIfExists(text());
            Files.deleteIfExists(info());
        } catch (IOException e) {
            // nothing to restore next time is the worst outcome
        }
    }

    /** Work kept aside, back in the editor as the unsaved program it was (Save writes it to its own file again). */
    void reopen(KeptAside k) {
        try {
            String text = LabFiles.readText(k.kept(), LabFiles.PROGRAM_LIMIT);
            ctx.replace(k.of() == null ? new Document.Untitled() : new Document.OnDisk(k.of()), text, true);
        } catch (IOException | RuntimeException e) {
            ctx.error("Could not open " + k.kept().getFileName(), e.getMessage());
        }
    }

    /** The last session's unsaved work, back in the editor. */
    void restore() {
        try {
            if (!Files.isRegularFile(text())) return;
            String text = LabFiles.readText(text(), LabFiles.PROGRAM_LIMIT);
            String path = Files.isRegularFile(info()) ? LabFiles.readText(info(), LabFiles.SETTINGS_LIMIT).strip() : "";
            ctx.replace(path.isEmpty() ? new Document.Untitled() : new Document.OnDisk(Path.of(path)), text, true);
            ctx.notify("Restored the unsaved work of the last session" + (path.isEmpty() ? "." : " on " + Path.of(path).getFileName() + "."));
        } catch (IOException | RuntimeException e) {
            ctx.notify("Could not restore the autosaved work: " + e.getMessage());
        }
    }

    /** What a start with a file to open kept aside of the last session's unsaved work: where it is now, and whose it was. */
    record KeptAside(Path kept, Path of, long lines) {
        /** "The last session ended with unsaved work (on list.zig, 12 lines); it is kept in /home/.../unsaved-1733.zig." */
        String message() {
            return "The last session ended with unsaved work (" + (of == null ? "an untitled program" : "on " + of.getFileName()) + ", " + lines
                    + (lines == 1 ? " line" : " lines") + "); it is kept in " + kept + ".";
        }
    }

    /**
     * A file was given to open: the last session's unsaved work is kept under another name
     * (nothing is lost), and the caller says so once the window is up. Null when there was none.
     */
    KeptAside keepAside() {
        try {
            if (!Files.isRegularFile(text())) return null;
            Path kept = ctx.settings.folder().resolve("unsaved-" + System.currentTimeMillis() + ".zig");
            String path = Files.isRegularFile(info()) ? LabFiles.readText(info(), LabFiles.SETTINGS_LIMIT).strip() : "";
            Files.move(text(), kept);
            Files.deleteIfExists(info());
            long lines = Files.readString(kept, StandardCharsets.UTF_8).lines().count();
            return new KeptAside(kept, path.isEmpty() ? null : Path.of(path), lines);
        } catch (IOException | RuntimeException e) {
            ctx.notify("Could not keep the autosaved work aside: " + e.getMessage());
            return null;
        }
    }
}
