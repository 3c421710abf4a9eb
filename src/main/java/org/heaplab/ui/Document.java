package org.heaplab.ui;

import java.nio.file.Path;
import org.heaplab.scenario.Scenario;
import org.heaplab.session.RunSettings;

/**
 * What the program in the editor is, which decides its name, where Save writes it, where
 * autosave keeps it and which settings its runs get: an untitled program, a file on disk, a
 * scenario's work (kept with the scenario's progress), or a trace's program (run with the
 * settings it was recorded with). One value in {@link AppContext#document} replaces the
 * separate file, scenario and trace fields that had to be kept in step by hand.
 */
sealed interface Document {
    /** The name runs and the title give the program. */
    String name();

    /** The file Save writes to without asking, or null. */
    default Path file() { return null; }

    /** A program not yet saved: the starter, or the restored unsaved work of the last session. */
    record Untitled() implements Document {
        @Override public String name() { return "main.zig"; }
    }

    /** A program opened from or saved to a file. */
    record OnDisk(Path path) implements Document {
        @Override public String name() { return path.getFileName().toString(); }

        @Override public Path file() { return path; }
    }

    /** A guided scenario's program, the learner's edits kept with the scenario. */
    record ScenarioWork(Scenario scenario) implements Document {
        @Override public String name() { return scenario.programName(); }
    }

    /** The program of a trace file, run with the settings it was recorded with. */
    record Trace(String recordedAs, RunSettings settings, long steps) implements Document {
        @Override public String name() { return "main.zig"; }
    }
}
