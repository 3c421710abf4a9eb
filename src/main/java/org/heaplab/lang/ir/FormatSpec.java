package org.heaplab.lang.ir;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.heaplab.lang.types.Type;

/**
 * A parsed Zig format string ({@code "x = {d:>5}\n"}): literal text and placeholders
 * {@code {[arg][specifier][:[fill][alignment][width][.precision]]}}. Used by the checker to
 * reject bad format strings as Zig does, and by the runtime to format.
 */
public record FormatSpec(List<Piece> pieces, int argsUsed) {

    public sealed interface Piece permits Literal, Placeholder {}

    public record Literal(byte[] bytes) implements Piece {}

    /**
     * @param arg       index of the argument
     * @param name      a {@code [name]} reference, or null
     * @param spec      the specifier: "", "d", "s", "any", "?d", ...
     * @param alignment '<', '^' or '>' (Zig's default is right)
     * @param width     minimum width, or -1
     * @param precision digits after the point, or -1
     */
    public record Placeholder(int arg, String name, String spec, int fill, char alignment, long width, int precision, int widthArg, int precisionArg)
            implements Piece {
        /** A placeholder whose width and precision (if any) are written in it. */
        public Placeholder(int arg, String name, String spec, int fill, char alignment, long width, int precision) {
            this(arg, name, spec, fill, alignment, width, precision, -1, -1);
        }
    }


    /** A format string Zig rejects; {@code location} is where in Zig's fmt.zig the error is reported. */
    public static final class FormatError extends Exception {
        public final String location;
        /** Zig's notes under the error, each {where in std, text}. */
        public final List<String[]> notes;

        FormatError(String location, String message) {
            this(location, message, List.of());
        }

        FormatError(String location, String message, List<String[]> notes) {
            super(message, null, false, false);
            this.location = location;
            this.notes = notes;
        }
    }

    /**
     * The specifier Zig applies to a value of type {@code t}: {@code any} becomes the type's
     * default, and a {@code ?} or {@code !} meant for an optional or error union is dropped on
     * other types.
     */
    public static String resolve(String spec, Type t) {
        if (spec.equals("any")) return defaultSpec(t);
        boolean wrapperSpec = !spec.isEmpty() && (spec.charAt(0) == '?' || spec.charAt(0) == '!');
        return wrapperSpec && !(t instanceof Type.Optional) && !(t instanceof Type.ErrorUnion) ? payload(spec) : spec;
    }

    /** The specifier for the payload of an optional or error union: without its leading {@code ?} or {@code !}. */
    public static String payload(String spec) {
        if (spec.isEmpty()) return spec;
        return spec.substring(1);
    }

    /** Zig's default specifier for {@code {any}}. */
    private static String defaultSpec(Type t) {
        return switch (t) {
            case Type.Array a -> "any";
            case Type.Vector v -> "any";
            case Type.Pointer p -> switch (p.size()) {
                case ONE -> p.child() instanceof Type.Array ? "any" : "";
                case MANY, C -> "*";
                case SLICE -> "any";
            };
            case Type.Optional o -> "?" + defaultSpec(o.child());
            case Type.ErrorUnion eu -> "!" + defaultSpec(eu.payload());
            default -> "";
        };
    }

    /** The argument a width or precision names (a tuple's fields are named by their positions). */
    private static int namedArg(String name, List<String> argNames) throws FormatError {
        int i = argNames.indexOf(name);
        if (i < 0) throw new FormatError("fmt.zig:167:21", "no argument with name '" + name + "'");
        return i;
    }

    /** Zig's format parser reads ASCII digits only. */
    private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

    /**
     * A position, width or precision, read as Zig's {@code Parser.number} does: a {@code usize}
     * that overflows is its compile error. Past what a long holds it is a width no output limit
     * lets finish: the largest long stands for it (a position or precision is then capped to an int).
     */
    private static long number(String digits, String calledFrom) throws FormatError {
        BigInteger r = BigInteger.ZERO;
        for (int i = 0; i < digits.length(); i++) {
            BigInteger times10 = r.multiply(BigInteger.TEN);
            if (times10.bitLength() > 64) throw overflow("fmt.zig:330:25", times10, calledFrom);
            r = times10.add(BigInteger.valueOf(digits.charAt(i) - '0'));
            if (r.bitLength() > 64) throw overflow("fmt.zig:331:25", r, calledFrom);
        }
        return r.bitLength() > 63 ? Long.MAX_VALUE : r.longValue();
    }

    private static FormatError overflow(String at, BigInteger value, String calledFrom) {
        List<String[]> notes = List.of(new String[] {"fmt.zig:380:24", "called from here"}, new String[] {calledFrom, "called from here"},
                new String[] {"fmt.zig:155:55", "called from here"});
        return new FormatError(at, "overflow of integer type 'usize' with value '" + value + "'", notes);
    }

    public static FormatSpec parse(byte[] fmt, int argCount, List<String> argNames) throws FormatError {
        String s = new String(fmt, StandardCharsets.UTF_8);
        List<Piece> pieces = new ArrayList<>();
        var lit = new StringBuilder();
        int next = 0;
        boolean[] used = new boolean[argCount];
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '{' && i + 1 < s.length() && s.charAt(i + 1) == '{') {
                lit.append('{');
                i += 2;
                continue;
            }
            if (c == '}' && i + 1 < s.length() && s.charAt(i + 1) == '}') {
                lit.append('}');
                i += 2;
                continue;
            }
            if (c == '}') throw new FormatError("fmt.zig:135:13", "missing opening {");
            if (c != '{') {
                lit.append(c);
                i++;
                continue;
            }
            int close = s.indexOf('}', i + 1);
            if (close < 0) throw new FormatError("fmt.zig:148:13", "missing closing }");
            if (!lit.isEmpty()) {
                pieces.add(new Literal(lit.toString().getBytes(StandardCharsets.UTF_8)));
                lit.setLength(0);
            }
            String body = s.substring(i + 1, close);
            i = close + 1;
            // argument: a position or [name]
            int arg = -1;
            String name = null;
            int p = 0;
            if (p < body.length() && body.charAt(p) == '[') {
                int end = body.indexOf(']', p);
                if (end < 0) throw new FormatError("fmt.zig:232:13", "InvalidPlaceholder");
                name = body.substring(p + 1, end);
                p = end + 1;
                arg = argNames.indexOf(name);
                if (arg < 0) throw new FormatError("fmt.zig:160:17", "no argument with name '" + name + "'");
            } else {
                int start = p;
                while (p < body.length() && isDigit(body.charAt(p))) p++;
                if (p > start) arg = (int) Math.min(number(body.substring(start, p), "fmt.zig:231:46"), Integer.MAX_VALUE);
            }
            int colon = body.indexOf(':', p);
            String spec = colon < 0 ? body.substring(p) : body.substring(p, colon);
            int fill = ' ';
            char align = '>';
            long width = -1;
            int precision = -1;
            int widthArg = -1;
            int precisionArg = -1;
            if (colon >= 0) {
                String opts = body.substring(colon + 1);
                int q = 0;
                if (opts.length() >= 2 && "<^>".indexOf(opts.charAt(1)) >= 0) {
                    fill = opts.codePointAt(0);
                    align = opts.charAt(1);
                    q = 2;
                } else if (!opts.isEmpty() && "<^>".indexOf(opts.charAt(0)) >= 0) {
                    align = opts.charAt(0);
                    q = 1;
                }
                int ws = q;
                if (q < opts.length() && opts.charAt(q) == '[') {
                    // the width is an argument: {d:[w]} or {d:[1]}
                    int end = opts.indexOf(']', q);
                    if (end < 0) throw new FormatError("fmt.zig:232:13", "Expected closing ]");
                    widthArg = namedArg(opts.substring(q + 1, end), argNames);
                    used[widthArg] = true;
                    q = end + 1;
                } else {
                    while (q < opts.length() && isDigit(opts.charAt(q))) q++;
                    if (q > ws) width = number(opts.substring(ws, q), "fmt.zig:278:48");
                }
                if (q < opts.length() && opts.charAt(q) == '.') {
                    q++;
                    int ps = q;
                    if (q < opts.length() && opts.charAt(q) == '[') {
                        int end = opts.indexOf(']', q);
                        if (end < 0) throw new FormatError("fmt.zig:232:13", "Expected closing ]");
                        precisionArg = namedArg(opts.substring(q + 1, end), argNames);
                        used[precisionArg] = true;
                        q = end + 1;
                    } else {
                        while (q < opts.length() && isDigit(opts.charAt(q))) q++;
                        precision = q > ps ? (int) Math.min(number(opts.substring(ps, q), "fmt.zig:289:52"), Integer.MAX_VALUE) : 0;
                    }
                }
                if (q < opts.length()) throw new FormatError("fmt.zig:293:13", "extraneous trailing character '" + opts.charAt(q) + "'");
            }
            if (arg < 0) arg = next++;
            if (arg >= argCount) throw new FormatError("fmt.zig:186:13", "too few arguments");
            used[arg] = true;
            pieces.add(new Placeholder(arg, name, spec, fill, align, width, precision, widthArg, precisionArg));
        }
        if (!lit.isEmpty()) pieces.add(new Literal(lit.toString().getBytes(StandardCharsets.UTF_8)));
        int unused = 0;
        for (boolean u : used) if (!u) unused++;
        if (unused == 1) throw new FormatError("fmt.zig:206:18", "unused argument in '" + s + "'");
        if (unused > 1) throw new FormatError("fmt.zig:207:23", unused + " unused arguments in '" + s + "'");
        return new FormatSpec(List.copyOf(pieces), argCount);
    }
}
