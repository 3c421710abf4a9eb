package org.heaplab.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.heaplab.lang.lex.Lexer;
import org.heaplab.lang.lex.Token;
import org.heaplab.lang.lex.TokenKind;
import org.heaplab.source.SourceFile;

/** Style spans for Zig source from Heap Lab's own lexer, with diagnostic ranges underlined. Pure: runs on any thread. */
public final class Highlighter {
    private Highlighter() {}

    /** A range to underline: [start, end) offsets. */
    public record Mark(int start, int end, String styleClass) {}

    public static StyleSpans<Collection<String>> compute(String text, List<Mark> marks) {
        List<Token> tokens = Lexer.tokenizeWithComments(new SourceFile("main.zig", text));
        String[] classes = new String[text.length()];
        for (Token t : tokens) {
            String c = styleClass(t.kind(), t.text());
            if (c == null) continue;
            int end = Math.min(text.length(), t.span().end());
            for (int i = Math.max(0, t.span().start()); i < end; i++) classes[i] = c;
        }
        String[] marked = new String[text.length()];
        for (Mark m : marks) {
            int end = Math.min(text.length(), Math.max(m.end(), m.start() + 1));
            for (int i = Math.max(0, m.start()); i < end; i++) marked[i] = m.styleClass();
        }
        var b = new StyleSpansBuilder<Collection<String>>();
        if (text.isEmpty()) {
            b.add(Collections.emptyList(), 0);
            return b.create();
        }
        int runStart = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || !same(classes[i], classes[runStart]) || !same(marked[i], marked[runStart])) {
                List<String> styles = new ArrayList<>(2);
                if (classes[runStart] != null) styles.add(classes[runStart]);
                if (marked[runStart] != null) styles.add(marked[runStart]);
                b.add(styles, i - runStart);
                runStart = i;
            }
        }
        return b.create();
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    static String styleClass(TokenKind k, String text) {
        if (k.name().startsWith("KW_")) return "zig-keyword";
        return switch (k) {
            case BUILTIN -> "zig-builtin";
            case INT_LITERAL, FLOAT_LITERAL -> "zig-number";
            case CHAR_LITERAL, STRING_LITERAL, MULTILINE_STRING -> "zig-string";
            case DOC_COMMENT -> "zig-comment";
            case IDENTIFIER -> isType(text) ? "zig-type" : null;
            case INVALID -> "zig-invalid";
            default -> null;
        };
    }

    private static boolean isType(String s) {
        if (s.isEmpty()) return false;
        if (Character.isUpperCase(s.charAt(0))) return true;
        return switch (s) {
            case "void", "bool", "usize", "isize", "anyerror", "anyopaque", "type", "noreturn", "comptime_int", "comptime_float",
                    "f16", "f32", "f64", "f128", "true", "false", "null", "undefined" -> true;
            default -> (s.charAt(0) == 'u' || s.charAt(0) == 'i') && s.length() > 1 && s.substring(1).chars().allMatch(Character::isDigit);
        };
    }
}
