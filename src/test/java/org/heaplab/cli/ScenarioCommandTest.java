package org.heaplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code heaplab scenario list} and {@code verify}: their output and exit statuses. */
class ScenarioCommandTest {
    record Result(int status, String out, String err) {}

    static Result run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = HeapLabCommand.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void listsOneLinePerScenario() {
        Result r = run("scenario", "list");
        assertEquals(0, r.status(), r.err());
        String[] lines = r.out().split("\n");
        assertTrue(lines.length >= 20, r.out());
        assertEquals("07-double-free  Double free", lines[6]);
    }

    @Test
    void verifiesOneByIdOrNumber() {
        Result r = run("scenario", "verify", "07");
        assertEquals(0, r.status(), r.out() + r.err());
        assertEquals("ok    07-double-free  Double free\n1 of 1 scenarios verified\n", r.out());
        assertEquals(2, run("scenario", "verify", "99").status());
    }

    @Test
    void aFolderWithABrokenAndAFalseScenarioFails(@TempDir Path dir) throws IOException {
        Path src = Path.of("scenarios", "03-alloc-free-defer");
        Path bad = Files.createDirectories(dir.resolve("01-broken"));
        Path wrong = Files.createDirectories(dir.resolve("02-wrong"));
        for (Path d : new Path[] {bad, wrong}) {
            for (String f : new String[] {"main.zig", "solution.zig"}) Files.copy(src.resolve(f), d.resolve(f));
        }
        String text = Files.readString(src.resolve("scenario.txt"));
        Files.writeString(bad.resolve("scenario.txt"), text.replace("run to line 9", "run to lunch"));
        Files.writeString(wrong.resolve("scenario.txt"), text.replace("expect: live bytes 20", "expect: live bytes 40"));
        Result r = run("scenario", "verify", "--dir", dir.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("01-broken/scenario.txt:") && r.err().contains("`run to lunch`"), r.err());
        assertTrue(r.out().contains("FAIL  02-wrong") && r.out().contains("expected 40 live bytes, but the run has 20"), r.out());
        assertTrue(r.out().endsWith("0 of 2 scenarios verified (1 could not be read)\n"), r.out());
    }
}
