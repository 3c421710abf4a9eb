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

        if (c == '/' && peek(1) == '/') {
            while (pos < src.length() && src.charAt(pos) != '\n') pos++;
            return keepComments ? make(TokenKind.DOC_COMMENT, start) : null;
        }
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
                if (s.kind() != TokenKind.STRING_LITERAL) return s;
                // @"name": the name is what is between the quotes
                String t = s.text();
                return new Token(TokenKind.IDENTIFIER, t.substring(1, t.length() - 1), new Span(file, start, pos));
            }
            pos++;
            if (!isIdentStart(peek(0))) {
                error(start, pos, "expected an identifier after '@'");
                return make(TokenKind.INVALID, start);
            }
            while (pos < src.length() && isIdentPart(src.charAt(pos))) pos++;
            return make(TokenKind.BUILTIN, start);
        }
        if (Character.isDigit(c)) return number(start);
        if (c == '"') return string(start);
        if (c == '\'') return charLiteral(start);
        if (c == '\\' && peek(1) == '\\') return multilineString(start);
        return punctuation(start, c);
    }

    private static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isIdentPart(char c) {
        return isIdentStart(c) || (c >= '0' && c <= '9');
    }

    private Token number(int start) {
        boolean isFloat = false;
        int radix = 10;
        if (src.charAt(pos) == '0' && (peek(1) == 'x' || peek(1) == 'o' || peek(1) == 'b')) {
            radix = switch (peek(1)) { case 'x' -> 16; case 'o' -> 8; default -> 2; };
            pos += 2;
        }
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '_' || Character.digit(c, radix) >= 0) {
                pos++;
            } else if (c == '.' && radix == 10 && Character.isDigit(peek(1)) && !isFloat) {
                isFloat = true;
                pos++;
            } else if ((c == 'e' || c == 'E') && radix == 10) {
                isFloat = true;
                pos++;
                if (peek(0) == '+' || peek(0) == '-') pos++;
            } else if ((c == 'p' || c == 'P') && radix == 16) {
                isFloat = true;
                pos++;
                if (peek(0) == '+' || peek(0) == '-') pos++;
            } else if (c == '.' && radix == 16 && Character.digit(peek(1), 16) >= 0 && !isFloat) {
                isFloat = true;
                pos++;
            } else {
                break;
            }
        }
        while (pos < src.length() && isIdentPart(src.charAt(pos))) {
            // 12abc: Zig reports an invalid digit
            pos++;
            error(start, pos, "invalid digit in number literal");
        }
        return make(isFloat ? TokenKind.FLOAT_LITERAL : TokenKind.INT_LITERAL, start);
    }

    private Token string(int start) {
        pos++; // opening quote
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\n') break;
            if (c == '\\') { pos += 2; continue; }
            pos++;
            if (c == '"') return make(TokenKind.STRING_LITERAL, start);
        }
        error(start, pos, "unterminated string literal");
        return make(TokenKind.INVALID, start);
    }

    private Token charLiteral(int start) {
        pos++;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\n') break;
            if (c == '\\') { pos += 2; continue; }
            pos++;
            if (c == '\'') return make(TokenKind.CHAR_LITERAL, start);
        }
        error(start, pos, "unterminated character literal");
        return make(TokenKind.INVALID, start);
    }

    private Token multilineString(int start) {
        // consecutive \\ lines form one literal
        int end;
        while (true) {
            while (pos < src.length() && src.charAt(pos) != '\n') pos++;
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
        pos++;
        if (Character.isHighSurrogate(c) && pos < src.length()) pos++;
        error(start, pos, "invalid character: '" + src.substring(start, pos) + "'");
        return make(TokenKind.INVALID, start);
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
                int[] r = decodeEscape(s, i, t, diagnostics);
                writeCodepoint(out, r[0], r[2] == 1);
                i = r[1];
            } else {
                int cp = s.codePointAt(i);
                writeCodepoint(out, cp, false);
                i += Character.charCount(cp);
            }
        }
        return out.toByteArray();
    }

    /** The code point of a character literal token. */
    public static int decodeChar(Token t, List<Diagnostic> diagnostics) {
        String s = t.text();
        if (s.length() < 3) {
            diagnostics.add(Diagnostic.error(t.span(), "empty character literal"));
            return 0;
        }
        if (s.charAt(1) == '\\') return decodeEscape(s, 1, t, diagnostics)[0];
        return s.codePointAt(1);
    }

    /** Returns {value, next index, isRawByte}. */
    private static int[] decodeEscape(String s, int i, Token t, List<Diagnostic> diagnostics) {
        char e = i + 1 < s.length() ? s.charAt(i + 1) : '\0';
        switch (e) {
            case 'n': return new int[] {'\n', i + 2, 0};
            case 'r': return new int[] {'\r', i + 2, 0};
            case 't': return new int[] {'\t', i + 2, 0};
            case '\\': return new int[] {'\\', i + 2, 0};
            case '\'': return new int[] {'\'', i + 2, 0};
            case '"': return new int[] {'"', i + 2, 0};
            case 'x': {
                if (i + 4 <= s.length()) {
                    try {
                        return new int[] {Integer.parseInt(s.substring(i + 2, i + 4), 16), i + 4, 1};
                    } catch (NumberFormatException ex) {
                        // fall through to the error
                    }
                }
                break;
            }
            case 'u': {
                int close = s.indexOf('}', i);
                if (i + 2 < s.length() && s.charAt(i + 2) == '{' && close > 0) {
                    try {
                        return new int[] {Integer.parseInt(s.substring(i + 3, close), 16), close + 1, 0};
                    } catch (NumberFormatException ex) {
                        // fall through
                    }
                }
                break;
            }
            default:
                break;
        }
        int off = t.start() + i;
        diagnostics.add(Diagnostic.error(new Span(t.span().file(), off, off + 2), "invalid escape character: '" + e + "'"));
        return new int[] {e, i + 2, 0};
    }

    private static void writeCodepoint(java.io.ByteArrayOutputStream out, int cp, boolean rawByte) {
        if (rawByte || cp < 0x80) {
            out.write(cp);
            return;
        }
        byte[] b = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.write(b, 0, b.length);
    }
}
