package org.heaplab.runtime;

import java.util.Locale;

/**
 * What the lab does to a program's allocators behind its back: fail the Nth allocation (or every
 * allocation from the Nth on) reaching one allocator of the chain, fail its Nth resize, or
 * replace the program's root allocator by another one, the program's text unchanged.
 *
 * <p>The root allocator is the one beneath the program's first allocation request that takes
 * its memory from the operating system or from a buffer of its own: the program's
 * {@code GeneralPurposeAllocator} (also under an arena made over it), {@code std.testing.allocator}
 * in a test, an arena or a {@code FixedBufferAllocator} made first, or {@code page_allocator}
 * itself (see {@link FaultInjector}). A program that makes no allocation has none, and nothing
 * happens to it.
 *
 * @param failAlloc    the Nth allocation request (from 1) reaching the target fails; 0: none does
 * @param failResize   the Nth resize or remap request reaching the target fails; 0: none does
 * @param fromOn       every request from the Nth on fails, not only the Nth
 * @param target       which allocator: {@code root}, a kind ({@code page}, {@code debug}, {@code arena},
 *                     {@code fixed}, {@code c}, or a type name such as {@code FixedBufferAllocator}), or
 *                     {@code #id}, its number in the chain
 * @param substitute   the allocator that replaces the root allocator, or NONE
 * @param fixedBytes   the size of the {@code FixedBufferAllocator}'s buffer when {@code substitute} is FIXED
 */
public record FaultPlan(long failAlloc, long failResize, boolean fromOn, String target, Substitute substitute, long fixedBytes) {
    /** An allocator that can stand in for the root allocator (its code is in the std's {@code heap/hl_substitute.zig}). */
    public enum Substitute {
        NONE, DEBUG, PAGE, ARENA, FIXED, C, POOL;

        /** The name {@code heaplab compare --with} takes. */
        public String label() { return name().toLowerCase(Locale.ROOT); }
    }

    /** One allocation request that reached the target allocator: its number (from 1), where the program was (a code address), the step, its length, and whether it failed. */
    public record Request(long index, long site, long step, long length, boolean failed) {}

    /** The most bytes a substituted {@code FixedBufferAllocator} may have. */
    public static final long MAX_FIXED = 16L << 20;

    public static final FaultPlan NONE = new FaultPlan(0, 0, false, "root", Substitute.NONE, 0);

    public FaultPlan {
        if (target == null || target.isBlank()) target = "root";
        if (substitute == null) substitute = Substitute.NONE;
    }

    public static FaultPlan failing(long n, boolean fromOn) { return new FaultPlan(n, 0, fromOn, "root", Substitute.NONE, 0); }

    public static FaultPlan replacing(Substitute s, long fixedBytes) { return new FaultPlan(0, 0, false, "root", s, fixedBytes); }

    public FaultPlan withFailAlloc(long n) { return new FaultPlan(n, failResize, fromOn, target, substitute, fixedBytes); }

    public FaultPlan withTarget(String t) { return new FaultPlan(failAlloc, failResize, fromOn, t, substitute, fixedBytes); }

    /** Whether the plan changes anything. */
    public boolean active() { return failAlloc > 0 || failResize > 0 || substitute != Substitute.NONE; }

    /** Whether the {@code count}th request (from 1) fails when the plan fails the {@code n}th. */
    boolean fails(long n, long count) { return n > 0 && (count == n || fromOn && count > n); }

    /** What is wrong with the plan, in the command line's words, or null. */
    public String problem() {
        if (failAlloc < 0) return "--fail-alloc must be 1 or more (0: no allocation fails)";
        if (failResize < 0) return "--fail-resize must be 1 or more (0: no resize fails)";
        if (!validTarget(target)) return "--fail-in takes root, page, debug, arena, fixed, c, an allocator's type name, or #N (its number in the chain)";
        if (substitute == Substitute.FIXED && (fixedBytes < 1 || fixedBytes > MAX_FIXED)) {
            return "a fixed buffer must have between 1 and " + MAX_FIXED + " bytes";
        }
        return null;
    }

    private static boolean validTarget(String t) {
        if (t.startsWith("#")) return t.length() > 1 && t.length() < 8 && t.substring(1).chars().allMatch(Character::isDigit);
        return t.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '_');
    }

    /** Whether an allocator of type kind {@code kind} (ArenaAllocator, PageAllocator...) with number {@code id} is the named target. */
    boolean names(String kind, int id) {
        if (target.startsWith("#")) return Integer.parseInt(target.substring(1)) == id;
        String k = switch (target.toLowerCase(Locale.ROOT)) {
            case "page" -> "PageAllocator";
            case "debug", "gpa" -> "DebugAllocator";
            case "arena" -> "ArenaAllocator";
            case "fixed" -> "FixedBufferAllocator";
            case "c" -> "CAllocator";
            case "failing" -> "FailingAllocator";
            default -> target;
        };
        if (k.equals("DebugAllocator") && kind.equals("GeneralPurposeAllocator")) return true;
        return k.equalsIgnoreCase(kind);
    }
}
