package org.heaplab.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.heaplab.lang.check.Sema;
import org.heaplab.runtime.Machine;
import org.heaplab.source.SourceFile;
import org.junit.jupiter.api.Test;

/** A program reads its standard input through std.io.getStdIn(); a run with none sees its end. */
class StandardInputTest {

    private static final String SUM_LINES = """
            const std = @import("std");
            pub fn main() !void {
                var br = std.io.bufferedReader(std.io.getStdIn().reader());
                const in = br.reader();
                var buf: [64]u8 = undefined;
                var total: i64 = 0;
                var lines: usize = 0;
                while (try in.readUntilDelimiterOrEof(&buf, '\\n')) |line| : (lines += 1) {
                    total += std.fmt.parseInt(i64, std.mem.trim(u8, line, " "), 10) catch continue;
                }
                std.debug.print("{d} lines, total {d}\\n", .{ lines, total });
            }
            """;

    /** Output to a buffer, input from {@code input}. */
    private static String run(byte[] input) {
        var out = new ByteArrayOutputStream();
        var in = new ByteArrayInputStream(input);
        Machine.Output io = new Machine.Output() {
            @Override
            public void write(int fd, byte[] bytes) { out.writeBytes(bytes); }

            @Override
            public int read(byte[] into) { return Math.max(0, in.read(into, 0, into.length)); }
        };
        Session.Outcome o = Session.run(new SourceFile("main.zig", SUM_LINES), Sema.Mode.RUN, Machine.Settings.defaults(), io);
        assertThat(o.exitCode()).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void linesReadFromStandardInput() {
        assertThat(run("1\n2\n x \n 39\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("4 lines, total 42\n");
    }

    @Test
    void noInputIsAnImmediateEnd() {
        assertThat(run(new byte[0])).isEqualTo("0 lines, total 0\n");
    }
}
