package org.heaplab.lang.lex;

import java.util.ArrayList;
import java.util.List;
import org.heaplab.diag.Diagnostic;
import org.heaplab.source.SourceFile;
import org.heaplab.source.Span;

/**
 * Turns Zig source text into tokens. Never throws: a character Zig does not accept becomes an
 * {@link TokenKind#INVALID} token plus a diagnostic, and lexing goes on. Comments are skipped;
 * the editor's highlighter asks for them with {@link #tokenizeWithComments}.
 */
public final class Lexer {
    private final SourceFile file;
    private final String src;
    private final List<Diagnostic> diagnostics;
    private final boolean keepComments;
    private int pos;

    private Lexer(SourceFile file, List<Diagnostic> diagnostics, boolean keepComments) {
        this.file = file;
        this.src = file.text();
        this.diagnostics = diagnostics;
        this.keepComments = keepComments;
        if (src.startsWith("\uFEFF")) pos = 1; // a byte order mark is skipped, as Zig does
    }

    public static List<Token> tokenize(SourceFile file, List<Diagnostic> diagnostics) {
        return new Lexer(file, diagnostics, false).run();
    }

    /** Tokens with comments kept as {@link TokenKind#DOC_COMMENT} tokens (for highlighting). */
    public static List<Token> tokenizeWithComments(SourceFile file) {
        return new Lexer(file, new ArrayList<>(), true).run();
    }

    private List<Token> run() {
        List<Token> out = new ArrayList<>();
        while (true) {
            Token t = next();
            if (t == null) continue;
            out.add(t);
            if (t.kind() == TokenKind.EOF) return out;
        }
    }

    private char peek(int ahead) {
        int i = pos + ahead;
        return i < src.length() ? src.charAt(i) : '\0';
    }

    private Token make(TokenKind kind, int start) {
        pos = Math.min(pos, src.length());
        return new Token(kind, src.substring(start, pos), new Span(file, start, pos));
    }

    private void error(int start, int end, String message) {
        diagnostics.add(Diagnostic.error(new Span(file, start, end), message));
    }

    /** The next token, or null when only trivia was consumed. */
    private Token next() {
        // whitespace
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') pos++;
            else break;
        }
        int start = pos;
        if (pos >= src.length()) return new Token(TokenKind.EOF, "", new Span(file, pos, pos));
        char c = src.charAt(pos);

        if (c == '/' && peek(1) == '/') return comment(start);
        if (isIdentStart(c)) {
            while (pos < src.length() && isIdentPart(src.charAt(pos))) pos++;
            String word = src.substring(start, pos);
            TokenKind kw = TokenKind.keyword(word);
            return new Token(kw != null ? kw : TokenKind.IDENTIFIER, word, new Span(file, start, pos));
        }
        if (c == '@') {
            if (peek(1) == '"') {
                pos++;
                Token s = string(start + 1);
                if (s.kind() != TokenKind.STRING_LITERAL) return make(TokenKind.INVALID, start);
                // @"name": the name is the decoded text between the quotes
                Token raw = make(TokenKind.STRING_LITERAL, start);
                int before = diagnostics.size();
                String name = new String(decodeString(raw, diagnostics), java.nio.charset.StandardCharsets.UTF_8);
                if (name.isEmpty() && diagnostics.size() == before) error(start, pos, "identifier cannot be empty");
                return new Token(TokenKind.IDENTIFIER, name, new Span(file, start, pos));
            }
            pos++;
            if (!isIdentStart(peek(0))) return invalid(start);
            while (pos < src.length() && isIdentPart(src.charAt(pos))) pos++;
            return make(TokenKind.BUILTIN, start);
        }
        if (Character.isDigit(c)) return number(start);
        if (c == '"') return string(start);
        if (c == '\'') return charLiteral(start);
        if (c == '\\' && peek(1) == '\\') return multilineString(start);
        if (c == '\\') return invalid(start);
        return punctuation(start, c);
    }

    private static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isIdentPart(char c) {
        return isIdentStart(c) || (c >= '0' && c <= '9');
    }

    /**
     * A number token as Zig's tokenizer takes it: a digit, then letters, digits and '_', a sign
     * right after an exponent letter, and a '.' followed by a digit or a letter (so {@code 1..2}
     * stays a range). Whether the text is a valid literal is {@link NumberLiterals#check}'s call.
     */
    private Token number(int start) {
        pos++;
        boolean sawPeriod = false;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == 'e' || c == 'E' || c == 'p' || c == 'P') {
                pos++;
                if (peek(0) == '+' || peek(0) == '-') pos++;
            } else if (isIdentPart(c)) {
                pos++;
            } else if (c == '.' && !sawPeriod && isIdentPart(peek(1))) {
                sawPeriod = true;
                pos++;
            } else {
                break;
            }
        }
        String text = src.substring(start, pos);
        return make(NumberLiterals.isFloat(text) ? TokenKind.FLOAT_LITERAL : TokenKind.INT_LITERAL, start);
    }

    /*
     * Strings, character literals, comments and stray characters follow Zig's tokenizer: a
     * literal cut by a newline or the end of the file, a control character (tab included) in a
     * literal or comment, a carriage return not followed by a newline in a comment, a lone '\\'
     * or '@' make one INVALID token, reaching to the end of the line, that the parser then reports
     * ("expected expression, found 'invalid token'") exactly where Zig does.
     */

    private static boolean isControl(char c) {
        return c < 0x20 && c != '\n' || c == 0x7f;
    }

    /** Zig's tokenizer "invalid" state: the token runs to the end of the line. */
    private Token invalid(int start) {
        while (pos < src.length() && src.charAt(pos) != '\n') pos++;
        if (pos == start) pos++;
        return make(TokenKind.INVALID, start);
    }

    private Token string(int start) {
        return quoted(start, '"', TokenKind.STRING_LITERAL);
    }

    private Token charLiteral(int start) {
        return quoted(start, '\'', TokenKind.CHAR_LITERAL);
    }

    private Token quoted(int start, char quote, TokenKind kind) {
        pos++; // opening quote
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\n') break;
            if (isControl(c)) return invalid(start);
            pos++;
            if (c == quote) return make(kind, start);
            if (c == '\\') {
                if (pos >= src.length() || src.charAt(pos) == '\n') break;
                if (isControl(src.charAt(pos))) return invalid(start);
                pos++;
            }
        }
        return make(TokenKind.INVALID, start);
    }

    /** A line comment: skipped, or an INVALID token when it holds a character Zig does not allow. */
    private Token comment(int start) {
        pos += 2;
        while (pos < src.length() && src.charAt(pos) != '\n') {
            char c = src.charAt(pos);
            if (c == '\r') {
                if (pos + 1 < src.length() && src.charAt(pos + 1) == '\n') break;
                return invalid(start);
            }
            if (isControl(c)) return invalid(start);
            pos++;
        }
        if (keepComments) return make(TokenKind.DOC_COMMENT, start);
        // a doc comment (`///`, not `////`) is a token for the parser, which allows it only before a member or parameter
        boolean doc = pos - start >= 3 && src.charAt(start + 2) == '/' && (pos - start == 3 || src.charAt(start + 3) != '/');
        return doc ? make(TokenKind.DOC_COMMENT, start) : null;
    }

    private Token multilineString(int start) {
        // consecutive \\ lines form one literal
        int end = start;
        while (true) {
            int lineStart = pos;
            while (pos < src.length() && src.charAt(pos) != '\n') {
                char c = src.charAt(pos);
                boolean crlf = c == '\r' && pos + 1 < src.length() && src.charAt(pos + 1) == '\n';
                if (isControl(c) && !crlf) {
                    if (lineStart == start) return invalid(start);
                    // the lines before this one are the literal; this line is lexed again as invalid
                    pos = end;
                    return make(TokenKind.MULTILINE_STRING, start);
                }
                pos++;
            }
            end = pos;
            int save = pos;
            while (pos < src.length() && (src.charAt(pos) == '\n' || src.charAt(pos) == ' ' || src.charAt(pos) == '\t' || src.charAt(pos) == '\r')) pos++;
            if (peek(0) == '\\' && peek(1) == '\\') continue;
            pos = save;
            break;
        }
        pos = end;
        return make(TokenKind.MULTILINE_STRING, start);
    }

    private Token punctuation(int start, char c) {
        String[] candidates = {
            "<<|=", "...", "<<=", ">>=", "+%=", "-%=", "*%=", "+|=", "-|=", "*|=", "<<|",
            "..", ".*", ".?", "!=", "==", "=>", "+=", "+%", "+|", "++", "-=", "-%", "-|", "->",
            "*=", "*%", "*|", "**", "/=", "%=", "&=", "|=", "||", "^=", "<=", "<<", ">=", ">>",
            "(", ")", "{", "}", "[", "]", ";", ":", ",", ".", "?", "!", "=", "+", "-", "*", "/",
            "%", "&", "|", "^", "~", "<", ">"
        };
        for (String cand : candidates) {
            if (src.startsWith(cand, pos)) {
                // `.*` followed by `*` would be a deref then multiply; Zig lexes `.**` as `.*` `*`; fine.
                pos += cand.length();
                return make(PUNCT.get(cand), start);
            }
        }
        return invalid(start);
    }

    private static final java.util.Map<String, TokenKind> PUNCT = new java.util.HashMap<>();

    static {
        for (TokenKind k : TokenKind.values()) {
            if (!k.isKeyword() && k.text() != null) PUNCT.put(k.text(), k);
        }
    }

    // ---- literal decoding, shared by the parser ----

    /** Decodes the bytes of a string literal token (with quotes) into UTF-8 bytes, reporting bad escapes. */
    public static byte[] decodeString(Token t, List<Diagnostic> diagnostics) {
        var out = new java.io.ByteArrayOutputStream();
        String s = t.text();
        if (t.kind() == TokenKind.MULTILINE_STRING) {
            boolean first = true;
            for (String raw : s.split("\n", -1)) {
                String line = raw.stripLeading();
                if (!line.startsWith("\\\\")) continue;
                if (!first) out.write('\n');
                first = false;
                String content = line.substring(2);
                if (content.endsWith("\r")) content = content.substring(0, content.length() - 1);
                byte[] b = content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            }
            return out.toByteArray();
        }
        int i = s.startsWith("@") ? 2 : 1;
        int end = s.length() - 1;
        while (i < end) {
            char c = s.charAt(i);
            if (c == '\\') {
                int[] r = decodeEscape(s, i);
                if (r[0] < 0) {
                    escapeError(t, s, r[1], -r[0], diagnostics);
                    return out.toByteArray();
                }
                if (s.charAt(i + 1) == 'u' && r[0] >= 0xD800 && r[0] <= 0xDFFF) {
                    // a surrogate has no UTF-8 encoding
                    escapeError(t, s, i + 2, BAD_CODEPOINT, diagnostics);
                    return out.toByteArray();
                }
                writeCodepoint(out, r[0], s.charAt(i + 1) == 'x');
                i = r[1];
            } else {
                int cp = s.codePointAt(i);
                writeCodepoint(out, cp, false);
                i += Character.charCount(cp);
            }
        }
        return out.toByteArray();
    }

    /** The code point of a character literal token (Zig's parseCharLiteral, errors reported as AstGen does). */
    public static int decodeChar(Token t, List<Diagnostic> diagnostics) {
        String s = t.text();
        if (s.length() < 3) {
            diagnostics.add(Diagnostic.error(t.span(), "empty character literal"));
            return 0;
        }
        if (s.charAt(1) == '\\') {
            int[] r = decodeEscape(s, 1);
            if (r[0] < 0) {
                escapeError(t, s, r[1], -r[0], diagnostics);
                return 0;
            }
            if (r[1] + 1 != s.length() || s.charAt(r[1]) != '\'') {
                escapeError(t, s, r[1], EXPECTED_QUOTE, diagnostics);
                return 0;
            }
            return r[0];
        }
        int cp = s.codePointAt(1);
        int n = Character.charCount(cp);
        if (1 + n != s.length() - 1) {
            escapeError(t, s, 1 + n, EXPECTED_QUOTE, diagnostics);
            return 0;
        }
        return cp;
    }

    // escape failures, as Zig's std.zig.string_literal.Error names them
    private static final int BAD_ESCAPE = 1, EXPECTED_HEX = 2, EMPTY_UNICODE = 3, EXPECTED_HEX_OR_RBRACE = 4,
        BAD_CODEPOINT = 5, EXPECTED_LBRACE = 6, EXPECTED_RBRACE = 7, EXPECTED_QUOTE = 8;

    /**
     * Zig's parseEscapeSequence on the escape at {@code i}: {value, next index} on success,
     * {-failure, index of the offending character} on failure.
     */
    private static int[] decodeEscape(String s, int i) {
        if (i + 1 >= s.length()) return new int[] {-BAD_ESCAPE, i + 1};
        int at = i + 2;
        switch (s.charAt(i + 1)) {
            case 'n': return new int[] {'\n', at};
            case 'r': return new int[] {'\r', at};
            case 't': return new int[] {'\t', at};
            case '\\': return new int[] {'\\', at};
            case '\'': return new int[] {'\'', at};
            case '"': return new int[] {'"', at};
            case 'x': {
                int value = 0;
                for (int j = at; j < at + 2; j++) {
                    int d = j < s.length() ? hexDigit(s.charAt(j)) : -1;
                    if (d < 0) return new int[] {-EXPECTED_HEX, j};
                    value = value * 16 + d;
                }
                return new int[] {value, at + 2};
            }
            case 'u': {
                int j = at;
                if (j >= s.length() || s.charAt(j) != '{') return new int[] {-EXPECTED_LBRACE, j};
                j++;
                if (j >= s.length()) return new int[] {-EXPECTED_HEX_OR_RBRACE, j};
                if (s.charAt(j) == '}') return new int[] {-EMPTY_UNICODE, j};
                long value = 0;
                for (; j < s.length(); j++) {
                    char c = s.charAt(j);
                    if (c == '}') return new int[] {(int) value, j + 1};
                    int d = hexDigit(c);
                    if (d < 0) return new int[] {-EXPECTED_HEX_OR_RBRACE, j};
                    value = value * 16 + d;
                    if (value > 0x10FFFF) return new int[] {-BAD_CODEPOINT, j};
                }
                return new int[] {-EXPECTED_RBRACE, j};
            }
            default:
                return new int[] {-BAD_ESCAPE, i + 1};
        }
    }

    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    /** Reports an escape failure at the offending character, in AstGen's words. */
    private static void escapeError(Token t, String s, int index, int failure, List<Diagnostic> diagnostics) {
        String ch = index < s.length() ? String.valueOf(s.charAt(index)) : "";
        String message = switch (failure) {
            case BAD_ESCAPE -> "invalid escape character: '" + ch + "'";
            case EXPECTED_HEX -> "expected hex digit, found '" + ch + "'";
            case EMPTY_UNICODE -> "empty unicode escape sequence";
            case EXPECTED_HEX_OR_RBRACE -> "expected hex digit or '}', found '" + ch + "'";
            case BAD_CODEPOINT -> "unicode escape does not correspond to a valid unicode scalar value";
            case EXPECTED_LBRACE -> "expected '{', found '" + ch;
            case EXPECTED_RBRACE -> "expected '}', found '" + ch;
            default -> "expected single quote ('), found '" + ch;
        };
        int off = t.start() + index;
        diagnostics.add(Diagnostic.error(new Span(t.span().file(), off, off + 1), message));
    }

    private static void writeCodepoint(java.io.ByteArrayOutputStream out, int cp, boolean rawByte) {
        if (rawByte || cp < 0x80 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            out.write(cp);
            return;
        }
        byte[] b = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.write(b, 0, b.length);
    }
}
