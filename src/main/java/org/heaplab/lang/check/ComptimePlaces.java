package org.heaplab.lang.check;

import static org.heaplab.lang.check.Consts.*;
import static org.heaplab.lang.check.TypeRules.*;

import java.util.ArrayList;
import java.util.List;
import org.heaplab.lang.ast.Ast;
import org.heaplab.lang.types.ComptimeCell;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.UnionType;
import org.heaplab.lang.types.Value;
import org.heaplab.source.Span;

/**
 * Places in comptime variables: the {@code t[i].x} of an assignment, the {@code &t[i]} of a
 * pointer, made of the variable's cell and a path of field and element indexes. Loads read along
 * the path; stores rebuild the aggregates on the way, so every {@link Value} stays immutable and
 * a value read before a store keeps what it was.
 */
final class ComptimePlaces {
    private final Checker cx;

    ComptimePlaces(Checker cx) {
        this.cx = cx;
    }

    /** A place inside a comptime variable, and the type of what is there. */
    record Place(ComptimeCell cell, List<Integer> path, Type type) {
        Place child(int index, Type t) {
            List<Integer> p = new ArrayList<>(path);
            p.add(index);
            return new Place(cell, p, t);
        }

        Value.CellPtrV pointer() { return new Value.CellPtrV(cell, path, type); }
    }

    /** The comptime place an expression denotes, or null when it is not one (a runtime place, a value). */
    Place resolve(Ast.Expr e) {
        return switch (e) {
            case Ast.Grouped g -> resolve(g.expr());
            case Ast.Identifier id -> {
                Scope.Binding b = lookup(id.name());
                if (b instanceof Scope.ComptimeVar v) yield new Place(v.cell(), List.of(), v.cell().type);
                yield null;
            }
            case Ast.Field f -> {
                Place base = baseOf(f.target());
                if (base == null) yield null;
                yield field(base, f.name(), f.nameSpan());
            }
            case Ast.Index ix -> {
                Place base = baseOf(ix.target());
                if (base == null) yield null;
                Value iv = cx.exprs.comptimeValue(ix.index(), cx.scope, USIZE);
                yield element(base, intValue(iv).longValue(), ix.index().span());
            }
            case Ast.Deref d -> {
                Value pv = pointerValue(d.target());
                yield pv instanceof Value.CellPtrV p ? new Place(p.cell(), p.path(), p.pointee()) : null;
            }
            default -> null;
        };
    }

    /** The place an access goes through: a comptime variable, or what a comptime pointer points at. */
    private Place baseOf(Ast.Expr target) {
        Place p = resolve(target);
        if (p != null) {
            // a field of a pointer, or an element through a pointer: follow it
            if (p.type() instanceof Type.Pointer pt && pt.size() == Type.PtrSize.ONE && load(p) instanceof Value.CellPtrV cp) {
                return new Place(cp.cell(), cp.path(), cp.pointee());
            }
            return p;
        }
        Value pv = pointerValue(target);
        return pv instanceof Value.CellPtrV cp ? new Place(cp.cell(), cp.path(), cp.pointee()) : null;
    }

    /**
     * The value of a name or field chain when it is a comptime pointer into a variable, else null.
     * Only such chains are looked at: evaluating them has no effect, so the normal path may evaluate them again.
     */
    private Value pointerValue(Ast.Expr e) {
        if (!isNameChain(e)) return null;
        Value v = constValue(cx.exprs.expr(e, null));
        return v instanceof Value.CellPtrV ? v : null;
    }

    private static boolean isNameChain(Ast.Expr e) {
        return switch (e) {
            case Ast.Identifier id -> true;
            case Ast.Grouped g -> isNameChain(g.expr());
            case Ast.Field f -> isNameChain(f.target());
            default -> false;
        };
    }

    private Scope.Binding lookup(String name) {
        for (Scope s = cx.scope; s != null; s = s.parent()) {
            Scope.Binding b = s.own(name);
            if (b != null) return b;
            if (s.namespace() != null && s.namespace().get(name) != null) return null;
        }
        return null;
    }

    Place field(Place base, String name, Span at) {
        Type t = base.type();
        if (t instanceof StructType st) {
            cx.sema.containers.resolveFields(st);
            int i = st.fieldIndex(name);
            if (i < 0) throw cx.error(at, "no field named '" + name + "' in struct '" + st.name() + "'", cx.exprs.declaredHere(st));
            return base.child(i, st.fields().get(i).type());
        }
        if (t instanceof UnionType ut) {
            int i = ut.fieldIndex(name);
            if (i < 0) throw cx.error(at, "no field named '" + name + "' in union '" + ut.name() + "'");
            if (load(base) instanceof Value.UnionV uv && uv.fieldIndex() != i) {
                throw cx.error(at, "access of union field '" + name + "' while field '" + ut.fields().get(uv.fieldIndex()).name() + "' is active");
            }
            return base.child(i, ut.fields().get(i).type());
        }
        if (t instanceof Type.Array a && name.equals("len")) throw cx.error(at, "cannot assign to constant");
        throw cx.error(at, "type '" + t.name() + "' does not support field access");
    }

    Place element(Place base, long index, Span at) {
        if (base.type() instanceof Type.Array a) {
            // the sentinel's place (buf[buf.len] = 0): it holds the sentinel, whatever is stored
            if (index == a.length() && a.sentinel() != null) return base.child((int) index, a.child());
            if (index < 0 || index >= a.length()) throw cx.error(at, "index " + index + " outside array of length " + a.length());
            return base.child((int) index, a.child());
        }
        throw cx.error(at, "type '" + base.type().name() + "' does not support indexing");
    }

    // ------------------------------------------------------------------ loads and stores

    Value load(Place p) {
        return p.cell().load(p.path());
    }

    /** What a comptime pointer into a variable points at now. */
    Value load(Value.CellPtrV p) {
        return p.cell().load(p.path());
    }

    void store(Place p, Value v) {
        p.cell().value = replace(p.cell().value, p.cell().type, p.path(), 0, v);
    }

    private Value replace(Value whole, Type t, List<Integer> path, int depth, Value v) {
        if (depth == path.size()) return v;
        int i = path.get(depth);
        if (t instanceof Type.Array a && i == a.length()) return whole; // the sentinel stays
        Type pt = partType(t, i);
        Value current = part(whole, t, i);
        Value updated = replace(current, pt, path, depth + 1, v);
        if (t instanceof UnionType ut) return new Value.UnionV(ut, i, updated);
        List<Value> elems = new ArrayList<>(elements(whole, t));
        elems.set(i, updated);
        return new Value.AggregateV(t, elems);
    }

    private static List<Value> elements(Value v, Type t) { return ComptimeCell.elements(v, t); }

    private static Value part(Value v, Type t, int i) { return ComptimeCell.part(v, t, i); }

    private static Type partType(Type t, int i) { return ComptimeCell.partType(t, i); }
}
