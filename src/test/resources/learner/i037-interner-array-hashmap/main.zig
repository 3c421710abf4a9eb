const std = @import("std");

const Interner = struct {
    map: std.StringArrayHashMap(void),
    arena: std.heap.ArenaAllocator,

    fn init(a: std.mem.Allocator) Interner {
        return .{ .map = std.StringArrayHashMap(void).init(a), .arena = std.heap.ArenaAllocator.init(a) };
    }

    fn deinit(self: *Interner) void {
        self.map.deinit();
        self.arena.deinit();
    }

    fn intern(self: *Interner, s: []const u8) !u32 {
        if (self.map.getIndex(s)) |i| return @intCast(i);
        const copy = try self.arena.allocator().dupeZ(u8, s);
        try self.map.putNoClobber(copy, {});
        return @intCast(self.map.count() - 1);
    }

    fn name(self: *const Interner, id: u32) [:0]const u8 {
        const k = self.map.keys()[id];
        return k.ptr[0..k.len :0];
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var pool = Interner.init(a);
    defer pool.deinit();

    const src = "let x = y + x * ( y - z ) ; let z = x ;";
    var ids = std.ArrayList(u32).init(a);
    defer ids.deinit();
    var it = std.mem.tokenizeScalar(u8, src, ' ');
    while (it.next()) |tok| try ids.append(try pool.intern(tok));

    std.debug.print("{d} tokens, {d} distinct\n", .{ ids.items.len, pool.map.count() });
    std.debug.print("ids: {any}\n", .{ids.items});
    for (pool.map.keys(), 0..) |k, i| std.debug.print("{d}={s} ", .{ i, k });
    std.debug.print("\n", .{});

    const parts = try a.alloc([]const u8, ids.items.len);
    defer a.free(parts);
    for (ids.items, parts) |id, *p| p.* = pool.name(id);
    const rebuilt = try std.mem.join(a, " ", parts);
    defer a.free(rebuilt);
    std.debug.print("same text: {}\n", .{std.mem.eql(u8, rebuilt, src)});

    const c_name: [*:0]const u8 = pool.name(1).ptr;
    std.debug.print("as C string: {s} (len {d})\n", .{ std.mem.span(c_name), std.mem.len(c_name) });
    const glued = try std.mem.concat(a, u8, &.{ pool.name(0), "_", pool.name(1), "_", pool.name(3) });
    defer a.free(glued);
    std.debug.print("{s}\n", .{glued});
    std.debug.print("{s}\n", .{pool.name(@intCast(ids.items.len))});
}
