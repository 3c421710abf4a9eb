package org.heaplab.session;

import java.util.ArrayList;
import java.util.List;
import org.heaplab.diag.Diagnostic;
import org.heaplab.diag.Severity;
import org.heaplab.lang.ast.Ast;
import org.heaplab.lang.check.LabDefaults;
import org.heaplab.lang.check.Sema;
import org.heaplab.lang.parse.Parser;
import org.heaplab.runtime.Image;
import org.heaplab.source.SourceFile;
import org.heaplab.source.Span;

/**
 * The result of compiling a program: its diagnostics and, when there were no errors, its image.
 * Whatever the input, compiling ends in a value: an internal failure becomes a diagnostic.
 *
 * @param syntaxErrors true when the diagnostics come from the parser (Zig shows only the first of those)
 */
public record Compilation(SourceFile file, Sema.Mode mode, List<Diagnostic> diagnostics, boolean syntaxErrors, Image image) {
    static {
        Image.installComptimeFormatting();
    }

    public boolean ok() { return image != null; }

    /**
     * The lines of the program's file where a statement of compiled code starts: where a line
     * breakpoint can stop (a blank line, a comment or a declaration outside any function never
     * runs). Empty when the program did not compile.
     */
    public java.util.NavigableSet<Integer> statementLines() {
        var out = new java.util.TreeSet<Integer>();
        if (image == null) return out;
        for (var fn : image.functions()) {
            if (fn == null || fn.isLibrary()) continue;
            for (var st : fn.statements()) {
                if (st.span() != null && st.span().file() == file) out.add(st.span().line());
            }
        }
        return out;
    }

    /** Every diagnostic, rendered as Zig renders them (for {@code heaplab check}). */
    public String renderAll() { return org.heaplab.diag.ZigDiagnosticRenderer.render(diagnostics); }

    /** The diagnostics {@code zig run} would print: the first syntax error only, else every error. */
    public List<Diagnostic> zigDiagnostics() {
        return syntaxErrors && !diagnostics.isEmpty() ? List.of(diagnostics.get(0)) : diagnostics;
    }

    /**
     * The stack the compiler runs on. Parsing, checking and code generation recurse on the
     * program's nesting, so a deeply nested expression needs a deep stack (the memory is only
     * reserved, and used as deep as the program goes). The parser caps nesting and the checker
     * caps comptime calls, so this holds every program they accept (CompileLimitsTest); a
     * recursion without end in the compiler itself stops here, not after gigabytes. The program fuzzer gives it less
     * ({@code -Dheaplab.compiler-stack=BYTES}): a recursion without end in the compiler then costs
     * it less memory before it is caught.
     */
    private static final long COMPILER_STACK = 256L << 20;

    /** The compiler's stack: {@link #COMPILER_STACK}, or {@code -Dheaplab.compiler-stack} (read at each compilation). */
    private static long compilerStack() {
        return Long.getLong("heaplab.compiler-stack", COMPILER_STACK);
    }

    /** Compiles a program; never throws: what goes wrong is a diagnostic. */
    public static Compilation compile(SourceFile file, Sema.Mode mode) {
        return compile(file, mode, false);
    }

    /** Compiles a program; {@code linkLibc} is {@code zig run -lc}. Never throws. */
    public static Compilation compile(SourceFile file, Sema.Mode mode, boolean linkLibc) {
        return compile(file, mode, linkLibc, LabDefaults.ZIG);
    }

    /** Compiles a program with the lab's defaults for the debug allocator's Config. Never throws. */
    public static Compilation compile(SourceFile file, Sema.Mode mode, boolean linkLibc, LabDefaults defaults) {
        var result = new Compilation[1];
        var thrown = new Throwable[1];
        Thread t = new Thread(null, () -> result[0] = compileHere(file, mode, linkLibc, defaults), "heaplab-compiler", compilerStack());
        // an Error compileHere does not catch ends the thread: it becomes the report, not a stack trace on stderr
        t.setUncaughtExceptionHandler((th, e) -> thrown[0] = e);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(file, mode, "Heap Lab stopped compiling this program (interrupted)");
        }
        if (result[0] != null) return result[0];
        Throwable died = thrown[0] != null ? thrown[0] : new IllegalStateException("the compiler thread ended without a result");
        return failed(file, mode, "Heap Lab could not compile this program: " + InternalErrors.report("compiling", file.name(), file.text(), died));
    }

    private static Compilation compileHere(SourceFile file, Sema.Mode mode, boolean linkLibc, LabDefaults defaults) {
        List<Diagnostic> diags = new ArrayList<>();
        try {
            Ast.Container ast = Parser.parseFile(file, diags);
            if (!diags.isEmpty()) return new Compilation(file, mode, diags, true, null);
            Sema.Result r = Sema.check(file, ast, mode, linkLibc, defaults);
            if (!r.ok()) return new Compilation(file, mode, r.diagnostics(), false, null);
            Image image = Image.link(r.program());
            return new Compilation(file, mode, List.of(), false, image);
        } catch (Image.TooLarge e) {
            var at = e.span != null ? e.span : org.heaplab.source.Span.at(file, 0);
            return new Compilation(file, mode, List.of(new Diagnostic(Severity.ERROR, at, e.getMessage(), List.of(), null)), false, null);
        } catch (StackOverflowError e) {
            InternalErrors.observed(e);
            return failed(file, mode, "Heap Lab cannot compile this program: it nests expressions or blocks too deeply");
        } catch (OutOfMemoryError e) {
            // the last resort: the compiler's own limits should have stopped any program before
            InternalErrors.observed(e);
            return failed(file, mode, "Heap Lab cannot compile this program: compiling it needs more memory than Heap Lab has");
        } catch (RuntimeException e) {
            return failed(file, mode, "Heap Lab could not compile this program: " + InternalErrors.report("compiling", file.name(), file.text(), e));
        }
    }

    private static Compilation failed(SourceFile file, Sema.Mode mode, String message) {
        var d = new Diagnostic(Severity.ERROR, Span.at(file, 0), message, List.of(), null);
        return new Compilation(file, mode, List.of(d), false, null);
    }
}
