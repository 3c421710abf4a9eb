const std = @import("std");

const Pair = struct { key: []u8, value: i32 };

fn parseConfig(alloc: std.mem.Allocator, text: []const u8) ![]Pair {
    var list = std.ArrayList(Pair).init(alloc);
    var lines = std.mem.splitScalar(u8, text, '\n');
    var line_no: usize = 0;
    while (lines.next()) |raw| {
        line_no += 1;
        const line = std.mem.trim(u8, raw, " \t");
        if (line.len == 0 or line[0] == '#') continue;
        const eq = std.mem.indexOfScalar(u8, line, '=') orelse {
            std.debug.print("line {d}: no '='\n", .{line_no});
            continue;
        };
        const key = try alloc.dupe(u8, std.mem.trimRight(u8, line[0..eq], " "));
        const value = std.fmt.parseInt(i32, std.mem.trimLeft(u8, line[eq + 1 ..], " "), 0) catch |e| {
            std.debug.print("line {d}: {}\n", .{ line_no, e });
            continue;
        };
        try list.append(.{ .key = key, .value = value });
    }
    return list.toOwnedSlice();
}

pub fn main() !void {
    var buffer: [256]u8 = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buffer);
    const text =
        \\# settings
        \\width = 640
        \\height=0x1E0
        \\depth = -0b101
        \\oops
        \\scale = 1.5
    ;
    const pairs = try parseConfig(fba.allocator(), text);
    for (pairs) |p| std.debug.print("{s} => {d}\n", .{ p.key, p.value });
    std.debug.print("used {d} of {d} bytes\n", .{ fba.end_index, buffer.len });
    fba.reset();
    const big = "k=1\n" ** 40;
    const more = try parseConfig(fba.allocator(), big);
    std.debug.print("parsed {d}\n", .{more.len});
}
