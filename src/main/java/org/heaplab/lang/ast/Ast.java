package org.heaplab.lang.ast;

import java.math.BigInteger;
import java.util.List;
import org.heaplab.source.Span;

/**
 * The syntax tree of a Zig file: sealed records, so every consumer switches over all cases.
 * Every node carries its {@link Span}; nodes that Zig points into (a call's parenthesis, an
 * operator) carry that position too, because Zig's traces and errors point there.
 */
public final class Ast {
    private Ast() {}

    public sealed interface Node permits Expr, Stmt, Member {
        Span span();
    }

    // ------------------------------------------------------------ container members

    public sealed interface Member extends Node permits VarDecl, FnDecl, TestDecl, FieldDecl, ComptimeDecl {}

    /** {@code [pub] const|var name [: type] = init;} at container level or as a statement. */
    public record VarDecl(boolean isPub, boolean isConst, boolean isComptime, boolean isExtern, String name, Span nameSpan,
                          Expr type, Expr init, Span span) implements Member, Stmt {}

    public record Param(String name, Span nameSpan, boolean isComptime, boolean isAnytype, Expr type, Span span) {}

    /** A function declaration; {@code body} is null for {@code extern fn}. */
    public record FnDecl(boolean isPub, boolean isExtern, boolean isInline, String name, Span nameSpan, List<Param> params,
                         Expr returnType, boolean inferredErrorSet, Block body, Span span) implements Member {}

    /** {@code test "name" {...}}, {@code test {...}} (name ""), or a doctest {@code test decl {...}} (isDecltest). */
    public record TestDecl(String name, Block body, Span span, boolean isDecltest) implements Member {}

    /** A container field; {@code align} is its {@code align(n)}, or null. */
    public record FieldDecl(String name, Span nameSpan, Expr type, Expr align, Expr defaultValue, Span span) implements Member {}

    public record ComptimeDecl(Block body, Span span) implements Member {}

    /** The members of a file, struct, enum or union, in source order. */
    public record Container(List<Member> members) {}

    // ------------------------------------------------------------ statements

    public sealed interface Stmt extends Node permits VarDecl, ExprStmt, Assign, Defer, Destructure {}

    /**
     * {@code const a, var b: T, c.x = value;}: each target takes one element of a tuple or
     * array, in order. A target declares a variable (name, maybe a type) or is a place ({@code _} too).
     */
    public record Destructure(List<DestructTarget> targets, Expr value, Span opSpan, Span span) implements Stmt {}

    /** One target of a destructuring: a declaration ({@code isDecl}) or an expression naming a place. */
    public record DestructTarget(boolean isDecl, boolean isConst, boolean isComptime, String name, Span nameSpan, Expr type,
                                 Expr target, Span span) {}

    public record ExprStmt(Expr expr, Span span) implements Stmt {}

    /** {@code target op= value}; op is null for plain {@code =}. {@code _ = x} has an Identifier "_" target. */
    public record Assign(Expr target, BinOp op, Expr value, Span opSpan, Span span) implements Stmt, Expr {}

    public record Defer(boolean isErr, String capture, Expr body, Span span) implements Stmt {}

    // ------------------------------------------------------------ expressions

    public sealed interface Expr extends Node permits Identifier, IntLit, FloatLit, CharLit, StringLit, EnumLit, ErrorLit,
            BuiltinCall, Call, Field, Index, SliceOf, Deref, UnwrapOpt, Unary, Try, Binary, Catch, Orelse, Init,
            If, Switch, Block, While, For, Break, Continue, Return, Unreachable, ContainerType, ErrorSetType,
            FnType, PointerType, ArrayType, OptionalType, ErrorUnionType, Comptime, Grouped, AnyType, Bad, Assign {}

    public record Identifier(String name, Span span) implements Expr {}

    public record IntLit(BigInteger value, Span span) implements Expr {}

    /** A float literal: its f64 value and its spelling ({@code text}, read at f128 for comptime arithmetic). */
    public record FloatLit(double value, String text, Span span) implements Expr {}

    public record CharLit(int codepoint, Span span) implements Expr {}

    public record StringLit(byte[] bytes, Span span) implements Expr {}

    /** {@code .name} */
    public record EnumLit(String name, Span span) implements Expr {}

    /** {@code error.Name} */
    public record ErrorLit(String name, Span span) implements Expr {}

    public record BuiltinCall(String name, List<Expr> args, Span span) implements Expr {}

    /** {@code callee(args)}; lparen is where Zig's traces point for the call. */
    public record Call(Expr callee, List<Expr> args, Span lparen, Span span) implements Expr {}

    public record Field(Expr target, String name, Span nameSpan, Span span) implements Expr {}

    public record Index(Expr target, Expr index, Span lbracket, Span span) implements Expr {}

    public record SliceOf(Expr target, Expr start, Expr end, Expr sentinel, Span lbracket, Span span) implements Expr {}

    /** {@code x.*} */
    public record Deref(Expr target, Span opSpan, Span span) implements Expr {}

    /** {@code x.?} */
    public record UnwrapOpt(Expr target, Span opSpan, Span span) implements Expr {}

    public enum UnaryOp { NEG, NEG_WRAP, NOT, BIT_NOT, ADDRESS_OF }

    public record Unary(UnaryOp op, Expr operand, Span span) implements Expr {}

    public record Try(Expr operand, Span span) implements Expr {}

    public enum BinOp {
        ADD("+"), ADD_WRAP("+%"), ADD_SAT("+|"), SUB("-"), SUB_WRAP("-%"), SUB_SAT("-|"),
        MUL("*"), MUL_WRAP("*%"), MUL_SAT("*|"), DIV("/"), MOD("%"),
        SHL("<<"), SHL_SAT("<<|"), SHR(">>"), BIT_AND("&"), BIT_OR("|"), BIT_XOR("^"),
        EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="), AND("and"), OR("or"),
        CONCAT("++"), REPEAT("**"), MERGE_ERRORS("||");

        public final String symbol;

        BinOp(String symbol) { this.symbol = symbol; }

        public boolean isComparison() { return this == EQ || this == NE || this == LT || this == LE || this == GT || this == GE; }
    }

    public record Binary(BinOp op, Expr left, Expr right, Span opSpan, Span span) implements Expr {}

    public record Catch(Expr left, String capture, Span captureSpan, Expr right, Span opSpan, Span span) implements Expr {}

    public record Orelse(Expr left, Expr right, Span opSpan, Span span) implements Expr {}

    public record FieldInit(String name, Span nameSpan, Expr value) {}

    /**
     * {@code T{...}} or {@code .{...}} (type null). Either named fields or positional elements;
     * {@code T{}} has both lists empty.
     */
    public record Init(Expr type, List<FieldInit> fields, List<Expr> elements, Span span) implements Expr {}

    /** A capture {@code |x|} or {@code |*x|}. */
    public record Capture(String name, boolean byRef, Span span) {}

    public record If(Expr cond, Capture capture, Expr then, Capture elseCapture, Expr otherwise, Span span) implements Expr {}

    /** A prong; an {@code inline} prong is checked once per value it matches, {@code tagCapture} naming that value. */
    public record SwitchCase(List<Expr> items, List<Expr[]> ranges, boolean isElse, boolean isInline, Capture capture,
                             Capture tagCapture, Expr body, Span span) {}

    /** A switch; a labeled one ({@code sw: switch}) is dispatched again by {@code continue :sw value}. */
    public record Switch(String label, Expr operand, List<SwitchCase> cases, Span span) implements Expr {}

    public record Block(String label, List<Stmt> stmts, Span span) implements Expr {}

    public record While(String label, boolean isInline, Expr cond, Capture capture, Expr cont, Expr body,
                        Capture elseCapture, Expr otherwise, Span span) implements Expr {}

    /** An input of a for loop: an expression, or a range {@code start..end} (end may be null). */
    public record ForInput(Expr expr, Expr rangeEnd, boolean isRange, Span span) {}

    public record For(String label, boolean isInline, List<ForInput> inputs, List<Capture> captures, Expr body,
                      Expr otherwise, Span span) implements Expr {}

    public record Break(String label, Expr value, Span span) implements Expr {}

    /** {@code continue}, {@code continue :label}, or {@code continue :sw value} to a labeled switch. */
    public record Continue(String label, Expr value, Span span) implements Expr {}

    public record Return(Expr value, Span span) implements Expr {}

    public record Unreachable(Span span) implements Expr {}

    public enum ContainerKind { STRUCT, ENUM, UNION, OPAQUE }

    /** {@code struct {...}}, {@code enum(u8) {...}}, {@code union(enum) {...}}. */
    public record ContainerType(ContainerKind kind, Expr tagType, boolean taggedUnion, String layout, Container body,
                                Span span) implements Expr {}

    public record ErrorSetType(List<String> names, Span span) implements Expr {}

    public record FnType(List<Param> params, Expr returnType, boolean inferredErrorSet, Span span) implements Expr {}

    public enum PtrSize { ONE, MANY, SLICE, C }

    public record PointerType(PtrSize size, boolean isConst, Expr sentinel, Expr align, Expr child, Span span) implements Expr {}

    /** {@code [len]T}; len is an {@link Identifier} "_" for {@code [_]T}. */
    public record ArrayType(Expr length, Expr sentinel, Expr child, Span span) implements Expr {}

    public record OptionalType(Expr child, Span span) implements Expr {}

    /** {@code E!T}; errorSet null means an inferred error set ({@code !T} in a return type). */
    public record ErrorUnionType(Expr errorSet, Expr payload, Span span) implements Expr {}

    public record Comptime(Expr expr, Span span) implements Expr {}

    public record Grouped(Expr expr, Span span) implements Expr {}

    /** {@code anytype} as a parameter type. */
    public record AnyType(Span span) implements Expr {}

    /** What the parser leaves where it could not read an expression (an error was reported). */
    public record Bad(Span span) implements Expr {}
}
