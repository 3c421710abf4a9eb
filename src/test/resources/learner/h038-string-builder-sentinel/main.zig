const std = @import("std");

const Sb = struct {
    buf: std.ArrayList(u8),

    fn init(alloc: std.mem.Allocator) Sb {
        return .{ .buf = std.ArrayList(u8).init(alloc) };
    }
    fn add(self: *Sb, s: []const u8) !*Sb {
        try self.buf.appendSlice(s);
        return self;
    }
    fn addFmt(self: *Sb, comptime f: []const u8, args: anytype) !*Sb {
        try self.buf.writer().print(f, args);
        return self;
    }
    fn toOwned(self: *Sb) ![:0]u8 {
        return self.buf.toOwnedSliceSentinel(0);
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const alloc = gpa.allocator();
    var sb = Sb.init(alloc);
    _ = try (try (try sb.add("Hello")).add(", ")).addFmt("{s}! #{d:0>3}", .{ "world", 7 });
    const s = try sb.toOwned();
    defer alloc.free(s);
    std.debug.print("{s} len={d} sentinel={d}\n", .{ s, s.len, s[s.len] });
    const c_str: [*:0]const u8 = s.ptr;
    std.debug.print("span len={d} {s}\n", .{ std.mem.span(c_str).len, std.mem.sliceTo(c_str, ',') });
    const arr: [5:0]u8 = "abcde".*;
    std.debug.print("{s} {d} {any}\n", .{ &arr, arr.len, arr[3..] });
    const part: [:0]const u8 = arr[1..3 :0];
    _ = part;
    var lines = std.ArrayList([]const u8).init(alloc);
    defer lines.deinit();
    try lines.appendSlice(&.{ "one", "two", "three" });
    const joined = try std.mem.joinZ(alloc, "|", lines.items);
    defer alloc.free(joined);
    std.debug.print("{s} ({d})\n", .{ joined, joined.len });
    try lines.insert(1, "1.5");
    _ = lines.orderedRemove(0);
    std.debug.print("{s}\n", .{lines.items});
}
