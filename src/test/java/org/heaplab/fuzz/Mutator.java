package org.heaplab.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import org.heaplab.lang.lex.Lexer;
import org.heaplab.lang.lex.Token;
import org.heaplab.lang.lex.TokenKind;
import org.heaplab.source.SourceFile;

/**
 * Turns a seed program into a nearby program a learner (or a cat on the keyboard) could type.
 * Token-aware edits use the lab's own lexer: delete, duplicate, swap and replace tokens; put
 * extreme values in literals and format strings; swap type, builtin and operator names. Byte-level
 * edits cut, insert stray or invalid characters and swap characters. Structural edits splice a
 * piece of another seed in, or wrap an expression or a block in deep nesting. Each mutation is
 * named (for the reports) in {@link #applied}.
 */
final class Mutator {
    static final String[] INTS = {"0", "1", "-1", "255", "256", "65535", "65536", "2147483647", "4294967295", "4294967296",
            "9223372036854775807", "-9223372036854775808", "18446744073709551615", "18446744073709551616",
            "170141183460469231731687303715884105727", "170141183460469231731687303715884105728",
            "-170141183460469231731687303715884105729", "340282366920938463463374607431768211456",
            "0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "(1 << 127)", "(1 << 64)", "(1 << 63)", "-0", "0b1111_1111", "0o777", "1_000_000_000_000",
            "999999999999999999999999999999999999999999999999999999999999", "@as(u64, 1) << 63", "std.math.maxInt(u64)",
            "std.math.minInt(i64)", "std.math.maxInt(usize)"};
    /** Values most integer types still hold, so the program still compiles and runs with them. */
    static final String[] SMALL_INTS = {"0", "1", "2", "3", "7", "8", "15", "16", "31", "63", "64", "100", "127", "128", "255", "1000"};
    static final String[] FLOATS = {"0.0", "-0.0", "1e308", "1e309", "-1e308", "1.7976931348623157e308", "4.9e-324", "0x1p-1074",
            "0x1.fffffffffffffp1023", "1e-400", "(0.0 / 0.0)", "std.math.nan(f64)", "std.math.inf(f64)", "-std.math.inf(f32)",
            "3.4028235e38", "123456789012345678901234567890.5", "1e19", "-1e19"};
    static final String[] STRINGS = {"\"\"", "\"\\u{10FFFF}\"", "\"\\u{110000}\"", "\"\\u{D800}\"", "\"\\xff\\xfe\"", "\"\\x00\"",
            "\"{d:>99999}\"", "\"{s:>99999999}\"", "\"{d:.99999}\"", "\"{}{}{}{}{}{}\"", "\"{\"", "\"}\"", "\"{any}\"", "\"{x:0>64}\"",
            "\"{e}\"", "\"{*}\"", "\"{?}\"", "\"{!}\"", "\"{b:0>128}\"", "\"{c}\"", "\"{u}\"", "\"{s}\\n\"", "\"{d:99999999999999999999}\"",
            "\"{[0]s} {[99]d}\"", "\"{0} {1} {2} {3}\"", "\"\\n\\n\\n\"", "\"{:*^4096}\"", "\"é😀\\t\\r\""};
    static final String[] CHARS = {"'\\u{10FFFF}'", "'\\u{D800}'", "'\\u{110000}'", "'\\xff'", "'\\x00'", "'😀'", "'\\''", "0"};
    static final String[] TYPES = {"u0", "u1", "u8", "i8", "u16", "i32", "u64", "i64", "u128", "i128", "u65535", "i65535", "usize", "isize",
            "f16", "f32", "f64", "f80", "f128", "bool", "void", "noreturn", "anyerror", "comptime_int", "comptime_float", "type",
            "anyopaque", "[*]u8", "?*u8", "?*const u8", "[]u8", "[]const u8", "[0]u8", "[1 << 20]u8", "[4294967296]u8", "[:0]const u8",
            "*const [3:0]u8", "@Vector(4, u8)", "?void", "anyerror!void", "error{A}", "[*c]u8", "*anyopaque", "@TypeOf(null)",
            "@This()", "struct {}", "enum {}", "union {}", "opaque {}", "?noreturn", "[2][2]u8", "*[0]u8"};
    static final Set<String> TYPE_NAMES = Set.of("u8", "u16", "u32", "u64", "u128", "i8", "i16", "i32", "i64", "i128", "usize", "isize",
            "f16", "f32", "f64", "f80", "f128", "bool", "void", "noreturn", "anyerror", "comptime_int", "comptime_float", "type",
            "anyopaque", "u1", "u0", "u2", "u3", "u4", "u5", "u6", "u7", "i1", "i2", "i3", "u21", "c_int", "c_uint");
    static final String[] BUILTINS = {"@compileError", "@setEvalBranchQuota", "@embedFile", "@import", "@cImport", "@field", "@call",
            "@src", "@bitCast", "@ptrCast", "@intFromFloat", "@floatFromInt", "@floatCast", "@intCast", "@truncate", "@splat", "@reduce",
            "@Type", "@typeInfo", "@hasDecl", "@hasField", "@memcpy", "@memset", "@sizeOf", "@bitSizeOf", "@alignOf", "@offsetOf",
            "@errorName", "@tagName", "@enumFromInt", "@intFromEnum", "@errorFromInt", "@intFromError", "@ptrFromInt", "@intFromPtr",
            "@alignCast", "@constCast", "@volatileCast", "@min", "@max", "@abs", "@sqrt", "@mod", "@rem", "@divExact", "@divTrunc",
            "@divFloor", "@shlExact", "@shrExact", "@clz", "@ctz", "@popCount", "@byteSwap", "@bitReverse", "@addWithOverflow",
            "@mulWithOverflow", "@This", "@TypeOf", "@panic", "@returnAddress", "@frameAddress", "@as", "@unionInit", "@fieldParentPtr",
            "@compileLog", "@breakpoint", "@trap", "@inComptime", "@typeName", "@errorCast", "@select", "@shuffle", "@Vector"};
    static final String[] OPERATORS = {"+", "-", "*", "/", "%", "+%", "-%", "*%", "+|", "-|", "*|", "<<", ">>", "<<|", "&", "|", "^",
            "==", "!=", "<", "<=", ">", ">=", "and", "or", "orelse", "catch", "++", "**", "||", "=", "+=", "-=", "*=", "/=", "<<=", ">>="};
    static final String[] NOISE = {"{", "}", "(", ")", ";", ",", ".", "*", "&", "try ", "defer ", "errdefer ", "const ", "var ", "0",
            "\"", "'", "|", "=", "[", "]", "!", "?", "@", "..", "...", "fn ", "return ", "u8", "null", "undefined", "\n", "comptime ",
            "inline ", "unreachable", ".*", ".?", "=>", "\\\\", "//", "///", "&&", "else ", "_", "x", "@This()", "anytype", "error."};
    static final String[] ODD_CHARS = {"\u0000", "\u0001", "\u001b", "\u007f", "\r", "\t", "\u00a0", "\u200b", "\ufeff", "\ufffd",
            "\ud800", "\udc00", "\ud83d", "\uD83D\uDE00", "\u2028", "é", "\\", "`", "$", "#", "~"};

    private final List<Seeds.Seed> seeds;
    private final String[] builtins;
    /** What the last {@link #mutate} did, one name per edit. */
    final List<String> applied = new ArrayList<>();

    /** The deepest nesting the structural edits make; a long string literal is at most a hundred times that. */
    private final int maxDepth;

    Mutator(List<Seeds.Seed> seeds, int maxDepth) {
        this.seeds = seeds;
        this.maxDepth = maxDepth;
        Set<String> b = new TreeSet<>(List.of(BUILTINS));
        for (Seeds.Seed s : seeds.subList(0, Math.min(seeds.size(), 400))) {
            for (Token t : tokens(s.text())) if (t.kind() == TokenKind.BUILTIN) b.add(t.text());
        }
        this.builtins = b.toArray(String[]::new);
    }

    static List<Token> tokens(String src) {
        List<Token> ts = new ArrayList<>(Lexer.tokenize(new SourceFile("main.zig", src), new ArrayList<>()));
        if (!ts.isEmpty() && ts.getLast().kind() == TokenKind.EOF) ts.removeLast();
        return ts;
    }

    /** One to four edits of {@code src}. */
    String mutate(String src, RandomGenerator r) {
        applied.clear();
        if (r.nextInt(5) < 2) {
            // values only (literals, types, builtins, operators): programs that still compile and run, with odd values
            List<Token> ts = tokens(src);
            if (ts.isEmpty()) return src;
            src = literalOrName(src, ts, r);
            if (r.nextBoolean()) src = literalOrName(src, tokens(src), r);
            return src;
        }
        int edits = 1 + r.nextInt(r.nextInt(8) == 0 ? 4 : 2);
        for (int e = 0; e < edits; e++) src = once(src, r);
        return src;
    }

    private String once(String src, RandomGenerator r) {
        int kind = r.nextInt(100);
        if (kind < 50) {
            List<Token> ts = tokens(src);
            if (!ts.isEmpty()) return tokenEdit(src, ts, r);
        }
        if (kind < 75) return byteEdit(src, r);
        return structuralEdit(src, r);
    }

    private String tokenEdit(String src, List<Token> ts, RandomGenerator r) {
        Token t = ts.get(r.nextInt(ts.size()));
        switch (r.nextInt(10)) {
            case 0 -> {
                int n = 1 + r.nextInt(3);
                Token last = ts.get(Math.min(ts.size() - 1, ts.indexOf(t) + n - 1));
                applied.add("delete tokens");
                return src.substring(0, t.start()) + src.substring(last.end());
            }
            case 1 -> {
                int n = 1 + r.nextInt(4);
                Token last = ts.get(Math.min(ts.size() - 1, ts.indexOf(t) + n - 1));
                applied.add("duplicate tokens");
                return src.substring(0, last.end()) + " " + src.substring(t.start(), last.end()) + src.substring(last.end());
            }
            case 2 -> {
                Token u = r.nextBoolean() ? ts.get(Math.min(ts.size() - 1, ts.indexOf(t) + 1)) : ts.get(r.nextInt(ts.size()));
                applied.add("swap tokens");
                return swap(src, t, u);
            }
            case 3 -> {
                applied.add("replace with another token");
                return replace(src, t, ts.get(r.nextInt(ts.size())).text());
            }
            default -> {
                return literalOrName(src, ts, r);
            }
        }
    }

    /** Replaces a literal with an extreme one, a type with another type, a builtin, an operator. */
    private String literalOrName(String src, List<Token> ts, RandomGenerator r) {
        List<List<Token>> kinds = new ArrayList<>();
        for (int k = 0; k < 6; k++) kinds.add(new ArrayList<>());
        for (Token t : ts) {
            switch (t.kind()) {
                case INT_LITERAL, FLOAT_LITERAL -> kinds.get(0).add(t);
                case STRING_LITERAL -> kinds.get(1).add(t);
                case CHAR_LITERAL -> kinds.get(2).add(t);
                case BUILTIN -> kinds.get(4).add(t);
                case IDENTIFIER -> {
                    if (TYPE_NAMES.contains(t.text()) || t.text().matches("[iu][0-9]+")) kinds.get(3).add(t);
                }
                case LBRACE, RBRACE, LPAREN, RPAREN, LBRACKET, RBRACKET, SEMICOLON, COMMA, DOT, COLON -> { }
                default -> {
                    if (t.kind().text() != null && !t.kind().isKeyword() || t.kind() == TokenKind.KW_AND || t.kind() == TokenKind.KW_OR
                            || t.kind() == TokenKind.KW_ORELSE || t.kind() == TokenKind.KW_CATCH) {
                        kinds.get(5).add(t);
                    }
                }
            }
        }
        List<Integer> present = new ArrayList<>();
        for (int k = 0; k < 6; k++) if (!kinds.get(k).isEmpty()) present.add(k);
        if (present.isEmpty()) {
            applied.add("no literal: delete token");
            Token t = ts.get(r.nextInt(ts.size()));
            return src.substring(0, t.start()) + src.substring(t.end());
        }
        int which = present.get(r.nextInt(present.size()));
        List<Token> of = kinds.get(which);
        Token t = of.get(r.nextInt(of.size()));
        return switch (which) {
            case 0 -> {
                applied.add("extreme number");
                String[] pool = r.nextInt(3) == 0 ? FLOATS : r.nextBoolean() ? SMALL_INTS : INTS;
                yield replace(src, t, pick(pool, r));
            }
            case 1 -> {
                applied.add("extreme string");
                yield replace(src, t, extremeString(t.text(), r));
            }
            case 2 -> {
                applied.add("extreme char");
                yield replace(src, t, pick(CHARS, r));
            }
            case 3 -> {
                applied.add("swap type");
                yield replace(src, t, pick(TYPES, r));
            }
            case 4 -> {
                applied.add("swap builtin");
                yield replace(src, t, pick(builtins, r));
            }
            default -> {
                applied.add("swap operator");
                yield replace(src, t, pick(OPERATORS, r));
            }
        };
    }

    private String extremeString(String old, RandomGenerator r) {
        if (old.contains("{") && r.nextBoolean()) {
            // keep the format string, make one of its placeholders extreme
            String[] specs = {"{d:>99999}", "{s:>99999999}", "{d:.99999}", "{:*^70000}", "{x:0>99999}", "{d:99999999999999999999}",
                    "{e:.65535}", "{any}", "{s}", "{d}", "{c}", "{}", "{?}", "{!}", "{*}", "{b}", "{o}", "{X}", "{u}", "{[9]}", "{"};
            return old.replaceFirst("\\{[^{}]*\\}", java.util.regex.Matcher.quoteReplacement(pick(specs, r)));
        }
        if (r.nextInt(6) == 0) return "\"" + "a".repeat(Math.min(r.nextBoolean() ? 70_000 : 1 << 20, maxDepth * 100)) + "\"";
        return pick(STRINGS, r);
    }

    private String byteEdit(String src, RandomGenerator r) {
        if (src.isEmpty()) return pick(NOISE, r);
        int at = r.nextInt(src.length() + 1);
        var sb = new StringBuilder(src);
        switch (r.nextInt(6)) {
            case 0 -> {
                applied.add("delete bytes");
                sb.delete(Math.min(at, sb.length()), Math.min(sb.length(), at + 1 + r.nextInt(12)));
            }
            case 1 -> {
                applied.add("insert noise");
                sb.insert(at, pick(NOISE, r));
            }
            case 2 -> {
                applied.add("insert odd characters");
                int n = 1 + r.nextInt(3);
                for (int i = 0; i < n; i++) sb.insert(at, pick(ODD_CHARS, r));
            }
            case 3 -> {
                applied.add("truncate");
                sb.setLength(at);
            }
            case 4 -> {
                applied.add("swap characters");
                if (sb.length() > 1) {
                    int a = Math.min(at, sb.length() - 1);
                    int b = r.nextInt(sb.length());
                    char c = sb.charAt(a);
                    sb.setCharAt(a, sb.charAt(b));
                    sb.setCharAt(b, c);
                }
            }
            default -> {
                applied.add("duplicate bytes");
                int end = Math.min(sb.length(), at + 1 + r.nextInt(40));
                sb.insert(end, sb.substring(Math.min(at, end), end));
            }
        }
        return sb.toString();
    }

    private String structuralEdit(String src, RandomGenerator r) {
        List<String> lines = new ArrayList<>(src.lines().toList());
        switch (r.nextInt(5)) {
            case 0, 1 -> {
                // a piece of another program, at a line of this one
                List<String> other = seeds.get(r.nextInt(seeds.size())).text().lines().toList();
                if (other.isEmpty()) return src;
                int from = r.nextInt(other.size());
                int to = Math.min(other.size(), from + 1 + r.nextInt(12));
                lines.addAll(lines.isEmpty() ? 0 : r.nextInt(lines.size() + 1), other.subList(from, to));
                applied.add("splice");
                return String.join("\n", lines) + "\n";
            }
            case 2 -> {
                // a literal wrapped in deep parentheses, or in a deep expression
                List<Token> ts = tokens(src);
                List<Token> lits = ts.stream().filter(t -> t.kind() == TokenKind.INT_LITERAL || t.kind() == TokenKind.IDENTIFIER).toList();
                if (lits.isEmpty()) return src;
                Token t = lits.get(r.nextInt(lits.size()));
                int depth = depth(r);
                String wrapped = switch (r.nextInt(3)) {
                    case 0 -> "(".repeat(depth) + t.text() + ")".repeat(depth);
                    case 1 -> "-".repeat(depth) + t.text();
                    default -> (t.text() + " + ").repeat(depth) + t.text();
                };
                applied.add("deep expression " + depth);
                return replace(src, t, wrapped);
            }
            case 3 -> {
                // a statement wrapped in deep blocks (or ifs, or loops)
                List<Integer> stmts = new ArrayList<>();
                for (int i = 0; i < lines.size(); i++) if (lines.get(i).trim().endsWith(";") && lines.get(i).startsWith("    ")) stmts.add(i);
                if (stmts.isEmpty()) return src;
                int i = stmts.get(r.nextInt(stmts.size()));
                int depth = depth(r);
                String[] open = {"{", "if (true) {", "while (true) {", "comptime {", "blk: {"};
                String o = pick(open, r);
                String close = o.startsWith("while") ? "break; }" : o.startsWith("blk") ? "break :blk; }" : "}";
                if (o.startsWith("blk")) {
                    var sb = new StringBuilder();
                    for (int d = 0; d < depth; d++) sb.append("b").append(d).append(": {");
                    sb.append(lines.get(i));
                    for (int d = depth - 1; d >= 0; d--) sb.append("break :b").append(d).append(";}");
                    lines.set(i, sb.toString());
                } else {
                    lines.set(i, o.repeat(depth) + lines.get(i) + close.repeat(depth));
                }
                applied.add("deep blocks " + depth);
                return String.join("\n", lines) + "\n";
            }
            default -> {
                // deep types: ?*?*?*u8, [1][1][1]u8, error unions
                List<Token> ts = tokens(src);
                List<Token> types = ts.stream().filter(t -> t.kind() == TokenKind.IDENTIFIER && TYPE_NAMES.contains(t.text())).toList();
                if (types.isEmpty()) return src;
                Token t = types.get(r.nextInt(types.size()));
                int depth = Math.min(depth(r), 2000);
                String[] prefix = {"?", "*", "[1]", "[]", "?*", "anyerror!", "[*]"};
                applied.add("deep type " + depth);
                return replace(src, t, pick(prefix, r).repeat(depth) + t.text());
            }
        }
    }

    private int depth(RandomGenerator r) {
        int d = switch (r.nextInt(4)) {
            case 0 -> 2 + r.nextInt(30);
            case 1 -> 50 + r.nextInt(200);
            case 2 -> 300 + r.nextInt(1000);
            default -> 2000 + r.nextInt(8000);
        };
        return Math.min(d, maxDepth);
    }

    private static String replace(String src, Token t, String with) {
        return src.substring(0, t.start()) + with + src.substring(t.end());
    }

    private static String swap(String src, Token a, Token b) {
        if (a.start() > b.start()) return swap(src, b, a);
        if (a.end() > b.start()) return src;
        return src.substring(0, a.start()) + b.text() + src.substring(a.end(), b.start()) + a.text() + src.substring(b.end());
    }

    private static String pick(String[] xs, RandomGenerator r) { return xs[r.nextInt(xs.length)]; }
}
