const std = @import("std");

fn buildNames(alloc: std.mem.Allocator, n: usize) ![][]const u8 {
    const names = try alloc.alloc([]const u8, n);
    for (names, 0..) |*name, i| {
        name.* = try std.fmt.allocPrint(alloc, "user-{d:0>3}", .{i});
    }
    return names;
}

pub fn main() !void {
    var backing: [512]u8 = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&backing);
    var arena = std.heap.ArenaAllocator.init(fba.allocator());
    defer arena.deinit();
    const a = arena.allocator();
    for ([_]usize{ 2, 5, 3 }) |n| {
        const names = try buildNames(a, n);
        std.debug.print("{d} names, last {s}, fba used {d}\n", .{ names.len, names[names.len - 1], fba.end_index });
    }
    std.debug.print("arena holds {d} bytes\n", .{arena.queryCapacity()});
    _ = arena.reset(.free_all);
    std.debug.print("after reset fba used {d}\n", .{fba.end_index});
    const many = try buildNames(a, 40);
    std.debug.print("{d}\n", .{many.len});
}
