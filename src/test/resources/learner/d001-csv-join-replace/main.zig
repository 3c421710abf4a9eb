const std = @import("std");

fn buildRow(allocator: std.mem.Allocator, cells: []const []const u8) ![]u8 {
    return std.mem.join(allocator, ",", cells);
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    const header = [_][]const u8{ "name", "city", "score" };
    const rows = [_][3][]const u8{
        .{ "ada", "london", "91" },
        .{ "linus", "helsinki", "78" },
        .{ "grace", "new york", "88" },
    };

    const head = try buildRow(allocator, &header);
    defer allocator.free(head);
    std.debug.print("{s}\n", .{head});

    for (rows) |row| {
        const line = try buildRow(allocator, &row);
        defer allocator.free(line);
        // spaces are not allowed in our format, use underscores
        const fixed = try std.mem.replaceOwned(u8, allocator, line, " ", "_");
        defer allocator.free(fixed);
        std.debug.print("{s}  (len {d})\n", .{ fixed, fixed.len });
    }

    const parts = [_][]const u8{ "2024", "-", "06", "-", "30" };
    const date = try std.mem.concat(allocator, u8, &parts);
    defer allocator.free(date);
    std.mem.replaceScalar(u8, date, '-', '/');
    std.debug.print("date: {s}\n", .{date});

    const n = std.mem.replacementSize(u8, "a-b-c-d", "-", "::");
    std.debug.print("replacement size: {d}\n", .{n});
    const many = try std.mem.replaceOwned(u8, allocator, "a-b-c-d", "-", "::");
    defer allocator.free(many);
    std.debug.print("{s} ({d} dashes replaced)\n", .{ many, std.mem.count(u8, "a-b-c-d", "-") });

    const empty = try std.mem.join(allocator, ", ", &[_][]const u8{});
    defer allocator.free(empty);
    std.debug.print("empty join has len {d}\n", .{empty.len});
}
