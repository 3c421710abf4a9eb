package org.heaplab.lang.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.heaplab.lang.ast.Ast;
import org.heaplab.lang.ir.Ir;
import org.heaplab.lang.types.EnumType;
import org.heaplab.lang.types.Namespace;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.UnionType;
import org.heaplab.lang.types.Value;
import org.heaplab.source.Span;

/**
 * The {@code format} methods formatting calls. Zig's {@code formatType} calls
 * {@code value.format(fmt, options, writer)} when the value's type (or the type a single-item
 * pointer points to) declares a public {@code format} function ({@code std.meta.hasMethod});
 * Heap Lab formats in Java, so while a formatting native's format string is checked, each such
 * method is instantiated for the specifier it will be given and for the writer the machine passes
 * ({@code std.fmt.HlSinkWriter}, whose writes go into the text being formatted). The formatter
 * calls these instances as it meets the values.
 */
final class FormatMethods implements FormatCheck.Methods {
    private final Sema sema;
    private final Ir.Function formatting;
    private final Span callSite;

    FormatMethods(Sema sema, Ir.Function formatting, Span callSite) {
        this.sema = sema;
        this.formatting = formatting;
        this.callSite = callSite;
    }

    @Override
    public boolean formatMethod(Type t, String actualFmt) {
        Type c = t instanceof Type.Pointer p && p.size() == Type.PtrSize.ONE ? p.child() : t;
        Namespace ns = c instanceof StructType st ? st.namespace() : c instanceof UnionType ut ? ut.namespace()
                : c instanceof EnumType et ? et.namespace() : null;
        if (c instanceof StructType st && !st.fieldsResolved() && t == c) sema.containers.resolveFields(st);
        if (ns == null) return false;
        Namespace.Decl d = ns.get("format");
        if (d == null || !d.isPub) return false;
        if (!(sema.decls.resolveDeclValue(ns, "format", null) instanceof Value.FnV fv)) return false;
        var byFmt = formatting.formatMethods.computeIfAbsent(c, x -> new HashMap<>());
        if (byFmt.containsKey(actualFmt)) return true;
        Ast.FnDecl decl = fv.fn().decl();
        List<Value> comptimeArgs = new ArrayList<>();
        List<Type> anyTypes = new ArrayList<>();
        boolean fmtGiven = false;
        for (int i = 0; i < decl.params().size(); i++) {
            Ast.Param p = decl.params().get(i);
            if (p.isComptime() && !fmtGiven) {
                comptimeArgs.add(new Value.StringV(actualFmt.getBytes(StandardCharsets.UTF_8)));
                fmtGiven = true;
            } else {
                comptimeArgs.add(null);
                if (p.isAnytype()) anyTypes.add(i == 0 ? t : sinkWriter());
            }
        }
        byFmt.put(actualFmt, null); // a method that formats its own type again finds itself
        Ir.Function m = sema.instances.instantiate(fv.fn(), comptimeArgs, anyTypes, callSite);
        byFmt.put(actualFmt, m);
        return true;
    }

    /** {@code std.fmt.HlSinkWriter}: the writer a format method is given. */
    private Type sinkWriter() {
        StructType fmt = sema.modules.loadLibrary("fmt.zig");
        Value v = sema.decls.resolveDeclValue(fmt.namespace(), "HlSinkWriter", null);
        if (!(v instanceof Value.TypeV tv)) throw new IllegalStateException("std.fmt has no HlSinkWriter");
        return tv.type();
    }
}
