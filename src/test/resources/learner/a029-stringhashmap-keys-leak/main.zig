const std = @import("std");

const Registry = struct {
    ids: std.StringHashMap(u32),
    next_id: u32 = 1,

    fn init(allocator: std.mem.Allocator) Registry {
        return .{ .ids = std.StringHashMap(u32).init(allocator) };
    }

    fn intern(self: *Registry, name: []const u8) !u32 {
        if (self.ids.get(name)) |id| return id;
        const owned = try self.ids.allocator.dupe(u8, name);
        try self.ids.put(owned, self.next_id);
        self.next_id += 1;
        return self.next_id - 1;
    }

    fn deinit(self: *Registry) void {
        // Forgot: the keys were duplicated by intern() and must be freed here.
        self.ids.deinit();
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();

    var reg = Registry.init(gpa.allocator());
    defer reg.deinit();

    var name_buf: [16]u8 = undefined;
    for ([_][]const u8{ "x", "y", "x", "total", "y" }) |n| {
        const name = try std.fmt.bufPrint(&name_buf, "var_{s}", .{n});
        std.debug.print("{s} -> {d}\n", .{ name, try reg.intern(name) });
    }
    std.debug.print("{d} names interned\n", .{reg.ids.count()});
}
