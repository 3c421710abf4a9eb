const std = @import("std");

/// Parses "31, 41, 59" into numbers; the caller owns the slice.
fn parseNumbers(allocator: std.mem.Allocator, text: []const u8) ![]u32 {
    var list = std.ArrayList(u32).init(allocator);
    errdefer list.deinit();
    var fields = std.mem.tokenizeScalar(u8, text, ',');
    while (fields.next()) |field| {
        // a scratch copy of the field, trimmed
        const digits = try allocator.dupe(u8, std.mem.trim(u8, field, " "));
        try list.append(try std.fmt.parseInt(u32, digits, 10));
    }
    return list.toOwnedSlice();
}

fn report(label: []const u8, allocator: std.mem.Allocator) void {
    const numbers = parseNumbers(allocator, "31, 41, 59, 26, 53, 58, 97, 93, 23, 84, 62, 64") catch |err| {
        std.debug.print("{s}: {s}\n", .{ label, @errorName(err) });
        return;
    };
    defer allocator.free(numbers);
    std.debug.print("{s}: {d} numbers\n", .{ label, numbers.len });
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    report("debug", gpa.allocator());

    var arena = std.heap.ArenaAllocator.init(std.heap.page_allocator);
    defer arena.deinit();
    report("arena", arena.allocator());

    var buffer: [136]u8 = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buffer);
    report("fixed", fba.allocator());
}
