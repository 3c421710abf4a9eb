package org.heaplab.trace;

import org.heaplab.source.Span;

/** A range in a source file, 1-based lines and columns, as the editor marks it. */
public record SourcePos(String file, int line, int column, int endLine, int endColumn) {
    public static SourcePos of(Span s) {
        if (s == null) return null;
        return new SourcePos(s.file().name(), s.line(), s.column(), s.endLine(), s.endColumn());
    }

    /** "main.zig:12". */
    public String shortText() { return file + ":" + line; }
}
