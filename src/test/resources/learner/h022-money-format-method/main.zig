const std = @import("std");

const Money = struct {
    cents: i64,

    pub fn format(self: Money, comptime fmt: []const u8, options: std.fmt.FormatOptions, writer: anytype) !void {
        _ = fmt;
        _ = options;
        const sign: []const u8 = if (self.cents < 0) "-" else "";
        const abs: u64 = @abs(self.cents);
        try writer.print("{s}${d}.{d:0>2}", .{ sign, abs / 100, abs % 100 });
    }
};

const Vec2 = struct {
    x: f32,
    y: f32,
    pub fn format(self: Vec2, comptime fmt: []const u8, options: std.fmt.FormatOptions, writer: anytype) !void {
        if (std.mem.eql(u8, fmt, "p")) {
            try writer.print("({d:.1}, {d:.1})", .{ self.x, self.y });
        } else {
            try writer.writeAll("Vec2<");
            try std.fmt.formatType(self.x, "d", options, writer, 1);
            try writer.writeAll(",");
            try std.fmt.formatType(self.y, "d", options, writer, 1);
            try writer.writeAll(">");
        }
    }
};

const Account = struct { owner: []const u8, balance: Money, pos: Vec2 };

pub fn main() !void {
    const a = Money{ .cents = 123456 };
    const b = Money{ .cents = -5 };
    std.debug.print("{} and {}\n", .{ a, b });
    std.debug.print("[{any}]\n", .{a});
    const v = Vec2{ .x = 1.25, .y = -3 };
    std.debug.print("{p} {} {any}\n", .{ v, v, v });
    const acct = Account{ .owner = "kim", .balance = a, .pos = v };
    std.debug.print("{}\n", .{acct});
    var buf: [64]u8 = undefined;
    const s = try std.fmt.bufPrint(&buf, "{s}: {}", .{ acct.owner, acct.balance });
    std.debug.print("bufPrint -> \"{s}\" ({d} bytes)\n", .{ s, s.len });
    const list = [_]Money{ .{ .cents = 1 }, .{ .cents = 250 } };
    std.debug.print("{any}\n", .{list});
    const n = std.fmt.count("{}-{}", .{ a, b });
    std.debug.print("count={d}\n", .{n});
    const alloc = std.heap.page_allocator;
    const heap_s = try std.fmt.allocPrint(alloc, "{p}|{d:>6}", .{ v, @as(u32, 42) });
    defer alloc.free(heap_s);
    std.debug.print("{s}\n", .{heap_s});
    var small: [4]u8 = undefined;
    const short = std.fmt.bufPrint(&small, "{}", .{a}) catch |e| blk: {
        std.debug.print("small buffer: {s}\n", .{@errorName(e)});
        break :blk small[0..0];
    };
    if (short.len == 0) return error.ReportTooLong;
}
