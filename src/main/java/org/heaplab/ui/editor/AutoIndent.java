package org.heaplab.ui.editor;

/**
 * The editor's indentation, as Zig code is written (four spaces a level, as zig fmt): Enter
 * keeps the line's indent and adds a level after an opening brace, bracket or parenthesis
 * (and, between a pair, puts the closing one on a line of its own); a closing brace typed on
 * a line of only spaces goes back a level. Pure text functions, so they are tested without a
 * window.
 */
public final class AutoIndent {
    static final String LEVEL = "    ";

    private AutoIndent() {}

    /** The leading spaces and tabs of a line. */
    static String indentOf(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) i++;
        return line.substring(0, i);
    }

    /**
     * What Enter inserts, given the caret's line split at the caret: a newline, the indent, a
     * level more after an opener; between an opener and its closer, also the closer's line.
     * The caret goes after {@code text.substring(0, caret)}.
     */
    public record Insertion(String text, int caret) {}

    public static Insertion newline(String before, String after) {
        String indent = indentOf(before);
        String trimmed = before.stripTrailing();
        char last = trimmed.isEmpty() ? 0 : trimmed.charAt(trimmed.length() - 1);
        boolean opens = last == '{' || last == '[' || last == '(';
        String inner = "\n" + indent + (opens ? LEVEL : "");
        String rest = after.stripLeading();
        boolean closes = opens && !rest.isEmpty() && rest.charAt(0) == closer(last);
        if (closes) return new Insertion(inner + "\n" + indent, inner.length());
        return new Insertion(inner, inner.length());
    }

    private static char closer(char opener) {
        return switch (opener) {
            case '{' -> '}';
            case '[' -> ']';
            default -> ')';
        };
    }

    /** How many characters before the caret a typed closer removes: a level of indent when the line so far is only spaces. */
    public static int dedentFor(String before, char typed) {
        if (typed != '}' && typed != ']' && typed != ')') return 0;
        if (before.isEmpty() || !before.isBlank()) return 0;
        if (before.endsWith("\t")) return 1;
        int spaces = 0;
        for (int i = before.length() - 1; i >= 0 && before.charAt(i) == ' ' && spaces < LEVEL.length(); i--) spaces++;
        return spaces;
    }
}
