const std = @import("std");

fn parseAge(s: []const u8) !u8 {
    const n = try std.fmt.parseInt(u8, s, 10);
    if (n > 150) return error.TooOld;
    return n;
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var ages = std.ArrayList(u8).init(gpa.allocator());
    defer ages.deinit();
    for ([_][]const u8{ "12", "40" }) |s| {
        const age = parseAge(s);
        try ages.append(age);
    }
    std.debug.print("{any}\n", .{ages.items});
}
