const std = @import("std");

fn wrapText(writer: anytype, text: []const u8, width: usize) !usize {
    var counting = std.io.countingWriter(writer);
    const w = counting.writer();
    var col: usize = 0;
    var lines: usize = 1;
    var words = std.mem.tokenizeAny(u8, text, " \n");
    while (words.next()) |word| {
        if (col > 0 and col + 1 + word.len > width) {
            try w.writeByte('\n');
            col = 0;
            lines += 1;
        } else if (col > 0) {
            try w.writeByte(' ');
            col += 1;
        }
        try w.writeAll(word);
        col += word.len;
    }
    try w.writeByte('\n');
    std.debug.print("[{d} lines, {d} bytes]\n", .{ lines, counting.bytes_written });
    return lines;
}

pub fn main() !void {
    const text = "Zig is a general-purpose programming language and toolchain for maintaining robust, optimal and reusable software.";
    var buf: [512]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&buf);
    for ([_]usize{ 20, 40, 200 }) |width| {
        fbs.reset();
        _ = try wrapText(fbs.writer(), text, width);
        std.debug.print("{s}", .{fbs.getWritten()});
    }

    var cw = std.io.countingWriter(std.io.null_writer);
    try cw.writer().print("{s}-{d}-{x}", .{ "abc", 12345, 255 });
    std.debug.print("null writer swallowed {d} bytes\n", .{cw.bytes_written});
}
