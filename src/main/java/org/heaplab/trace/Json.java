package org.heaplab.trace;

import java.io.StringWriter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * JSON for snapshots and trace files, on Jackson's streaming API. Writing walks records by their
 * components (a snapshot is records, lists and plain values all the way down), a stop reason or
 * an event breakpoint with its {@code type} first (and a reason with its {@code text} last:
 * {@link StopReason#fromJson} reads them back); addresses are written as hex strings, byte
 * arrays as hex; the layout is two-space indented. Reading gives maps, lists, strings, longs,
 * doubles, booleans and null, and is bounded for hostile input (a trace is a file anyone may
 * hand the lab): {@link #LIMITS} caps nesting, string, number and document lengths, so a trace
 * nested ten thousand deep or with a number of a million digits is a {@link ParseError}, not a
 * stack overflow or a long computation.
 */
public final class Json {
    private Json() {}

    /** Components written as hex strings: they hold addresses. */
    private static final Set<String> ADDRESSES = Set.of("address", "base", "pointsTo", "start", "value");

    /**
     * What a document read may hold: a trace is a few levels deep, its longest string is the
     * program (at most 4 MiB of source, escaped), a number is a long or a double, and the whole
     * is at most 64 MiB (the trace file cap, docs/design-notes.md).
     */
    public static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(200)
            .maxStringLength(32 << 20)
            .maxNameLength(1000)
            .maxNumberLength(40)
            .maxDocumentLength(80L << 20)
            .maxTokenCount(20_000_000)
            .build();

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(LIMITS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** The layout: two-space indents, {@code "name": value}, {@code {}} and {@code []} when empty. */
    private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            var indent = new DefaultIndenter("  ", "\n");
            return new DefaultPrettyPrinter(Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("").withArrayEmptySeparator(""))
                    .withObjectIndenter(indent).withArrayIndenter(indent);
        }

        @Override
        public boolean hasPrettyPrinter() { return true; }

        @Override
        public TokenStreamFactory tokenStreamFactory() { return FACTORY; }
    };

    /** Writes a value; components named in {@code skip} are left out (at every depth). */
    public static String write(Object value, Set<String> skip) {
        var out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(PRETTY, out)) {
            write(g, value, skip, null);
        }
        return out.toString();
    }

    public static String write(Object value) { return write(value, Set.of()); }

    private static void write(JsonGenerator g, Object v, Set<String> skip, String name) {
        switch (v) {
            case null -> g.writeNull();
            case String s -> g.writeString(s);
            case Boolean b -> g.writeBoolean(b);
            case Long l when name != null && ADDRESSES.contains(name) -> g.writeString("0x" + Long.toHexString(l));
            case Long l -> g.writeNumber(l);
            case Integer i -> g.writeNumber(i);
            case Short i -> g.writeNumber(i);
            case Byte i -> g.writeNumber(i);
            case Double d when d.isNaN() || d.isInfinite() -> g.writeString(d.toString());
            case Double d -> g.writeNumber(d);
            case Float f when f.isNaN() || f.isInfinite() -> g.writeString(f.toString());
            case Float f -> g.writeNumber(f);
            case Number n -> g.writeNumber(n.toString());
            case Enum<?> e -> g.writeString(e.name().toLowerCase(Locale.ROOT));
            case byte[] bytes -> g.writeString(HexFormat.of().formatHex(bytes));
            case long[] longs -> {
                g.writeStartArray();
                for (long x : longs) write(g, x, skip, name);
                g.writeEndArray();
            }
            case Record r -> {
                g.writeStartObject();
                // a kind of stop reason or event breakpoint says which it is, as StopReason.fromJson reads it
                if (r instanceof StopReason || r instanceof EventBreakpoint) {
                    g.writeName("type");
                    g.writeString(JsonFields.typeOf(r));
                }
                for (RecordComponent c : r.getClass().getRecordComponents()) {
                    if (skip.contains(c.getName())) continue;
                    Object value;
                    try {
                        value = c.getAccessor().invoke(r);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                    g.writeName(c.getName());
                    write(g, value, skip, c.getName());
                }
                if (r instanceof StopReason sr) {
                    g.writeName("text");
                    g.writeString(sr.text());
                }
                g.writeEndObject();
            }
            case Map<?, ?> m -> {
                g.writeStartObject();
                for (var e : m.entrySet()) {
                    String k = String.valueOf(e.getKey());
                    g.writeName(k);
                    write(g, e.getValue(), skip, k);
                }
                g.writeEndObject();
            }
            case Collection<?> c -> {
                List<?> list = c instanceof Set<?> set ? set.stream().map(String::valueOf).sorted().toList() : new ArrayList<>(c);
                g.writeStartArray();
                for (Object x : list) write(g, x, skip, name);
                g.writeEndArray();
            }
            default -> g.writeString(v.toString());
        }
    }

    // ------------------------------------------------------------------ reading

    /** Thrown for text that is not JSON, or JSON beyond {@link #LIMITS}, with where. */
    public static final class ParseError extends RuntimeException {
        public ParseError(String message) { super(message); }
    }

    public static Object parse(String text) {
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), text)) {
            if (p.nextToken() == null) throw new ParseError("line 1, column 1: the text ends where a value should be");
            Object v = value(p);
            if (p.nextToken() != null) throw error(p, "unexpected text after the value");
            return v;
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null || at.getLineNr() < 1 ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            // a limit's message names Jackson's setting: "(200, from `StreamReadConstraints.getMaxNestingDepth()`)"
            String what = e.getOriginalMessage().replaceAll(", from `StreamReadConstraints[^`]*`\\)", ")");
            throw new ParseError(where + what);
        }
    }

    private static ParseError error(JsonParser p, String what) {
        TokenStreamLocation at = p.currentTokenLocation();
        return new ParseError("line " + at.getLineNr() + ", column " + at.getColumnNr() + ": " + what);
    }

    /** The value at the parser's current token (its depth bounded by {@link #LIMITS}, so recursion is). */
    private static Object value(JsonParser p) {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> m = new LinkedHashMap<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String name = p.currentName();
                    p.nextToken();
                    m.put(name, value(p));
                }
                return m;
            }
            case START_ARRAY -> {
                List<Object> l = new ArrayList<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_ARRAY; k = p.nextToken()) l.add(value(p));
                return l;
            }
            case VALUE_STRING -> {
                return p.getString();
            }
            case VALUE_NUMBER_INT -> {
                if (p.getNumberType() != JsonParser.NumberType.INT && p.getNumberType() != JsonParser.NumberType.LONG) {
                    throw error(p, "the number " + p.getString() + " is out of range");
                }
                return p.getLongValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                double d = p.getDoubleValue();
                if (Double.isInfinite(d)) throw error(p, "the number " + p.getString() + " is out of range");
                return d;
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw error(p, "unexpected " + t);
        }
    }
}
