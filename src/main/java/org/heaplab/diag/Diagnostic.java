package org.heaplab.diag;

import java.util.List;
import org.heaplab.source.Span;

/**
 * A compile-time finding: where, how bad, what, and the notes Zig adds below it.
 * A diagnostic is data; {@link ZigDiagnosticRenderer} and the editor are the two places that show it.
 *
 * @param shownAt where Zig reports it when that differs from {@code span}: errors Zig raises inside
 *                its std (a bad format string) carry Zig's std location here, and the user's call in span
 */
public record Diagnostic(Severity severity, Span span, String message, List<Note> notes, String shownAt) {

    public Diagnostic {
        notes = List.copyOf(notes);
    }

    public record Note(Span span, String message, String shownAt) {
        public Note(Span span, String message) { this(span, message, null); }

        public String location() { return shownAt != null ? shownAt : span.location(); }
    }

    public static Diagnostic error(Span span, String message, Note... notes) {
        return new Diagnostic(Severity.ERROR, span, message, List.of(notes), null);
    }

    public Diagnostic withNote(Note note) {
        var all = new java.util.ArrayList<>(notes);
        all.add(note);
        return new Diagnostic(severity, span, message, all, shownAt);
    }

    public String location() { return shownAt != null ? shownAt : span.location(); }
}
