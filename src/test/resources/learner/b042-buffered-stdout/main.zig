const std = @import("std");

fn fizzbuzz(writer: anytype, n: usize) !void {
    for (1..n + 1) |i| {
        if (i % 15 == 0) {
            try writer.writeAll("FizzBuzz");
        } else if (i % 3 == 0) {
            try writer.writeAll("Fizz");
        } else if (i % 5 == 0) {
            try writer.writeAll("Buzz");
        } else {
            try writer.print("{d}", .{i});
        }
        try writer.writeByte(if (i == n) '\n' else ' ');
    }
}

pub fn main() !void {
    const stdout = std.io.getStdOut().writer();
    try stdout.print("direct: {s} {d}\n", .{ "hello", 1 });
    std.debug.print("(stderr after direct)\n", .{});

    var bw = std.io.bufferedWriter(stdout);
    const out = bw.writer();
    try out.print("buffered line 1\n", .{});
    try fizzbuzz(out, 15);
    std.debug.print("(stderr while stdout is still buffered)\n", .{});
    try bw.flush();
    std.debug.print("(stderr after flush)\n", .{});

    try out.print("{s:>12}|{s:<12}|\n", .{ "right", "left" });
    try out.print("{d:>12.3}|{x:<12}|\n", .{ 2.0 / 3.0, 48879 });
    try bw.flush();
    try stdout.writeAll("done\n");
}
