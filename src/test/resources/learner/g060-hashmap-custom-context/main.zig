const std = @import("std");

const CaseInsensitive = struct {
    pub fn hash(_: CaseInsensitive, s: []const u8) u64 {
        var h = std.hash.Wyhash.init(0);
        for (s) |c| h.update(&[_]u8{std.ascii.toLower(c)});
        return h.final();
    }
    pub fn eql(_: CaseInsensitive, a: []const u8, b: []const u8) bool {
        return std.ascii.eqlIgnoreCase(a, b);
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var map = std.HashMap([]const u8, u32, CaseInsensitive, std.hash_map.default_max_load_percentage).init(gpa.allocator());
    defer map.deinit();
    const words = [_][]const u8{ "Zig", "zig", "ZIG", "Rust", "rust", "Go" };
    for (words) |w| {
        const gop = try map.getOrPut(w);
        if (gop.found_existing) gop.value_ptr.* += 1 else gop.value_ptr.* = 1;
    }
    std.debug.print("count {d}\n", .{map.count()});
    for ([_][]const u8{ "zIg", "RUST", "go", "c" }) |q| {
        std.debug.print("{s}: {?d}\n", .{ q, map.get(q) });
    }
    const kv = map.getEntry("zig").?;
    std.debug.print("stored key '{s}' value {d}\n", .{ kv.key_ptr.*, kv.value_ptr.* });
    std.debug.print("remove GO: {}\n", .{map.remove("GO")});
    std.debug.print("count {d}\n", .{map.count()});
}
