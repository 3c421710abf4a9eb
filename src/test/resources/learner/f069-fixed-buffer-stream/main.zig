const std = @import("std");

pub fn main() !void {
    var storage: [64]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&storage);
    const w = fbs.writer();
    try w.print("name={s}\n", .{"ada"});
    try w.print("age={d}\n", .{36});
    try w.writeAll("lang=zig\n");
    std.debug.print("wrote {d} bytes\n", .{fbs.getWritten().len});

    var in = std.io.fixedBufferStream(fbs.getWritten());
    const r = in.reader();
    var line_buf: [32]u8 = undefined;
    while (try r.readUntilDelimiterOrEof(&line_buf, '\n')) |line| {
        var kv = std.mem.splitScalar(u8, line, '=');
        const k = kv.first();
        const v = kv.rest();
        std.debug.print("{s:>5} -> {s}\n", .{ k, v });
    }

    var small: [8]u8 = undefined;
    const ok = try std.fmt.bufPrint(&small, "{d}-{d}", .{ 12, 34 });
    std.debug.print("bufPrint: {s} ({d})\n", .{ ok, ok.len });
    const too_long = std.fmt.bufPrint(&small, "{s}!", .{"overflowing"}) catch |e| blk: {
        std.debug.print("bufPrint failed: {}\n", .{e});
        break :blk "";
    };
    std.debug.print("too_long.len={d}\n", .{too_long.len});
    fbs.reset();
    for (0..10) |i| try w.print("line {d} of output\n", .{i});
}
