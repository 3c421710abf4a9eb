const std = @import("std");

fn movingAverage(samples: []const f64, size: usize) void {
    var it = std.mem.window(f64, samples, size, 1);
    while (it.next()) |w| {
        var sum: f64 = 0;
        for (w) |s| sum += s;
        std.debug.print("{d:.2} ", .{sum / @as(f64, @floatFromInt(w.len))});
    }
    std.debug.print("\n", .{});
}

pub fn main() void {
    const temps = [_]f64{ 20.5, 21.0, 23.5, 22.0, 19.5, 18.0 };
    movingAverage(&temps, 3);

    var chunks = std.mem.window(u8, "abcdefgh", 3, 3);
    while (chunks.next()) |c| std.debug.print("chunk '{s}'\n", .{c});

    const line = "   error: file not found: config.zon   \n";
    const t = std.mem.trim(u8, line, " \n");
    std.debug.print("trimmed='{s}'\n", .{t});
    std.debug.print("left='{s}|' right='|{s}'\n", .{ std.mem.trimLeft(u8, "xxabcxx", "x"), std.mem.trimRight(u8, "xxabcxx", "x") });

    if (std.mem.indexOf(u8, t, ": ")) |i| {
        std.debug.print("kind={s}\n", .{t[0..i]});
    }
    if (std.mem.lastIndexOf(u8, t, ": ")) |i| {
        std.debug.print("file={s}\n", .{t[i + 2 ..]});
    }
    std.debug.print("indexOfScalar('f')={?d} lastIndexOfScalar('f')={?d} indexOf('zig')={?d}\n", .{
        std.mem.indexOfScalar(u8, t, 'f'),
        std.mem.lastIndexOfScalar(u8, t, 'f'),
        std.mem.indexOf(u8, t, "zig"),
    });

    const files = [_][]const u8{ "main.zig", "build.zig", "README.md", "test_main.zig", "notes.txt" };
    for (files) |f| {
        const is_zig = std.mem.endsWith(u8, f, ".zig");
        const is_test = std.mem.startsWith(u8, f, "test_");
        std.debug.print("{s:<14} zig={} test={}\n", .{ f, is_zig, is_test });
    }
    std.debug.print("indexOfAny={?d}\n", .{std.mem.indexOfAny(u8, "hello world", "ow")});
}
