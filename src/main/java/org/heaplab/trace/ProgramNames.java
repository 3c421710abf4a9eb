package org.heaplab.trace;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names as the panes show them: Zig names the program's own types after its file
 * ({@code 13-alloclower-intro.Node}, {@code *main.Node}), which in a narrow column is all a
 * learner sees; the panes show them as the program writes them ({@code Node}, {@code *Node},
 * {@code ArrayListAligned(Node,null)}), and a position in the program's own file as its line.
 * The std's names ({@code mem.Allocator}) keep their module. Every pane goes through here, so
 * a type reads the same everywhere.
 */
public final class ProgramNames {
    private final String file;
    private final Pattern prefix;

    private ProgramNames(String file) {
        this.file = file;
        String module = file.endsWith(".zig") ? file.substring(0, file.length() - 4) : file;
        // the module's name where a name starts: not inside another name (`xmain.Node`, `std.main.x`)
        this.prefix = Pattern.compile("(?<![A-Za-z0-9_.\\-])" + Pattern.quote(module + "."));
    }

    /** No program: names are shown as they are. */
    public static final ProgramNames NONE = new ProgramNames("\0.zig");

    /** The names of the program whose file is {@code file} (as runs name it: main.zig, list.zig). */
    public static ProgramNames of(String file) {
        return file == null || file.isEmpty() ? NONE : new ProgramNames(file);
    }

    /** The names of the program a snapshot is of: the file of its outermost frame (main's). */
    public static ProgramNames of(Snapshot s) {
        if (s == null) return NONE;
        if (!s.frames().isEmpty() && s.frames().getLast().position() != null) return of(s.frames().getLast().position().file());
        return s.position() == null ? NONE : of(s.position().file());
    }

    /** A type, function or value text without the program's module prefix. */
    public String strip(String text) {
        if (text == null || text.isEmpty()) return text;
        return prefix.matcher(text).replaceAll(Matcher.quoteReplacement(""));
    }

    /** "line 8" in the program's own file, "array_list.zig:120" elsewhere. */
    public String where(SourcePos p) {
        if (p == null) return "";
        return p.file().equals(file) ? "line " + p.line() : p.shortText();
    }
}
