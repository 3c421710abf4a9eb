const std = @import("std");

const Player = struct { name: []const u8, score: u32 };

fn describe(allocator: std.mem.Allocator, p: Player) ![]u8 {
    return std.fmt.allocPrint(allocator, "{s} has {d} point{s}", .{ p.name, p.score, if (p.score == 1) "" else "s" });
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer {
        const status = gpa.deinit();
        std.debug.print("gpa: {s}\n", .{@tagName(status)});
    }
    const allocator = gpa.allocator();
    const players = [_]Player{ .{ .name = "ann", .score = 1 }, .{ .name = "bo", .score = 12 } };
    for (players, 0..) |p, i| {
        const line = try describe(allocator, p);
        std.debug.print("{s}\n", .{line});
        if (i == 0) allocator.free(line);
    }
    const z = try std.fmt.allocPrintZ(allocator, "{d}", .{players.len});
    defer allocator.free(z);
    std.debug.print("count as C string: {s} ({d})\n", .{ z, std.mem.len(z.ptr) });
}
