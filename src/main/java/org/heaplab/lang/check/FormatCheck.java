package org.heaplab.lang.check;

import java.util.ArrayList;
import java.util.List;
import org.heaplab.lang.ir.FormatSpec;
import org.heaplab.lang.types.EnumType;
import org.heaplab.lang.types.ErrorSetType;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.UnionType;
import org.heaplab.lang.types.Value;

/**
 * Checks a format string against the types of its arguments, with the compile errors Zig's
 * {@code std.fmt.formatType} raises (reported at Zig's std location, as Zig does).
 */
final class FormatCheck {
    private FormatCheck() {}

    /** Thrown with Zig's message and std location. */
    static final class Problem extends Exception {
        final String location;
        /** Zig's notes under the error: where each is shown in std ({@code fmt.zig:750:52}) and its text. */
        final List<String[]> notes;

        Problem(String location, String message) {
            this(location, message, List.of());
        }

        Problem(String location, String message, List<String[]> notes) {
            super(message, null, false, false);
            this.location = location;
            this.notes = notes;
        }

        /** The notes, shown at {@code at} in the user's file (as the error is). */
        org.heaplab.diag.Diagnostic.Note[] notes(org.heaplab.source.Span at) {
            return notes.stream().map(n -> new org.heaplab.diag.Diagnostic.Note(at, n[1], n[0]))
                    .toArray(org.heaplab.diag.Diagnostic.Note[]::new);
        }
    }

    /** The natives whose comptime {@code fmt} parameter is a format string for the following args. */
    static boolean isFormatting(String nativeName) {
        return switch (nativeName) {
            case "debug.print", "debug.panic", "fmt.bufPrint", "fmt.count", "fmt.hlFormat", "io.printTo", "fmt.hlFormatValue" -> true;
            default -> false;
        };
    }

    /** Whether a type has a {@code format} method that formatting calls (as Zig's std.meta.hasMethod), registering the call. */
    interface Methods {
        boolean formatMethod(Type t, String actualFmt);
    }

    static FormatSpec check(byte[] fmt, Type argsType, Methods methods) throws Problem {
        List<Type> types = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (argsType instanceof StructType st) {
            for (StructType.Field f : st.fields()) {
                Type ft = f.type();
                if (f.isComptime() && ft instanceof Type.ComptimeInt && f.defaultValue() instanceof Value.IntV iv) {
                    // Zig formats a comptime_int as the smallest integer type that holds it
                    int bits = Math.max(1, iv.value().bitLength() + (iv.value().signum() < 0 ? 1 : 0));
                    ft = new Type.Int(bits, iv.value().signum() < 0);
                }
                types.add(ft);
                names.add(f.name());
            }
        } else {
            throw new Problem("fmt.zig:91:9", "expected tuple or struct argument, found " + argsType.name());
        }
        FormatSpec spec;
        try {
            spec = FormatSpec.parse(fmt, types.size(), names);
        } catch (FormatSpec.FormatError e) {
            throw new Problem(e.location, e.getMessage(), e.notes);
        }
        for (FormatSpec.Piece p : spec.pieces()) {
            if (!(p instanceof FormatSpec.Placeholder ph)) continue;
            Type t = types.get(ph.arg());
            try {
                type(t, ph.spec(), 3, methods);
            } catch (Problem e) {
                // the value is formatted as that integer type, but Zig names the argument's own type
                boolean comptimeInt = ((StructType) argsType).fields().get(ph.arg()).type() instanceof Type.ComptimeInt;
                String shown = "for type '" + t.name() + "'";
                if (!comptimeInt || e.getMessage() == null || !e.getMessage().endsWith(shown)) throw e;
                String msg = e.getMessage().substring(0, e.getMessage().length() - shown.length()) + "for type 'comptime_int'";
                throw new Problem(e.location, msg, e.notes);
            }
        }
        return spec;
    }

    /** One value formatted with a specifier ({@code std.fmt.formatType}). */
    static void checkValue(byte[] fmt, Type t, Methods methods) throws Problem {
        type(t, new String(fmt, java.nio.charset.StandardCharsets.UTF_8), 3, methods);
    }

    private static Problem invalid(String fmt, Type t) {
        return new Problem("fmt.zig:485:5", "invalid format string '" + fmt + "' for type '" + t.name() + "'");
    }

    private static void type(Type t, String fmt, int depth, Methods methods) throws Problem {
        String actual = FormatSpec.resolve(fmt, t);
        if (actual.equals("*")) {
            boolean ok = t instanceof Type.Pointer || t instanceof Type.Optional o && o.child() instanceof Type.Pointer;
            if (!ok) throw new Problem("fmt.zig:453:5", "cannot format non-pointer type " + t.name() + " with * specifier");
            return;
        }
        // a type with a `format` method formats itself, whatever the specifier
        if (methods.formatMethod(t, actual)) return;
        switch (t) {
            case Type.Int i -> intSpec(actual, fmt, t, i.bits());
            case Type.ComptimeInt c -> intSpec(actual, fmt, t, 64);
            case Type.Float f -> {
                if (!(actual.isEmpty() || actual.equals("e") || actual.equals("d") || actual.equals("x"))) throw invalid(fmt, t);
            }
            case Type.ComptimeFloat f -> {
                if (!(actual.isEmpty() || actual.equals("e") || actual.equals("d") || actual.equals("x"))) throw invalid(fmt, t);
            }
            case Type.Void v -> {
                if (!actual.isEmpty()) throw invalid(fmt, t);
            }
            case Type.Bool b -> {
                if (!actual.isEmpty()) throw invalid(fmt, t);
            }
            case Type.Optional o -> {
                if (actual.isEmpty() || actual.charAt(0) != '?') {
                    throw new Problem("fmt.zig:525:17", "cannot format optional without a specifier (i.e. {?} or {any})");
                }
                type(o.child(), FormatSpec.payload(actual), depth, methods);
            }
            case Type.ErrorUnion eu -> {
                if (actual.isEmpty() || actual.charAt(0) != '!') {
                    throw new Problem("fmt.zig:535:17", "cannot format error union without a specifier (i.e. {!} or {any})");
                }
                type(eu.payload(), FormatSpec.payload(actual), depth, methods);
            }
            case ErrorSetType e -> {
                if (!actual.isEmpty()) throw invalid(fmt, t);
            }
            case EnumType e -> {
                if (!e.isNonExhaustive() && !actual.isEmpty()) throw invalid(fmt, t);
            }
            case UnionType u -> {
                if (!actual.isEmpty()) throw invalid(fmt, t);
                if (depth > 0 && u.tag() != null) for (UnionType.Field f : u.fields()) type(f.type(), "any", depth - 1, methods);
            }
            case StructType s -> {
                if (!actual.isEmpty()) throw invalid(fmt, t);
                if (depth > 0 && s.fieldsResolved()) for (StructType.Field f : s.fields()) type(f.type(), "any", depth - 1, methods);
            }
            case Type.Pointer p -> {
                switch (p.size()) {
                    case ONE -> {
                        if (p.child() instanceof Type.Array || p.child() instanceof EnumType || p.child() instanceof UnionType
                                || p.child() instanceof StructType) {
                            type(p.child(), actual, depth, methods);
                        }
                    }
                    case MANY, C -> {
                        if (actual.isEmpty()) throw new Problem("fmt.zig:635:21", "cannot format pointer without a specifier (i.e. {s} or {*})");
                        if (p.sentinel() != null) {
                            type(new Type.Pointer(Type.PtrSize.SLICE, p.child(), true), actual, depth, methods);
                        } else if (!(actual.charAt(0) == 's' && isU8(p.child()))) {
                            throw invalid(fmt, t);
                        }
                    }
                    case SLICE -> {
                        if (actual.isEmpty()) throw new Problem("fmt.zig:646:21", "cannot format slice without a specifier (i.e. {s} or {any})");
                        if (actual.charAt(0) == 's' && isU8(p.child())) return;
                        if (depth > 0) type(p.child(), actual, depth - 1, methods);
                    }
                }
            }
            case Type.Array a -> {
                if (actual.isEmpty()) throw new Problem("fmt.zig:665:17", "cannot format array without a specifier (i.e. {s} or {any})");
                if (actual.charAt(0) == 's' && isU8(a.child())) return;
                if (depth > 0) type(a.child(), actual, depth - 1, methods);
            }
            // std.fmt formats each element with the vector's specifier (formatValue: no depth is spent)
            case Type.Vector v -> type(v.child(), actual, depth, methods);
            case Type.Fn f -> throw new Problem("fmt.zig:692:19",
                    "unable to format function body type, use '*const " + t.name() + "' for a function pointer type");
            case Type.TypeType tt -> {
                if (!actual.isEmpty()) throw invalid(fmt, t);
            }
            case Type.EnumLiteral el -> {
                if (!actual.isEmpty()) throw invalid(fmt, t);
            }
            case Type.Null n -> {
                if (!actual.isEmpty()) throw invalid(fmt, t);
            }
            default -> throw new Problem("fmt.zig:706:17", "unable to format type '" + t.name() + "'");
        }
    }

    private static boolean signed(Type t) { return t instanceof Type.Int i && i.signed(); }

    /** Zig's {@code @as(u8, int_value)} / {@code @as(u21, int_value)} of a signed integer: a type mismatch. */
    private static Problem notUnsigned(String at, int toBits, Type t, int bits) {
        return new Problem(at, "expected type 'u" + toBits + "', found '" + t.name() + "'",
                List.<String[]>of(new String[] {at, "unsigned " + toBits + "-bit int cannot represent all possible signed " + bits + "-bit values"}));
    }

    private static boolean isU8(Type t) {
        return t instanceof Type.Int i && i.bits() == 8 && !i.signed();
    }

    private static void intSpec(String actual, String fmt, Type t, int bits) throws Problem {
        switch (actual) {
            case "", "d", "b", "x", "X", "o" -> { }
            case "c" -> {
                if (bits > 8) throw new Problem("fmt.zig:746:13", "cannot print integer that is larger than 8 bits as an ASCII character");
                if (signed(t)) throw notUnsigned("fmt.zig:744:44", 8, t, bits);
            }
            case "u" -> {
                if (bits > 21) throw new Problem("fmt.zig:752:13", "cannot print integer that is larger than 21 bits as an UTF-8 sequence");
                if (signed(t)) throw notUnsigned("fmt.zig:750:52", 21, t, bits);
            }
            default -> throw invalid(fmt, t);
        }
    }
}
