package org.heaplab.session;

/**
 * Every kind of report a learner can meet in Heap Lab, each with a stable id, its plain-language
 * explanation (what happened, why Zig stops there, how to fix it) and the scenario that teaches
 * the idea behind it. The explanation of one report adds what only that report knows: the
 * values on the failing line, the block, the sites.
 *
 * <p>The kinds are the registry the window's cards, the Problems list and {@code --explain} read,
 * and the test that every diagnostic and panic Heap Lab produces has an explanation and a
 * lesson lists them ({@link ReportKinds} says which kind a report is).
 */
public enum ReportKind {
    // ---------------------------------------------------------------- panics: Zig's safety checks
    INTEGER_OVERFLOW(Stage.PANIC, "integer-overflow", "Integer overflow", "24-safety-checks",
            "An arithmetic result did not fit its integer type (a u8 holds 0 to 255, an i32 about plus or minus two billion).",
            "Zig checks every +, -, * and shift in Debug builds: silently wrapping around would turn a count of 256 into 0 and the "
                    + "bug would surface far from here.",
            "Use a wider type, check before the operation, or say that wrapping (+%, -%, *%) or saturating (+|, -|) is what you mean."),
    INDEX_OUT_OF_BOUNDS(Stage.PANIC, "index-out-of-bounds", "Index out of bounds", "24-safety-checks",
            "The program indexed past the end of an array or slice (or sliced past it).",
            "Valid indexes go from 0 to len - 1. Zig checks every index in Debug builds, so the bug stops here instead of reading "
                    + "or overwriting the bytes of some other value.",
            "Check the loop bound (`i < items.len`, not `<=`), or loop with `for (items) |x|` so there is no index to get wrong."),
    NULL_UNWRAP(Stage.PANIC, "null-unwrap", "Null unwrapped", "25-optionals-null",
            "`.?` (or a cast to a non-optional pointer) was used on an optional that was null.",
            "An optional `?T` is either a value or null, and Zig makes you say what happens when it is null: `.?` says \"it cannot "
                    + "be\", so Zig checks that claim and stops when it is wrong.",
            "Handle the null case: `if (x) |value| { ... } else { ... }`, or give a default with `x orelse default`."),
    UNREACHABLE(Stage.PANIC, "unreachable", "Reached unreachable code", "26-errors-traces",
            "Control reached `unreachable` (or a failed `std.debug.assert`, or a `catch unreachable` whose call failed).",
            "`unreachable` tells Zig a path can never run; Debug builds check the promise, because in release builds the compiler "
                    + "relies on it and anything could happen.",
            "Find out why the impossible happened (the values on the failing line help); if an error can really occur, handle it with `catch` "
                    + "or pass it on with `try` instead of `catch unreachable`."),
    CAST_TRUNCATED(Stage.PANIC, "cast-truncated", "Cast truncated bits", "24-safety-checks",
            "@intCast (or @intFromFloat) got a value that does not fit the target type: too large, or negative for an unsigned type.",
            "A cast that silently dropped the high bits would change the number; Zig checks that the value survives the cast.",
            "Check the range first, use a wider target type, or use @truncate when dropping the high bits is really what you want."),
    DIVISION_BY_ZERO(Stage.PANIC, "division-by-zero", "Division by zero", "24-safety-checks",
            "The program divided by zero (or @divExact left a remainder, or @rem/@mod got zero or a negative divisor).",
            "An integer division by zero has no answer; the processor would trap. Zig checks the divisor first so it can say where.",
            "Check the divisor before dividing (`if (count == 0) return 0;`)."),
    BAD_VALUE(Stage.PANIC, "invalid-value", "Invalid value", "24-safety-checks",
            "A value was not one its type allows: an enum tag with no name, a union's inactive field, a sentinel that is not there, "
                    + "or @memcpy with overlapping or unequal slices.",
            "These values come from casts and copies Zig cannot check at compile time, so Debug builds check them when the program runs.",
            "Make the value valid where it is made: check an integer before @enumFromInt, switch on a union before reading a field, "
                    + "copy between slices of equal length that do not overlap."),
    INCORRECT_ALIGNMENT(Stage.PANIC, "incorrect-alignment", "Incorrect alignment", "20-alignment",
            "@alignCast (or @ptrFromInt) got an address that is not a multiple of the type's alignment.",
            "A u32 must start at an address divisible by 4; reading one from elsewhere is slow or impossible on some processors, so "
                    + "Zig checks the address.",
            "Allocate with the right type (`alloc(u32, n)` rather than bytes), or ask the allocator for the alignment you need."),
    EXPLICIT_PANIC(Stage.PANIC, "panic", "Panic", "26-errors-traces",
            "The program called @panic (or std.debug.panic) with the message above.",
            "A panic stops the program at once: pending defers do not run. It is for bugs, not for failures a caller could handle.",
            "If a caller could deal with the situation, return an error instead (`return error.Invalid;`)."),

    // ---------------------------------------------------------------- memory errors
    INVALID_FREE(Stage.MEMORY, "invalid-free", "Invalid free", "07-double-free",
            "A free was given an address the allocator never handed out (or the memory of another allocator).",
            "The debug allocator keeps a record of every block it gave out, and a free of anything else would corrupt its books.",
            "Free exactly the slice or pointer that alloc/create returned, with the allocator that allocated it."),
    DOUBLE_FREE(Stage.MEMORY, "double-free", "Double free", "07-double-free",
            "A block was freed twice.",
            "After the first free the block belongs to the allocator again; a second free could release memory someone else now "
                    + "uses. The debug allocator keeps freed slots unused so it can tell.",
            "Free each block exactly once: one `defer allocator.free(x);` right after the allocation, and no other free."),
    WRONG_SIZE_FREE(Stage.MEMORY, "size-mismatch", "Free of the wrong size", "03-alloc-free-defer",
            "A block was freed with a different length than it was allocated with.",
            "Zig's allocators are told the size at free time (they do not store it); a wrong size would free the wrong amount.",
            "Free exactly the slice that alloc returned, not a shorter slice of it."),
    USE_AFTER_FREE(Stage.MEMORY, "use-after-free", "Use after free", "06-use-after-free",
            "The program touched a block after it was freed.",
            "A freed block belongs to the allocator again. The debug allocator gives whole pages back when they empty, so the "
                    + "access faults here instead of quietly reading stale bytes.",
            "Keep the block alive for as long as it is used: move the free (or its defer) after the last use."),
    SEGFAULT(Stage.MEMORY, "segmentation-fault", "Segmentation fault", "08-dangling-local",
            "The program touched an address that no memory is mapped at.",
            "The operating system stops a program that reads or writes memory it does not have; Zig prints where it happened.",
            "Find where the pointer came from: never initialized, null, pointing at a dead function's local, or computed wrongly."),
    STACK_OVERFLOW(Stage.MEMORY, "stack-overflow", "Stack overflow", "01-stack-huge-local",
            "The program ran out of stack: the operating system killed it (signal SIGSEGV, exit 139) before Zig could print anything.",
            "Every call takes room on the stack for its locals; a local array of megabytes, or recursion that never stops, uses "
                    + "all 16 MiB.",
            "Put big buffers on the heap (`try allocator.alloc(u8, n)`), and make sure recursion reaches its base case."),
    OUT_OF_MEMORY(Stage.MEMORY, "out-of-memory", "Out of memory", "15-fixed-buffer-runs-out",
            "An allocator refused an allocation, so `alloc` returned error.OutOfMemory and `try` passed it up to main.",
            "Allocation can fail (a fixed buffer is full, a limit is reached), and Zig makes that an error every caller sees, "
                    + "never a null pointer it might forget to check.",
            "Give the allocator more room, free what you no longer need, or handle error.OutOfMemory where you can recover."),
    LEAK(Stage.MEMORY, "leak", "Leak", "05-leak-early-return",
            "Memory was allocated and never freed.",
            "The debug allocator (and std.testing.allocator) checks at deinit that every block came back, and prints where each "
                    + "missing one was allocated.",
            "Free every block once you are done with it: `defer allocator.free(x);` right after the allocation does it on every "
                    + "path out of the function, early returns and errors included."),

    // ---------------------------------------------------------------- how a run ends
    TEST_FAILED(Stage.RUN, "test-failure", "Test failed", "12-intlist-growth-testing-allocator",
            "A test's expectation did not hold (or the test returned an error), so `zig test` reports it as failed.",
            "std.testing's expect functions return an error when the check fails; `try` passes it out of the test block, and the "
                    + "trace shows which line.",
            "Compare the expected and found values printed above; fix the code (or the expectation, if it was wrong)."),
    ERROR_RETURNED(Stage.RUN, "error-returned", "main returned an error", "26-errors-traces",
            "main returned an error, so the program exited with status 1.",
            "An error travels up through every `try` until something handles it; the error return trace above lists where it was "
                    + "returned and each `try` that passed it on, innermost first. Deferred code and errdefers ran on the way.",
            "Handle the error where you can do something about it (`catch |err| ...`), or let main report it if the program cannot go on."),
    LIMIT_REACHED(Stage.RUN, "limit-reached", "Heap Lab limit reached", "01-stack-huge-local",
            "Heap Lab stopped the program because it reached one of the lab's limits.",
            "Zig itself has no such limit; the lab keeps a runaway program (an endless loop, a huge allocation) from freezing your machine.",
            "Check for a loop that never ends; if the program really needs more, raise the limit in the settings or on the command line."),

    // ---------------------------------------------------------------- compile errors
    UNUSED(Stage.COMPILE, "unused", "Unused name", "03-alloc-free-defer",
            "A local constant, variable, parameter or capture is never used (or is discarded with `_ =` and used as well).",
            "Zig refuses unused names: an unused value is usually a bug (a result you meant to use), and the rule keeps code honest.",
            "Use it, remove it, or discard it explicitly with `_ = name;`."),
    NEVER_MUTATED(Stage.COMPILE, "never-mutated", "var never mutated", "03-alloc-free-defer",
            "A `var` is never changed.",
            "Zig wants `const` wherever nothing changes, so a reader knows at a glance what can.",
            "Write `const`. (Changing what a slice points at, like `buf[0] = 1`, does not change the slice itself.)"),
    COMPTIME_UNKNOWN(Stage.COMPILE, "comptime-unknown", "Needs a value known at compile time", "02-runtime-length-array",
            "A value that must be known while compiling (an array's length, a type, a comptime parameter) depends on something "
                    + "known only when the program runs.",
            "Zig lays out arrays and types before the program runs, so their sizes cannot wait for input.",
            "For a size known only at run time, allocate on the heap: `try allocator.alloc(u8, n)`."),
    ERROR_IGNORED(Stage.COMPILE, "error-ignored", "Error or value ignored", "26-errors-traces",
            "A call that can fail (or that returns a value) was used as a statement, dropping its result.",
            "Zig makes you decide what happens when a call fails; ignoring it silently is the bug errors exist to prevent.",
            "Write `try f()` to pass the error up, `f() catch |err| ...` to handle it, or `_ = f();` for a value you do not need."),
    ERROR_SETS(Stage.COMPILE, "error-sets", "Error set mismatch", "26-errors-traces",
            "An error, error set or error union is used where it does not fit: an error the set does not have, `try` where it "
                    + "cannot return, an error union where a plain value is needed.",
            "Errors are values of error sets, checked by the compiler like any type, so every error a function returns is known.",
            "Use `try` or `catch` to get the value out of an error union, and return only errors of the function's error set."),
    TYPE_MISMATCH(Stage.COMPILE, "type-mismatch", "Type mismatch", "24-safety-checks",
            "A value of one type is used where another is expected, or a constant does not fit its type.",
            "Zig converts between types only when no information can be lost; anything else must be asked for, so a lossy "
                    + "conversion is never silent.",
            "Use a type that holds the value, or convert explicitly: @as for safe coercions, @intCast (checked at run time), "
                    + "@floatFromInt, @truncate."),
    COMPTIME_ARITHMETIC(Stage.COMPILE, "comptime-arithmetic", "Arithmetic error found while compiling", "24-safety-checks",
            "Arithmetic on values known at compile time overflowed, divided by zero, or used an operator the types do not allow.",
            "What would be a panic at run time is a compile error when the compiler can see it happen.",
            "Use a wider type, the wrapping (+%) or saturating (+|) operators, or @divTrunc/@rem for signed division."),
    OPTIONALS(Stage.COMPILE, "optionals", "Optional or null misused", "25-optionals-null",
            "An optional was used as if it held a value, or null was given to something that cannot be null.",
            "Only `?T` can be null; the compiler makes sure every other pointer and value always holds something.",
            "Unwrap with `if (x) |v|`, `x orelse default` or `x.?`, and make the type optional (`?*Node`) where null is allowed."),
    CONSTNESS(Stage.COMPILE, "constness", "Assignment to a constant", "04-create-destroy",
            "The program assigns to (or through) something that is constant.",
            "`const` values and `*const` pointers promise the memory is not changed through them; the compiler keeps the promise.",
            "Declare it `var`, or take a mutable pointer (`*T`, `[]T`) to memory you may change."),
    NAMES(Stage.COMPILE, "names", "Unknown or ambiguous name", "03-alloc-free-defer",
            "A name is not declared where it is used, a type has no field or member of that name, or a name hides another.",
            "Zig resolves every name when compiling and forbids shadowing, so a name always means one thing.",
            "Check the spelling and where it is declared; rename a local that shadows an outer name."),
    SYNTAX(Stage.COMPILE, "syntax", "Syntax error", "03-alloc-free-defer",
            "The text is not valid Zig here: a token is missing or out of place.",
            "The parser reads the program before anything else, and stops at what it cannot make sense of.",
            "Look at the marked place and just before it: a missing `;`, `)` or `}` is the usual cause."),
    CONTROL_FLOW(Stage.COMPILE, "control-flow", "Control flow error", "10-defer-lifo-deinit-order",
            "A break, continue, return or switch does not fit where it is: outside a loop, out of a defer, a switch that does not "
                    + "handle every case, a function that can end without returning its value.",
            "Zig checks that every path through a function ends the way its type says, and that defers cannot jump out.",
            "Handle every case (or add `else =>`), return a value on every path, and keep jumps inside the loop or block they leave."),
    CALLS(Stage.COMPILE, "calls", "Wrong arguments", "03-alloc-free-defer",
            "A function or builtin was called with the wrong number or kind of arguments.",
            "Zig checks every call against the function's parameters when compiling.",
            "Look up the function's parameters and pass one argument for each."),
    INITIALIZERS(Stage.COMPILE, "initializers", "Struct or array literal error", "04-create-destroy",
            "A struct, union or array literal is missing a field, names one twice, or mixes positional and named values.",
            "Every field must have a value (or a default) when a struct is made, so no field is ever left undefined by accident.",
            "Give every field without a default a value: `.{ .name = ..., .age = ... }`."),
    POINTERS(Stage.COMPILE, "pointers", "Pointer or slice misused", "08-dangling-local",
            "A pointer, slice or cast between them is used in a way its type does not allow.",
            "Zig's pointer types say what they point at (one item, many, a slice with a length) and whether it may change, and "
                    + "the compiler keeps to it.",
            "Index slices and many-item pointers, dereference single-item pointers (`p.*`), and convert with @ptrCast only when the "
                    + "bytes really are of that type."),
    FORMAT(Stage.COMPILE, "format", "Format string error", "21-bufprint-vs-allocprint",
            "A format string does not match its arguments: a placeholder too many or too few, or one that does not suit the type.",
            "std.fmt checks the format string against the arguments while compiling, so printing cannot fail at run time.",
            "Give one argument per `{}` in the tuple `.{ a, b }`, and pick a specifier the type accepts: `{s}` for strings, `{?}` "
                    + "for optionals, `{!}` for error unions, `{any}` for anything."),
    LIBC(Stage.COMPILE, "libc", "Needs libc", "19-allocator-chain",
            "std.heap.c_allocator (or another libc function) is used without linking libc.",
            "The C allocator is C's malloc; Zig programs link libc only when asked.",
            "Run with `-lc` (`heaplab run -lc main.zig`), or use page_allocator or a DebugAllocator instead."),
    TYPES_AND_COMPTIME(Stage.COMPILE, "types-comptime", "Type-level error", "02-runtime-length-array",
            "Something that works on types (a generic function, @typeInfo, a switch on a type, a comptime loop) got a type or "
                    + "value it cannot handle, or compile-time evaluation ran too long.",
            "Generic code runs in the compiler; its mistakes are compile errors at the call that got the wrong type.",
            "Check the type you pass to the generic function or builtin; for long comptime loops, raise @setEvalBranchQuota."),
    MAIN_SIGNATURE(Stage.COMPILE, "main-signature", "main is not right", "03-alloc-free-defer",
            "main is missing `pub`, or returns a type main cannot return.",
            "The start code calls `pub fn main` and reads its result: nothing, an error, or an exit status.",
            "Write `pub fn main() !void` (or `void`, `u8`, `!u8`)."),
    COMPILE_ERROR_CALL(Stage.COMPILE, "compile-error-call", "@compileError", "24-safety-checks",
            "A @compileError was reached: the code (yours, or the standard library's on your behalf) refused what it was given.",
            "Generic code uses @compileError to reject types or arguments it cannot handle, at the call that passed them.",
            "Read the message: it says what the function wanted. The note lines point at your call."),
    UNSUPPORTED(Stage.COMPILE, "unsupported", "Not supported by Heap Lab", "01-stack-huge-local",
            "This is valid Zig (or nearly), but Heap Lab does not run it yet, or stopped evaluating it.",
            "Heap Lab re-implements the part of Zig that programs about memory use; a few rare features are left out, and said so.",
            "Write it another way (the message says what is missing), or run it with the real `zig`.");

    /** Where a report comes from. */
    public enum Stage { COMPILE, PANIC, MEMORY, RUN }

    private final Stage stage;
    private final String id;
    private final String title;
    private final String lesson;
    private final String what;
    private final String why;
    private final String fix;

    ReportKind(Stage stage, String id, String title, String lesson, String what, String why, String fix) {
        this.stage = stage;
        this.id = id;
        this.title = title;
        this.lesson = lesson;
        this.what = what;
        this.why = why;
        this.fix = fix;
    }

    public Stage stage() { return stage; }

    /** A stable id ("integer-overflow"), the same in every version. */
    public String id() { return id; }

    public String title() { return title; }

    /** The id of the scenario that teaches the idea ("24-safety-checks"). */
    public String lesson() { return lesson; }

    /** What happened, in general terms. */
    public String what() { return what; }

    /** Why Zig stops there. */
    public String why() { return why; }

    /** How to fix it. */
    public String fix() { return fix; }

    /** What, why and how to fix, as one paragraph. */
    public String explanation() { return what + " " + why + " Fix: " + fix; }

    public static ReportKind byId(String id) {
        for (ReportKind k : values()) if (k.id.equals(id)) return k;
        return null;
    }
}
