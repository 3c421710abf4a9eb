package org.heaplab.fuzz;

import java.util.List;

/**
 * Findings of the program fuzzer that are known and being fixed elsewhere: they are printed with
 * every run but do not fail {@link ProgramFuzzTest}. This list must only shrink: when a fix
 * lands, remove its entry (a listed signature that no longer turns up is printed as "gone"),
 * and never add one to make the test pass; fix the lab instead.
 */
final class KnownFindings {
    private KnownFindings() {}

    /** A known finding: the start of its signature ({@link Probe.Result#signature()}) and what it is. */
    record Known(String signature, String what) {}

    static final List<Known> LIST = List.of(
            new Known("INTERNAL_COMPILE IllegalArgumentException at Lexer.writeCodepoint",
                    "a \\u{...} escape past U+10FFFF in a string literal (lexer escapes, being fixed with the compile errors)"),
            new Known("INTERNAL_COMPILE ClassCastException at Conversions.convert",
                    "@floatCast of an integer (cast builtins given the wrong types, being fixed with the compile errors)"),
            new Known("INTERNAL_COMPILE IllegalArgumentException at Image$Section.fill",
                    "a global array longer than memory, std.BoundedArray(i32, 1e19) (huge comptime sizes, being fixed with the compile errors)"));

    /** The known finding a signature is, or null. */
    static Known match(String signature) {
        for (Known k : LIST) if (signature.startsWith(k.signature())) return k;
        return null;
    }
}
