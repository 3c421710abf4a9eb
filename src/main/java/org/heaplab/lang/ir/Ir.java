package org.heaplab.lang.ir;

import java.util.ArrayList;
import java.util.List;
import org.heaplab.lang.types.EnumType;
import org.heaplab.lang.types.FnRef;
import org.heaplab.lang.types.GlobalVar;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.UnionType;
import org.heaplab.lang.types.Value;
import org.heaplab.source.SourceFile;
import org.heaplab.source.Span;

/**
 * The checked program: every name resolved, every expression typed, every generic instantiated,
 * every comptime value folded. The runtime compiles this to its bytecode; the panes describe
 * locals and functions with the names and types recorded here.
 */
public final class Ir {
    private Ir() {}

    public sealed interface Node permits Expr, Stmt {
        Span span();
    }

    // ------------------------------------------------------------------ declarations

    /** A local variable, parameter or capture of one function instance. */
    public static final class Local {
        public final String name;
        public final Type type;
        public final boolean mutable;
        public final boolean isParam;
        public final Span span;
        /** Set when the program takes the local's address: it must live in stack memory. */
        public boolean addressTaken;
        /** Compiler-made locals (loop counters, temporaries) that the stack pane does not list. */
        public final boolean hidden;
        /** For a const with a comptime-known initializer, the value (uses are folded to it). */
        public Value comptimeValue;
        /** Index within its function, assigned by the checker. */
        public int index;

        public Local(String name, Type type, boolean mutable, boolean isParam, boolean hidden, Span span) {
            this.name = name;
            this.type = type;
            this.mutable = mutable;
            this.isParam = isParam;
            this.hidden = hidden;
            this.span = span;
        }

        @Override
        public String toString() { return name + ": " + type.name(); }
    }

    /** The target of break/continue: a labeled block or a loop. */
    public static final class Label {
        public final String name;
        public final boolean isLoop;
        public Type resultType;

        public Label(String name, boolean isLoop) {
            this.name = name;
            this.isLoop = isLoop;
        }
    }

    /** One instance of a function (a generic function has one per distinct set of comptime arguments). */
    public static final class Function {
        public final String name;
        public final FnRef ref;
        public final SourceFile file;
        public final Span span;
        public final List<Local> params = new ArrayList<>();
        public final List<Local> locals = new ArrayList<>();
        public Type returnType;
        public Block body;
        public boolean isInline;
        /** Set for extern functions of Heap Lab's std, implemented in Java. */
        public String nativeName;
        /** The comptime arguments this instance was made for (types, values), for natives and names. */
        public final List<Value> comptimeArgs = new ArrayList<>();
        /** Types of all declared parameters after instantiation, comptime ones included. */
        public final List<Type> allParamTypes = new ArrayList<>();
        public final List<Boolean> paramIsComptime = new ArrayList<>();
        /** For formatting natives ({@code std.debug.print}...): the checked format string. */
        public org.heaplab.lang.ir.FormatSpec formatSpec;
        /**
         * For formatting natives: the instances of the {@code format} methods the arguments' types
         * declare (by container type, then by the specifier the method is given), which the
         * formatter calls as Zig's formatType does.
         */
        public final java.util.Map<Type, java.util.Map<String, Function>> formatMethods = new java.util.HashMap<>();
        public int index;

        public Function(String name, FnRef ref, SourceFile file, Span span) {
            this.name = name;
            this.ref = ref;
            this.file = file;
            this.span = span;
        }

        public boolean isLibrary() { return file.isLibrary(); }

        public boolean isNative() { return nativeName != null; }

        public Local newLocal(String name, Type type, boolean mutable, boolean isParam, boolean hidden, Span span) {
            Local l = new Local(name, type, mutable, isParam, hidden, span);
            l.index = locals.size();
            locals.add(l);
            if (isParam) params.add(l);
            return l;
        }

        @Override
        public String toString() { return name; }
    }

    /** A {@code test "name"} block, checked as a function returning {@code anyerror!void}. */
    public record Test(String name, Function function) {}

    /**
     * What the checker produced for a whole program.
     *
     * @param functionValues the instance each function used as a value (a function pointer) refers to
     */
    public record Program(Function main, List<Function> functions, List<GlobalVar> globals, List<Test> tests,
                          List<String> errorNames, SourceFile root, java.util.Map<FnRef, Function> functionValues) {
        /** An instantiated function by its qualified name (the test runner's hooks into std.testing), or null. */
        public Function function(String qualifiedName) {
            for (Function f : functions) if (f.ref != null && f.ref.qualifiedName().equals(qualifiedName)) return f;
            return null;
        }
    }

    // ------------------------------------------------------------------ expressions

    public sealed interface Expr extends Node permits Const, LocalRef, GlobalRef, Deref, FieldRef, UnionPayload, ElemRef,
            SliceField, MakeSlice, AddrOf, Unary, Binary, Cmp, Logic, Call, CallPtr, Convert, StructInit, ArrayInit, VectorInit,
            UnionInit, Try, Catch, Orelse, UnwrapOpt, IfElse, IfOpt, IfErr, Switch, Block, While, For, Break, Continue,
            Return, Unreachable, Builtin, Assign {
        Type type();
    }

    /** A comptime-known value. */
    public record Const(Type type, Value value, Span span) implements Expr {}

    public record LocalRef(Local local, Span span) implements Expr {
        public Type type() { return local.type; }
    }

    public record GlobalRef(GlobalVar global, Span span) implements Expr {
        public Type type() { return global.type; }
    }

    /** {@code p.*}; also the implicit dereference in {@code p.field} and {@code p[i]} on a pointer to array. */
    public record Deref(Expr pointer, Type type, Span span) implements Expr {}

    /** A field of a struct value or place. */
    public record FieldRef(Expr base, StructType struct, int index, Type type, Span span) implements Expr {}

    /** The payload of a union field; checks the active tag of a tagged union. */
    public record UnionPayload(Expr base, UnionType union, int index, Type type, Span span) implements Expr {}

    /** {@code base[index]} on an array (a place or value), a slice, or a many-item pointer. */
    public record ElemRef(Expr base, Expr index, Type type, Span span) implements Expr {}

    /** {@code slice.ptr} or {@code slice.len}. */
    public record SliceField(Expr slice, boolean isLen, Type type, Span span) implements Expr {}

    /** {@code base[start..end]}; end null means to the end. base is an array place, a slice, or a pointer. */
    public record MakeSlice(Expr base, Expr start, Expr end, Type type, Span span) implements Expr {}

    public record AddrOf(Expr place, Type type, Span span) implements Expr {}

    public enum UnOp { NEG, NEG_WRAP, NOT, BIT_NOT }

    public record Unary(UnOp op, Expr operand, Type type, Span span) implements Expr {}

    public enum BinOp {
        ADD, ADD_WRAP, ADD_SAT, SUB, SUB_WRAP, SUB_SAT, MUL, MUL_WRAP, MUL_SAT, DIV_TRUNC, DIV_FLOOR, DIV_EXACT,
        REM, MOD, SHL, SHL_SAT, SHR, BIT_AND, BIT_OR, BIT_XOR, MIN, MAX, PTR_ADD, PTR_SUB
    }

    /** Arithmetic on integers, floats or pointers; overflow and division checks follow the type. */
    public record Binary(BinOp op, Expr left, Expr right, Type type, Span span) implements Expr {}

    public enum CmpOp { EQ, NE, LT, LE, GT, GE }

    public record Cmp(CmpOp op, Expr left, Expr right, Type type, Span span) implements Expr {}

    /** Short-circuit {@code and} / {@code or}. */
    public record Logic(boolean isAnd, Expr left, Expr right, Type type, Span span) implements Expr {}

    /** A direct call. {@code site} is the call's '(' where traces point. */
    public record Call(Function function, List<Expr> args, Type type, Span site, Span span) implements Expr {}

    /** A call through a function pointer (e.g. an allocator's vtable). */
    public record CallPtr(Expr callee, Type.Fn fnType, List<Expr> args, Type type, Span site, Span span) implements Expr {}

    public enum ConvKind {
        /** Integer to a wider (or same-width) integer type, or comptime value to runtime: value unchanged. */
        INT_WIDEN,
        /** {@code @intCast}: panics when the value does not fit. */
        INT_CAST,
        /** {@code @truncate}: keeps the low bits. */
        TRUNCATE,
        /** {@code @bitCast} between same-size scalars, and pointer casts: bits unchanged. */
        BITCAST,
        INT_TO_FLOAT, FLOAT_TO_INT, FLOAT_CAST,
        /** T to ?T. */
        WRAP_OPTIONAL,
        /** T to E!T. */
        WRAP_PAYLOAD,
        /** error value to E!T. */
        WRAP_ERROR,
        /** one error set to another (codes are global, so nothing changes). */
        ERROR_SET,
        /** *[N]T to []T. */
        ARRAY_PTR_TO_SLICE,
        /** *[N]T to [*]T. */
        ARRAY_PTR_TO_MANY,
        /** bool to integer 0/1. */
        BOOL_TO_INT,
        /** enum to its tag integer. */
        ENUM_TO_INT,
        /** integer to enum (checked). */
        INT_TO_ENUM,
        /** an error to a smaller error set ({@code @errorCast}): panics unless the error is in it. */
        ERROR_SET_CAST,
        /** tagged union to its tag. */
        UNION_TO_TAG,
        /** pointer to usize. */
        PTR_TO_INT,
        /** usize to pointer. */
        INT_TO_PTR,
        /** {@code @alignCast}: checks alignment at run time. */
        ALIGN_CAST
    }

    public record Convert(ConvKind kind, Expr operand, Type type, Span span) implements Expr {}

    /** A struct value: one expression per field, in field order (defaults already filled in). */
    public record StructInit(StructType struct, List<Expr> values, Span span) implements Expr {
        public Type type() { return struct; }
    }

    public record ArrayInit(Type.Array arrayType, List<Expr> elements, Span span) implements Expr {
        public Type type() { return arrayType; }
    }

    /** A vector value from one scalar expression per element (literals, and every element-wise operation). */
    public record VectorInit(Type.Vector vectorType, List<Expr> elements, Span span) implements Expr {
        public Type type() { return vectorType; }
    }

    public record UnionInit(UnionType union, int field, Expr payload, Span span) implements Expr {
        public Type type() { return union; }
    }

    /** {@code try x}: the payload, or return the error from the function (running errdefers). */
    public record Try(Expr operand, Type type, Span span) implements Expr {}

    /** {@code x catch |e| handler}; capture may be null. */
    public record Catch(Expr operand, Local capture, Expr handler, Type type, Span span) implements Expr {}

    /** {@code x orelse fallback}. */
    public record Orelse(Expr operand, Expr fallback, Type type, Span span) implements Expr {}

    /** {@code x.?}: panics on null. */
    public record UnwrapOpt(Expr operand, Type type, Span span) implements Expr {}

    public record IfElse(Expr cond, Expr then, Expr otherwise, Type type, Span span) implements Expr {}

    /** {@code if (opt) |x| then else otherwise}; with byRef the capture is a pointer to the payload. */
    public record IfOpt(Expr operand, Local capture, boolean byRef, Expr then, Expr otherwise, Type type, Span span) implements Expr {}

    /** {@code if (eu) |x| then else |e| otherwise}. */
    public record IfErr(Expr operand, Local capture, Local errCapture, Expr then, Expr otherwise, Type type, Span span) implements Expr {}

    /** A switch prong: values to match (already folded), inclusive ranges, and the body. */
    public record Prong(List<Value> items, List<Value[]> ranges, boolean isElse, Local capture, boolean captureByRef,
                        Expr body, Span span) {}

    public record Switch(Expr operand, List<Prong> prongs, Type type, Span span) implements Expr {}

    /** A block; with a label it is a value-yielding block that {@code break :label value} leaves. */
    public record Block(List<Node> body, Label label, Type type, Span span) implements Expr {}

    public enum WhileKind { BOOL, OPTIONAL, ERROR_UNION }

    /** {@code while (cond) |capture| : (cont) body else otherwise}. */
    public record While(Label label, WhileKind kind, Expr cond, Local capture, boolean captureByRef, Node cont,
                        Expr body, Local elseCapture, Expr otherwise, Type type, Span span) implements Expr {}

    /** One input of a for loop: an indexable (array place, slice, pointer to array) or a range. */
    public record ForInput(Expr object, Expr rangeStart, Expr rangeEnd, Span span) {
        public boolean isRange() { return object == null; }
    }

    /** {@code for (inputs) |captures| body}; {@code index} is the hidden counter. */
    public record For(Label label, List<ForInput> inputs, List<Local> captures, List<Boolean> byRef, Local index,
                      Local length, Expr body, Expr otherwise, Type type, Span span) implements Expr {}

    /**
     * {@code break :target value}. The value may be replaced once, while its block is checked: a
     * block or loop with no result type gives its breaks the peer type of all their values, known
     * only when the last break has been seen (as Zig's Sema coerces each break after resolving).
     */
    public static final class Break implements Expr {
        private final Label target;
        private Expr value;
        private final Span span;

        public Break(Label target, Expr value, Span span) {
            this.target = target;
            this.value = value;
            this.span = span;
        }

        public Label target() { return target; }

        public Expr value() { return value; }

        public Span span() { return span; }

        public Type type() { return new Type.NoReturn(); }

        /** The value coerced to the block's resolved type. */
        public void resolveValue(Expr coerced) { this.value = coerced; }

        @Override
        public String toString() { return "Break[target=" + target + ", value=" + value + "]"; }
    }

    public record Continue(Label target, Span span) implements Expr {
        public Type type() { return new Type.NoReturn(); }
    }

    /** {@code return value}; span is the {@code return} keyword (where error traces point). */
    public record Return(Expr value, Span span) implements Expr {
        public Type type() { return new Type.NoReturn(); }
    }

    public record Unreachable(Span span) implements Expr {
        public Type type() { return new Type.NoReturn(); }
    }

    public enum BuiltinKind {
        /** {@code @memcpy(dest, source)}: lengths must match. */
        MEMCPY,
        /** {@code @memset(dest, value)}. */
        MEMSET,
        /** {@code @memset(dest, undefined)}: writes 0xAA and marks the bytes undefined. */
        MEMSET_UNDEFINED,
        PANIC, RETURN_ADDRESS, ERROR_NAME, TAG_NAME,
        ADD_WITH_OVERFLOW, SUB_WITH_OVERFLOW, MUL_WITH_OVERFLOW, SHL_WITH_OVERFLOW,
        /** {@code @shlExact} of run-time values: panics when bits are shifted out. */
        SHL_EXACT,
        /** {@code @shrExact} of run-time values: panics when 1 bits are shifted out. */
        SHR_EXACT,
        CTZ, CLZ, POP_COUNT, BYTE_SWAP, BIT_REVERSE, ROTL, ROTR,
        /** High half of the double-width product of two unsigned integers. */
        MUL_HI,
        /** The bytes of a slice or pointer as {@code []u8}. */
        SLICE_AS_BYTES,
        ABS, BREAKPOINT,
        /** The float builtins of {@code FloatFns.Fn}, by name ({@code F_} + the Fn's name): one float operand. */
        F_SQRT, F_SIN, F_COS, F_TAN, F_EXP, F_EXP2, F_LOG, F_LOG2, F_LOG10, F_FLOOR, F_CEIL, F_ROUND, F_TRUNC,
        /** {@code @mulAdd(T, a, b, c)}: args a, b, c. */
        MUL_ADD
    }

    /** A builtin that is neither a conversion nor arithmetic. */
    public record Builtin(BuiltinKind kind, List<Expr> args, Type type, Span span) implements Expr {}

    /** An assignment used where an expression is allowed (if bodies, switch prongs, continue expressions). */
    public record Assign(Expr target, Expr value, Span span) implements Expr {
        public Type type() { return new Type.Void(); }
    }

    // ------------------------------------------------------------------ statements

    public sealed interface Stmt extends Node permits VarDecl, ExprStmt, CompoundAssign, Defer, Discard {}

    public record VarDecl(Local local, Expr init, Span span) implements Stmt {}

    public record ExprStmt(Expr expr, Span span) implements Stmt {}

    /** {@code target op= value}: the place is computed once. */
    public record CompoundAssign(BinOp op, Expr target, Expr value, Span span) implements Stmt {}

    /** {@code defer body} / {@code errdefer |e| body}: runs when the enclosing block exits. */
    public record Defer(boolean isErr, Local errCapture, Expr body, Span span) implements Stmt {}

    /** {@code _ = x;}. */
    public record Discard(Expr value, Span span) implements Stmt {}

    /** For an enum-typed value printed by name. */
    public static String enumName(EnumType t, int index) { return t.fieldName(index); }

}
