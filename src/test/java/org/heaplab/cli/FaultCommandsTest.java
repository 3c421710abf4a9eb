package org.heaplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code heaplab sweep}, {@code heaplab compare} and {@code run --fail-alloc}: what they print and their exit statuses. */
class FaultCommandsTest {
    record Result(int status, String out, String err) {}

    static Result run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = HeapLabCommand.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static final String DIR = "src/test/resources/faults/";

    /** The table without its last column (the time, which varies). */
    static String untimed(String table) {
        return table.replaceAll("  +(time|\\d+ ms)\\n", "\n");
    }

    @Test
    void runFailsTheNthAllocationOfTheRootAllocator() {
        Result r = run("run", "--fail-alloc", "2", DIR + "missing-errdefer.zig");
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().startsWith("error(gpa): memory address 0x"), r.err());
        assertTrue(r.err().contains("missing-errdefer.zig:8:34: 0x"), r.err());
        assertTrue(r.err().contains("error: OutOfMemory\nmissing-errdefer.zig:9:19: 0x"), r.err());
        assertEquals("", r.out());
        // without the option the program runs as written
        assertEquals(0, run("run", DIR + "missing-errdefer.zig").status());
    }

    @Test
    void failFromOnFailsEveryLaterAllocationAndFailResizeIsSurvived() {
        Result r = run("run", "--fail-alloc", "2", "--fail-from-on", DIR + "grow.zig");
        assertEquals(1, r.status());
        assertTrue(r.err().startsWith("error: OutOfMemory\ngrow.zig:8:21: 0x"), r.err());
        // ArrayList falls back to a new allocation when growing in place fails
        Result resize = run("run", "--fail-resize", "1", "--fail-from-on", "--allocators", DIR + "grow.zig");
        assertEquals(0, resize.status(), resize.err());
        assertTrue(resize.err().startsWith("40 items\n"), resize.err());
    }

    @Test
    void failInNamesAnotherAllocatorOfTheChain() {
        Result r = run("run", "--fail-alloc", "1", "--fail-in", "page", DIR + "missing-errdefer.zig");
        assertEquals(1, r.status());
        assertTrue(r.err().startsWith("error: OutOfMemory\nmissing-errdefer.zig:8:19: 0x"), r.err());
        Result bad = run("run", "--fail-alloc", "1", "--fail-in", "no such!", DIR + "missing-errdefer.zig");
        assertEquals(2, bad.status());
        assertTrue(bad.err().startsWith("heaplab: --fail-in takes root, page"), bad.err());
        assertEquals(2, run("run", "--fail-alloc", "-1", DIR + "missing-errdefer.zig").status());
    }

    @Test
    void aTraceKeepsTheFaultsSoItsReplayFailsTheSameAllocation(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        String trace = dir.resolve("t.json").toString();
        assertEquals(1, run("run", "--fail-alloc", "2", "--trace", trace, DIR + "missing-errdefer.zig").status());
        Result replay = run("replay", trace);
        assertEquals(0, replay.status(), replay.err());
        assertTrue(replay.out().contains("error: OutOfMemory\\nmissing-errdefer.zig:9:19"), replay.out());
    }

    @Test
    void sweepFindsTheMissingErrdefer() {
        Result r = run("sweep", DIR + "missing-errdefer.zig");
        assertEquals(1, r.status(), r.err());
        assertEquals("""
                missing-errdefer.zig: 2 allocations reach the root allocator (DebugAllocator); failing each in turn
                without a failure: clean
                fail allocation 1 (missing-errdefer.zig:8, in init): clean
                fail allocation 2 (missing-errdefer.zig:9, in init): leaked 1 block(s) allocated at missing-errdefer.zig:8
                2 allocation points: 1 clean, 1 not
                """, r.out());
        assertEquals(r.out(), run("sweep", DIR + "missing-errdefer.zig").out(), "a sweep repeats");
    }

    @Test
    void sweepReportsADoubleFreeOnAnErrorPath() {
        Result r = run("sweep", DIR + "double-free-on-error.zig");
        assertEquals(1, r.status());
        assertEquals("""
                double-free-on-error.zig: 3 allocations reach the root allocator (DebugAllocator); failing each in turn
                without a failure: clean
                fail allocation 1 (double-free-on-error.zig:22, in main): clean
                fail allocation 2 (double-free-on-error.zig:8, in init): clean
                fail allocation 3 (double-free-on-error.zig:10, in init): double free at double-free-on-error.zig:9
                3 allocation points: 2 clean, 1 not
                """, r.out());
    }

    @Test
    void sweepOfACleanProgramExitsZero() {
        Result r = run("sweep", "src/test/resources/conformance/09-game-init-deinit-errdefer/main.zig");
        assertEquals(0, r.status(), r.out() + r.err());
        assertEquals("""
                main.zig: 2 allocations reach the root allocator (DebugAllocator); failing each in turn
                without a failure: clean
                fail allocation 1 (main.zig:19, in init): clean
                fail allocation 2 (main.zig:23, in init): clean
                2 allocation points: 2 clean, 0 not
                """, r.out());
    }

    @Test
    void sweepRunsTestsAndSaysWhenThereIsNothingToFail() {
        Result t = run("sweep", DIR + "list-test.zig");
        assertEquals(0, t.status(), t.out() + t.err());
        assertTrue(t.out().contains("fail allocation 2 (list-test.zig:6, in collect): clean\n"), t.out());
        Result none = run("sweep", DIR + "no-alloc.zig");
        assertEquals(0, none.status());
        assertEquals("no-alloc.zig: the program makes no allocation, so there is nothing to fail\nwithout a failure: clean\n", none.out());
        Result arena = run("sweep", "--fail-in", "arena", "src/test/resources/conformance/23-parse-skeleton-arena/main.zig");
        assertTrue(arena.out().startsWith("main.zig: 2 allocations reach allocator arena; failing each in turn\n"), arena.out());
    }

    @Test
    void compareShowsWhatEachAllocatorSeesAndHides() {
        Result r = run("compare", DIR + "forgets-one.zig");
        assertEquals(0, r.status(), r.err());
        assertEquals("""
                forgets-one.zig: the root allocator replaced by each allocator in turn
                allocator   output   exit  peak live  peak from OS  overhead  calls  refused  reported  not seen
                own         (first)  0     132 B      262144 B      262012 B  6      0        1 leak    none
                debug       same     0     132 B      262144 B      262012 B  6      0        1 leak    none
                page        same     0     132 B      8192 B        8060 B    3      0        none      1 leak
                arena       same     0     132 B      4096 B        3964 B    5      0        none      1 leak
                fixed:4096  same     0     132 B      4096 B        3964 B    3      0        none      1 leak
                c           same     0     132 B      65536 B       65404 B   4      0        none      1 leak
                pool        differs  1     32 B       4096 B        4064 B    5      1        none      none
                """, untimed(r.out()));
    }

    @Test
    void compareTakesAListAndRefusesUnknownNames() {
        Result r = run("compare", "--with", "own,arena,fixed:16", DIR + "missing-errdefer.zig");
        assertEquals(0, r.status());
        assertTrue(untimed(r.out()).contains("\nfixed:16   differs  1     8 B        4096 B        4088 B    2      1        none      1 leak\n"), r.out());
        Result bad = run("compare", "--with", "own,nope", DIR + "missing-errdefer.zig");
        assertEquals(2, bad.status());
        assertEquals("heaplab: unknown allocator 'nope': --with takes own, debug, page, arena, fixed:N, c and pool\n", bad.err());
        assertEquals(2, run("compare", "--with", "fixed:0", DIR + "missing-errdefer.zig").status());
    }

    @Test
    void aProgramThatDoesNotCompileGetsItsErrors(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        var f = java.nio.file.Files.writeString(dir.resolve("bad.zig"), "pub fn main() void {\n    const x = 1;\n}\n");
        for (String cmd : new String[] {"sweep", "compare"}) {
            Result r = run(cmd, f.toString());
            assertEquals(1, r.status());
            assertEquals("", r.out());
            assertTrue(r.err().startsWith("bad.zig:2:11: error: unused local constant"), r.err());
        }
        Result missing = run("sweep", DIR + "does-not-exist.zig");
        assertEquals(2, missing.status());
        assertTrue(missing.err().startsWith("heaplab: no such file"), missing.err());
    }
}
