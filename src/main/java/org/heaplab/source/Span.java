package org.heaplab.source;

/** A range of characters in a source file: where a token, node, diagnostic or fault is. */
public record Span(SourceFile file, int start, int end) {

    public Span {
        if (end < start) end = start;
    }

    public static Span at(SourceFile file, int offset) {
        return new Span(file, offset, offset);
    }

    public int line() { return file.lineOf(start); }

    public int column() { return file.columnOf(start); }

    public int endLine() { return file.lineOf(end); }

    public int endColumn() { return file.columnOf(end); }

    /** A span from the start of this one to the end of another. */
    public Span to(Span other) {
        return new Span(file, Math.min(start, other.start), Math.max(end, other.end));
    }

    public String text() {
        return file.text().substring(start, Math.min(end, file.text().length()));
    }

    /** {@code main.zig:3:11}. */
    public String location() {
        return file.shownName() + ":" + file.shownLine(line()) + ":" + column();
    }

    @Override
    public String toString() { return location(); }
}
