package org.heaplab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.heaplab.cli.FaultCommandsTest.Result;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code heaplab replay TRACE --at N --last-write ADDR | --origin ADDR | --block-history ADDR}: what they print and their statuses. */
class HistoryQueriesTest {
    @TempDir
    static Path dir;
    static String trace;
    /** Where origin.zig's locals and node live (the machine is deterministic): b, a, node's block. */
    static String b, a, node;

    @BeforeAll
    static void record() throws Exception {
        Path program = dir.resolve("main.zig");
        Files.copy(Path.of("src/test/resources/history/origin.zig"), program);
        trace = dir.resolve("t.json").toString();
        Result r = FaultCommandsTest.run("run", "--trace", trace, program.toString());
        assertThat(r.status()).isZero();
        // find the addresses from the run's own answer for b (line 17 copies node.value, which line 15 copied from a)
        Result snap = FaultCommandsTest.run("replay", trace, "--at", "44");
        b = address(snap.out(), "\"name\": \"b\"");
        a = address(snap.out(), "\"name\": \"a\"");
        node = address(snap.out(), "\"name\": \"node\"");
    }

    /** The address of the local whose JSON object holds {@code marker}. */
    private static String address(String json, String marker) {
        int at = json.indexOf(marker);
        assertThat(at).as(marker).isPositive();
        Matcher m = Pattern.compile("\"address\": \"(0x[0-9a-f]+)\"").matcher(json.substring(at));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void lastWritePrintsTheStepTheLineAndWhoWrote() {
        Result r = FaultCommandsTest.run("replay", trace, "--at", "44", "--last-write", b, "--length", "8");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("last write to " + b + " (8 bytes) before step 44:")
                .containsPattern("step 21 +main\\.zig:17 +const b = node\\.value;")
                .contains("main.zig:17 (in main) wrote 8 bytes at step 21");
        // decimal works as well as hex
        Result dec = FaultCommandsTest.run("replay", trace, "--at", "44", "--last-write", String.valueOf(Long.decode(b)), "--length", "8");
        assertThat(dec.out()).isEqualTo(r.out());
    }

    @Test
    void originPrintsTheChainALinePerHop() {
        Result r = FaultCommandsTest.run("replay", trace, "--at", "44", "--origin", b, "--length", "8");
        assertThat(r.status()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[1]).contains("main.zig:17").contains("const b = node.value;").contains("<- copied from 0x7f");
        assertThat(lines[2]).contains("main.zig:15").contains("node.value = a;").endsWith("<- copied from `a`");
        assertThat(lines[3]).contains("main.zig:14").contains("const a = compute(13);").endsWith("<- computed here");
    }

    @Test
    void blockHistoryPrintsTheBlocksLife() {
        Result snap = FaultCommandsTest.run("replay", trace, "--at", "44", "--last-write", node, "--length", "8");
        assertThat(snap.status()).isZero();
        Result r = FaultCommandsTest.run("replay", trace, "--block-history", "0x7f3ac0000008");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("allocated 16 bytes at 0x7f3ac0000000 at main.zig:13")
                .contains("written by main.zig:15 once")
                .contains("written by main.zig:16 once")
                .contains("freed at main.zig:22");
    }

    @Test
    void clearMessagesForNothingWrittenUnmappedBadAddressesAndStepsPastTheEnd() {
        Result unmapped = FaultCommandsTest.run("replay", trace, "--at", "44", "--last-write", "0x10");
        assertThat(unmapped.status()).isEqualTo(1);
        assertThat(unmapped.err()).contains("0x10 is not in the memory the run uses before step 44").contains("never wrote it");
        // a stack byte below main's frame that nothing wrote yet at step 2
        Result nothing = FaultCommandsTest.run("replay", trace, "--at", "2", "--last-write", b);
        assertThat(nothing.status()).isEqualTo(1);
        assertThat(nothing.out()).isEqualTo("nothing wrote " + b + " before step 2\n");
        Result bad = FaultCommandsTest.run("replay", trace, "--last-write", "0xzz");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("is not an address");
        Result past = FaultCommandsTest.run("replay", trace, "--at", "999999", "--last-write", b, "--length", "8");
        assertThat(past.err()).contains("the traced run has").contains("asking at its end");
        assertThat(past.out()).contains("at the end of the run").contains("main.zig:17");
        Result twice = FaultCommandsTest.run("replay", trace, "--origin", b, "--last-write", b);
        assertThat(twice.status()).isEqualTo(2);
        Result noBlock = FaultCommandsTest.run("replay", trace, "--block-history", b);
        assertThat(noBlock.status()).isEqualTo(1);
        assertThat(noBlock.out()).contains("no heap block the program allocated holds");
    }
}
