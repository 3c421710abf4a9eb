const std = @import("std");

const Interner = struct {
    map: std.StringHashMap(u32),
    names: std.ArrayList([]const u8),
    alloc: std.mem.Allocator,

    fn init(alloc: std.mem.Allocator) Interner {
        return .{ .map = std.StringHashMap(u32).init(alloc), .names = std.ArrayList([]const u8).init(alloc), .alloc = alloc };
    }

    fn deinit(self: *Interner) void {
        for (self.names.items) |n| self.alloc.free(n);
        self.names.deinit();
        self.map.deinit();
    }

    fn intern(self: *Interner, s: []const u8) !u32 {
        if (self.map.get(s)) |id| return id;
        const owned = try self.alloc.dupe(u8, s);
        errdefer self.alloc.free(owned);
        const id: u32 = @intCast(self.names.items.len);
        try self.names.append(owned);
        try self.map.put(owned, id);
        return id;
    }

    fn name(self: Interner, id: u32) []const u8 {
        return self.names.items[id];
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var in = Interner.init(gpa.allocator());
    defer in.deinit();
    const src = "let x = y + x * y - z; let z = x;";
    var ids = std.ArrayList(u32).init(gpa.allocator());
    defer ids.deinit();
    var it = std.mem.tokenizeAny(u8, src, " ;");
    while (it.next()) |tok| try ids.append(try in.intern(tok));
    std.debug.print("{any}\n", .{ids.items});
    std.debug.print("{d} distinct:", .{in.names.items.len});
    for (in.names.items, 0..) |n, i| std.debug.print(" {d}={s}", .{ i, n });
    std.debug.print("\n", .{});
    var buf: [64]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&buf);
    for (ids.items) |id| try fbs.writer().print("{s} ", .{in.name(id)});
    std.debug.print("{s}\n", .{fbs.getWritten()});
    std.debug.print("{s}\n", .{in.name(@intCast(ids.items.len))});
}
