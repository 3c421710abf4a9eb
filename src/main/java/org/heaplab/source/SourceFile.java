package org.heaplab.source;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A program text with its name and a line map, so spans can be shown as line and column. */
public final class SourceFile {
    private final String name;
    private final String text;
    private final int[] lineStarts;
    private final boolean library;

    public SourceFile(String name, String text) {
        this(name, text, false);
    }

    public SourceFile(String name, String text, boolean library) {
        this.name = name;
        this.text = text;
        this.library = library;
        this.lineStarts = computeLineStarts(text);
    }

    private static int[] computeLineStarts(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** The file name as Zig prints it in diagnostics, e.g. {@code main.zig}. */
    public String name() { return name; }

    /**
     * The name a diagnostic shows: a std file in a folder of lib/std is named without its folder
     * ({@code memory_pool.zig}, not {@code heap/memory_pool.zig}), as every std file is named
     * ({@code array_list.zig}): Zig's own reports give the whole path, the corpus compares its last part.
     */
    public String shownName() { return library ? name.substring(name.lastIndexOf('/') + 1) : name; }

    public String text() { return text; }

    /** True for Heap Lab's own std sources, whose frames Zig's traces never show. */
    public boolean isLibrary() { return library; }

    /** The module name Zig prints in frames: the file name without {@code .zig}. */
    public String moduleName() {
        return name.endsWith(".zig") ? name.substring(0, name.length() - 4) : name;
    }

    public int lineCount() { return lineStarts.length; }

    /** 1-based line of a character offset. */
    public int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, Math.max(0, Math.min(offset, text.length())));
        return i >= 0 ? i + 1 : -i - 1;
    }

    /**
     * 1-based column of a character offset, counted in UTF-8 bytes as Zig counts them
     * (a line with an emoji before the error column shifts the column by the emoji's bytes).
     */
    public int columnOf(int offset) {
        int line = lineOf(offset);
        int start = lineStarts[line - 1];
        int end = Math.max(start, Math.min(offset, text.length()));
        return text.substring(start, end).getBytes(StandardCharsets.UTF_8).length + 1;
    }

    /** The text of a 1-based line, without its line break. */
    public String lineText(int line) {
        if (line < 1 || line > lineStarts.length) return "";
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        if (end > start && text.charAt(end - 1) == '\r') end--;
        return text.substring(start, Math.max(start, end));
    }

    private int[] shownLines;

    /**
     * The line numbers to show for this file's lines in diagnostics ({@code shown[line]}, 0 where
     * none): Heap Lab's std shows Zig's lib/std line numbers where its lines are Zig's own.
     */
    public void showLinesAs(int[] shown) { this.shownLines = shown; }

    /** The line number diagnostics show for a 1-based line: Zig's for a std line it shares, else the line. */
    public int shownLine(int line) {
        return shownLines != null && line >= 0 && line < shownLines.length && shownLines[line] > 0 ? shownLines[line] : line;
    }

    public int lineStartOffset(int line) {
        return lineStarts[Math.max(0, Math.min(line - 1, lineStarts.length - 1))];
    }

    @Override
    public String toString() { return name; }
}
