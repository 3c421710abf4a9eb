package org.heaplab.session;

import java.util.List;
import java.util.Map;
import org.heaplab.diag.Diagnostic;
import org.heaplab.runtime.Runner;

/**
 * Which {@link ReportKind} a report is. Runs are classified by how they ended and by the
 * allocator's report type. A safety panic is known by Zig's fixed message (the texts of
 * {@code std.debug.SimplePanic}, which are Zig's names for its checks); anything else that
 * panics came from @panic. A compile error is known by the start of Zig's message (the table
 * below, one row per message family of the checker, parser and lexer), or else by where it comes
 * from: a {@code @compileError} call, in the program or in the std.
 */
public final class ReportKinds {
    private ReportKinds() {}

    /** Zig's safety-check panic messages (their fixed beginning) and their kinds. */
    static final List<Map.Entry<String, ReportKind>> PANICS = List.of(
            Map.entry("integer overflow", ReportKind.INTEGER_OVERFLOW),
            Map.entry("left shift overflowed bits", ReportKind.INTEGER_OVERFLOW),
            Map.entry("right shift overflowed bits", ReportKind.INTEGER_OVERFLOW),
            Map.entry("shift amount is greater than the type size", ReportKind.INTEGER_OVERFLOW),
            Map.entry("index out of bounds", ReportKind.INDEX_OUT_OF_BOUNDS),
            Map.entry("start index ", ReportKind.INDEX_OUT_OF_BOUNDS),
            Map.entry("attempt to use null value", ReportKind.NULL_UNWRAP),
            Map.entry("cast causes pointer to be null", ReportKind.NULL_UNWRAP),
            Map.entry("reached unreachable code", ReportKind.UNREACHABLE),
            Map.entry("attempt to unwrap error", ReportKind.UNREACHABLE),
            Map.entry("integer cast truncated bits", ReportKind.CAST_TRUNCATED),
            Map.entry("attempt to cast negative value to unsigned integer", ReportKind.CAST_TRUNCATED),
            Map.entry("integer part of floating point value out of bounds", ReportKind.CAST_TRUNCATED),
            Map.entry("division by zero", ReportKind.DIVISION_BY_ZERO),
            Map.entry("remainder division by zero or negative value", ReportKind.DIVISION_BY_ZERO),
            Map.entry("exact division produced remainder", ReportKind.DIVISION_BY_ZERO),
            Map.entry("invalid enum value", ReportKind.BAD_VALUE),
            Map.entry("access of union field", ReportKind.BAD_VALUE),
            Map.entry("sentinel mismatch", ReportKind.BAD_VALUE),
            Map.entry("@memcpy arguments", ReportKind.BAD_VALUE),
            Map.entry("invalid error code", ReportKind.BAD_VALUE),
            Map.entry("incorrect alignment", ReportKind.INCORRECT_ALIGNMENT),
            Map.entry("Invalid free", ReportKind.INVALID_FREE));

    /** The kind of a panic message: a safety check's, else an explicit @panic's. */
    public static ReportKind ofPanic(String message) {
        if (message == null) return ReportKind.EXPLICIT_PANIC;
        for (var e : PANICS) if (message.startsWith(e.getKey())) return e.getValue();
        return ReportKind.EXPLICIT_PANIC;
    }

    /** The kind of the way a run ended, or null for an ordinary end (returned, exited, every test passed). */
    public static ReportKind ofEnding(Runner.Result r) {
        if (r == null) return null;
        return switch (r.ending()) {
            case PANIC -> ofPanic(r.detail());
            case TEST_CRASHED -> r.detail() == null ? ReportKind.TEST_FAILED : ofPanic(r.detail());
            case SEGFAULT -> ReportKind.SEGFAULT;
            case STACK_OVERFLOW -> ReportKind.STACK_OVERFLOW;
            case ERROR_RETURNED -> "OutOfMemory".equals(r.detail()) ? ReportKind.OUT_OF_MEMORY : ReportKind.ERROR_RETURNED;
            case TESTS_FAILED -> ReportKind.TEST_FAILED;
            case LIMIT -> ReportKind.LIMIT_REACHED;
            case RETURNED, EXIT -> null;
        };
    }

    /** The kind of a compile error (never null: an error of no known family is taken as a std's or program's refusal). */
    public static ReportKind ofDiagnostic(Diagnostic d) {
        ReportKind k = ofCompileMessage(d.message());
        if (k != null) return k;
        return ReportKind.COMPILE_ERROR_CALL;
    }

    /** The kind of a compile error's message by its family, or null when it is not one of the checker's, parser's or lexer's. */
    public static ReportKind ofCompileMessage(String message) {
        for (var e : CompileErrorFamilies.ROWS) if (message.contains(e.getKey())) return e.getValue();
        return null;
    }
}
