package org.heaplab.lang.check;

import static org.heaplab.lang.check.TypeRules.*;
import static org.heaplab.lang.check.Consts.*;

import java.util.ArrayList;
import java.util.List;
import org.heaplab.lang.ast.Ast;
import org.heaplab.lang.ir.Ir;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.UnionType;
import org.heaplab.lang.types.Value;
import org.heaplab.source.Span;

/** Struct, array, union and anonymous ({@code .{...}}) initializers. */
final class Initializers {
    private final Checker cx;

    Initializers(Checker cx) {
        this.cx = cx;
    }

    // ------------------------------------------------------------------ initializers

    Ir.Expr init(Ast.Init in, Type expected) {
        Type t;
        if (in.type() != null) {
            if (in.type() instanceof Ast.ArrayType at && at.length() instanceof Ast.Identifier id && id.name().equals("_")) {
                t = cx.types.arrayType(at, in.elements().size());
            } else {
                t = cx.types.typeOf(in.type());
            }
        } else {
            t = expected;
            // `E!?T` (a `!?T` function's return) is an error union of an optional: payload, then child
            if (t instanceof Type.ErrorUnion eu) t = eu.payload();
            if (t instanceof Type.Optional o) t = o.child();
            if (t instanceof Type.Pointer p && p.isSlice() && !in.elements().isEmpty()) t = null;
            if (t instanceof Type.AnyType) t = null;
        }
        if (t == null) return anonymousInit(in);
        if (t instanceof StructType st && !st.isTuple()) return structInit(in, st);
        if (t instanceof StructType st && st.kind() != StructType.Kind.TUPLE && in.fields().isEmpty()) return tupleInit(in, st);
        if (t instanceof Type.Array at) return arrayInit(in, at);
        if (t instanceof Type.Vector vt) return cx.vectors.literal(in, vt);
        if (t instanceof UnionType ut) return unionInit(in, ut);
        if (t instanceof StructType st) return anonymousInit(in);
        if (in.fields().isEmpty() && in.elements().isEmpty() && t instanceof Type.Void) return konst(VOID, Value.VoidV.INSTANCE, in.span());
        throw cx.error(in.span(), "type '" + t.name() + "' does not support struct initialization syntax");
    }

    Ir.Expr structInit(Ast.Init in, StructType st) {
        cx.sema.containers.resolveFields(st);
        if (!in.elements().isEmpty()) {
            throw cx.error(in.span(), "initializing a struct with positional values is not allowed; name the fields");
        }
        List<Ir.Expr> values = new ArrayList<>();
        for (int i = 0; i < st.fields().size(); i++) values.add(null);
        for (Ast.FieldInit fi : in.fields()) {
            int i = st.fieldIndex(fi.name());
            if (i < 0) throw cx.error(fi.nameSpan(), "no field named '" + fi.name() + "' in struct '" + st.name() + "'", cx.exprs.declaredHere(st));
            if (values.get(i) != null) throw cx.error(fi.nameSpan(), "duplicate field");
            // a field's value that does not fit is reported at the field's name, as Zig does
            Type ft = st.fields().get(i).type();
            values.set(i, cx.coercions.coerce(cx.exprs.expr(fi.value(), ft), ft, fi.nameSpan()));
        }
        Span lbrace = initBraceSpan(in);
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null) continue;
            Value def = cx.sema.containers.fieldDefault(st, i);
            if (def == null) throw cx.error(lbrace, "missing struct field: " + st.fields().get(i).name(), cx.exprs.declaredHere(st));
            values.set(i, konst(st.fields().get(i).type(), def, in.span()));
        }
        return aggregate(st, values, in.span(), () -> new Ir.StructInit(st, values, in.span()));
    }

    /** {@code .{ a, b }} for a declared tuple type ({@code struct { u32, []const u8 }}): each element to its field's type. */
    Ir.Expr tupleInit(Ast.Init in, StructType st) {
        if (in.elements().size() != st.fields().size()) {
            throw cx.error(in.span(), "expected " + st.fields().size() + " tuple elements; found " + in.elements().size());
        }
        List<Ir.Expr> values = new ArrayList<>();
        for (int i = 0; i < st.fields().size(); i++) values.add(cx.exprs.exprAs(in.elements().get(i), st.fields().get(i).type()));
        return aggregate(st, values, in.span(), () -> new Ir.StructInit(st, values, in.span()));
    }

    /** Where Zig points for errors about a whole initializer: its opening brace. */
    static Span initBraceSpan(Ast.Init in) {
        String text = in.span().text();
        int at = in.type() != null ? in.type().span().end() - in.span().start() : text.indexOf('{');
        int brace = text.indexOf('{', Math.max(0, at));
        int off = in.span().start() + Math.max(0, brace);
        return new Span(in.span().file(), off, off + 1);
    }

    Ir.Expr aggregate(Type t, List<Ir.Expr> values, Span span, java.util.function.Supplier<Ir.Expr> runtime) {
        List<Value> vals = new ArrayList<>();
        for (Ir.Expr v : values) {
            Value cv = constValue(v);
            if (cv == null) return runtime.get();
            vals.add(cv);
        }
        return konst(t, new Value.AggregateV(t, vals), span);
    }

    Ir.Expr arrayInit(Ast.Init in, Type.Array at) {
        if (!in.fields().isEmpty()) throw cx.error(in.span(), "initializing an array requires positional values");
        if (in.elements().size() != at.length()) {
            throw cx.error(in.span(), "expected " + at.length() + " array elements; found " + in.elements().size());
        }
        List<Ir.Expr> values = new ArrayList<>();
        for (Ast.Expr e : in.elements()) values.add(cx.exprs.exprAs(e, at.child()));
        return aggregate(at, values, in.span(), () -> new Ir.ArrayInit(at, values, in.span()));
    }

    Ir.Expr unionInit(Ast.Init in, UnionType ut) {
        if (in.fields().size() != 1) throw cx.error(in.span(), "union initialization expects exactly one field");
        Ast.FieldInit fi = in.fields().get(0);
        int i = ut.fieldIndex(fi.name());
        if (i < 0) throw cx.error(fi.nameSpan(), "no field named '" + fi.name() + "' in union '" + ut.name() + "'");
        Ir.Expr v = cx.exprs.exprAs(fi.value(), ut.fields().get(i).type());
        Value cv = constValue(v);
        if (cv != null) return konst(ut, new Value.UnionV(ut, i, cv), in.span());
        return new Ir.UnionInit(ut, i, v, in.span());
    }

    /** {@code .{...}} with no result type: a tuple or anonymous struct; comptime-known values become comptime fields. */
    Ir.Expr anonymousInit(Ast.Init in) {
        boolean named = !in.fields().isEmpty();
        int n = named ? in.fields().size() : in.elements().size();
        List<String> names = new ArrayList<>();
        List<Ir.Expr> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Ast.Expr ae = named ? in.fields().get(i).value() : in.elements().get(i);
            names.add(named ? in.fields().get(i).name() : Integer.toString(i));
            values.add(cx.exprs.expr(ae, null));
        }
        return anonymous(names, values, named, in.span());
    }

    /**
     * A tuple ({@code named} false: fields "0", "1", ...) or anonymous struct of these values;
     * comptime-known values become comptime fields, as Zig's anonymous literals do.
     */
    private static final int MAX_NAME = 4096;

    /** Zig numbers an anonymous struct literal's type (main__struct_2836); the lab shows its fields instead. */
    private static String anonymousStructName(List<StructType.Field> fields) {
        var sb = new StringBuilder("struct { ");
        for (int i = 0; i < fields.size() && sb.length() <= MAX_NAME; i++) {
            if (i > 0) sb.append(", ");
            StructType.Field f = fields.get(i);
            if (f.isComptime()) sb.append("comptime ");
            sb.append(f.name()).append(": ").append(f.type().name());
            if (f.isComptime() && sb.length() <= MAX_NAME) sb.append(" = ").append(f.defaultValue().show());
        }
        if (sb.length() > MAX_NAME) {
            sb.setLength(MAX_NAME);
            sb.append("...");
        }
        return sb.append(" }").toString();
    }

    Ir.Expr anonymous(List<String> names, List<Ir.Expr> values, boolean named, Span span) {
        List<StructType.Field> fields = new ArrayList<>();
        List<Ir.Expr> runtime = new ArrayList<>();
        List<Value> consts = new ArrayList<>();
        boolean allConst = true;
        for (int i = 0; i < values.size(); i++) {
            Ir.Expr v = values.get(i);
            Value cv = constValue(v);
            Type ft = v.type();
            if (cv != null) {
                fields.add(new StructType.Field(names.get(i), ft, cv, true, v.span(), null));
            } else {
                allConst = false;
                if (ft.isComptimeOnly()) throw cx.error(v.span(), "unable to resolve comptime value");
                fields.add(new StructType.Field(names.get(i), ft, null, false, v.span(), null));
                runtime.add(v);
            }
            consts.add(cv);
        }
        // the name shows the fields and comptime values, cut short past a length: literals nested
        // thousands deep would otherwise get names that grow with each level (and fill the heap)
        StructType tuple = StructType.tuple(named ? anonymousStructName(fields) : StructType.tupleName(fields, MAX_NAME), fields);
        if (allConst) return konst(tuple, new Value.AggregateV(tuple, consts), span);
        List<Ir.Expr> all = new ArrayList<>();
        int k = 0;
        for (StructType.Field f : fields) all.add(f.isComptime() ? konst(f.type(), f.defaultValue(), span) : runtime.get(k++));
        return new Ir.StructInit(tuple, all, span);
    }
}
