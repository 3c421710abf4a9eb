package org.heaplab.trace;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * JSON for snapshots and trace files. Writing walks records by their components (a snapshot is
 * records, lists and plain values all the way down); addresses are written as hex strings,
 * byte arrays as hex. Reading gives maps, lists, strings, longs, doubles, booleans and null.
 */
public final class Json {
    private Json() {}

    /** Components written as hex strings: they hold addresses. */
    private static final Set<String> ADDRESSES = Set.of("address", "base", "pointsTo", "start", "value");

    /** Writes a value; components named in {@code skip} are left out (at every depth). */
    public static String write(Object value, Set<String> skip) {
        var sb = new StringBuilder();
        write(sb, value, skip, 0, null);
        return sb.toString();
    }

    public static String write(Object value) { return write(value, Set.of()); }

    private static void write(StringBuilder sb, Object v, Set<String> skip, int indent, String name) {
        switch (v) {
            case null -> sb.append("null");
            case String s -> string(sb, s);
            case Boolean b -> sb.append(b);
            case Long l when name != null && ADDRESSES.contains(name) -> sb.append('"').append("0x").append(Long.toHexString(l)).append('"');
            case Number n -> sb.append(n);
            case Enum<?> e -> string(sb, e.name().toLowerCase(Locale.ROOT));
            case byte[] bytes -> {
                var hex = new StringBuilder();
                for (byte b : bytes) hex.append(String.format("%02x", b));
                string(sb, hex.toString());
            }
            case long[] longs -> {
                List<Object> l = new ArrayList<>();
                for (long x : longs) l.add(x);
                write(sb, l, skip, indent, null);
            }
            case Record r -> {
                Map<String, Object> m = new LinkedHashMap<>();
                for (RecordComponent c : r.getClass().getRecordComponents()) {
                    if (skip.contains(c.getName())) continue;
                    try {
                        m.put(c.getName(), c.getAccessor().invoke(r));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
                write(sb, m, skip, indent, null);
            }
            case Map<?, ?> m -> {
                if (m.isEmpty()) {
                    sb.append("{}");
                    return;
                }
                sb.append("{\n");
                int i = 0;
                for (var e : m.entrySet()) {
                    pad(sb, indent + 1);
                    string(sb, String.valueOf(e.getKey()));
                    sb.append(": ");
                    write(sb, e.getValue(), skip, indent + 1, String.valueOf(e.getKey()));
                    if (++i < m.size()) sb.append(',');
                    sb.append('\n');
                }
                pad(sb, indent);
                sb.append('}');
            }
            case Collection<?> c -> {
                List<?> list = c instanceof Set<?> set ? set.stream().map(String::valueOf).sorted().toList() : List.copyOf(c);
                if (list.isEmpty()) {
                    sb.append("[]");
                    return;
                }
                sb.append("[\n");
                for (int i = 0; i < list.size(); i++) {
                    pad(sb, indent + 1);
                    write(sb, list.get(i), skip, indent + 1, name);
                    if (i + 1 < list.size()) sb.append(',');
                    sb.append('\n');
                }
                pad(sb, indent);
                sb.append(']');
            }
            default -> string(sb, v.toString());
        }
    }

    private static void pad(StringBuilder sb, int n) {
        sb.append("  ".repeat(n));
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        sb.append('"');
    }

    // ------------------------------------------------------------------ reading

    /** Thrown for text that is not JSON, with where. */
    public static final class ParseError extends RuntimeException {
        public ParseError(String message) { super(message); }
    }

    public static Object parse(String text) {
        var p = new Reader(text);
        p.space();
        Object v = p.value();
        p.space();
        if (p.i != text.length()) throw p.error("unexpected text after the value");
        return v;
    }

    private static final class Reader {
        final String s;
        int i;

        Reader(String s) { this.s = s; }

        ParseError error(String what) {
            int line = 1, col = 1;
            for (int k = 0; k < Math.min(i, s.length()); k++) {
                if (s.charAt(k) == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
            }
            return new ParseError("line " + line + ", column " + col + ": " + what);
        }

        void space() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        }

        Object value() {
            if (i >= s.length()) throw error("the text ends where a value should be");
            char c = s.charAt(i);
            switch (c) {
                case '{' -> {
                    i++;
                    Map<String, Object> m = new LinkedHashMap<>();
                    space();
                    if (peek('}')) return m;
                    while (true) {
                        space();
                        if (i >= s.length() || s.charAt(i) != '"') throw error("expected a quoted name");
                        String k = str();
                        space();
                        expect(':');
                        space();
                        m.put(k, value());
                        space();
                        if (peek('}')) return m;
                        expect(',');
                    }
                }
                case '[' -> {
                    i++;
                    List<Object> l = new ArrayList<>();
                    space();
                    if (peek(']')) return l;
                    while (true) {
                        space();
                        l.add(value());
                        space();
                        if (peek(']')) return l;
                        expect(',');
                    }
                }
                case '"' -> {
                    return str();
                }
                default -> {
                    if (s.startsWith("true", i)) {
                        i += 4;
                        return Boolean.TRUE;
                    }
                    if (s.startsWith("false", i)) {
                        i += 5;
                        return Boolean.FALSE;
                    }
                    if (s.startsWith("null", i)) {
                        i += 4;
                        return null;
                    }
                    int st = i;
                    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) i++;
                    String num = s.substring(st, i);
                    if (num.isEmpty()) throw error("unexpected '" + c + "'");
                    try {
                        if (num.contains(".") || num.contains("e") || num.contains("E")) return Double.parseDouble(num);
                        return Long.parseLong(num);
                    } catch (NumberFormatException e) {
                        i = st;
                        throw error("bad number " + num);
                    }
                }
            }
        }

        boolean peek(char c) {
            if (i < s.length() && s.charAt(i) == c) {
                i++;
                return true;
            }
            return false;
        }

        void expect(char c) {
            if (!peek(c)) throw error("expected '" + c + "'");
        }

        String str() {
            i++;
            var sb = new StringBuilder();
            while (true) {
                if (i >= s.length()) throw error("unterminated string");
                char c = s.charAt(i++);
                if (c == '"') return sb.toString();
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                if (i >= s.length()) throw error("unterminated string");
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'u' -> {
                        if (i + 4 > s.length()) throw error("bad \\u escape");
                        sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> sb.append(e);
                }
            }
        }
    }
}
