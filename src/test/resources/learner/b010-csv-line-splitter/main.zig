const std = @import("std");

fn splitSimple(line: []const u8) void {
    var it = std.mem.splitScalar(u8, line, ',');
    var i: usize = 0;
    while (it.next()) |field| : (i += 1) {
        std.debug.print("  [{d}] '{s}'\n", .{ i, std.mem.trim(u8, field, " ") });
    }
}

fn splitQuoted(allocator: std.mem.Allocator, line: []const u8) !std.ArrayList([]u8) {
    var fields = std.ArrayList([]u8).init(allocator);
    errdefer {
        for (fields.items) |f| allocator.free(f);
        fields.deinit();
    }
    var current = std.ArrayList(u8).init(allocator);
    defer current.deinit();
    var in_quotes = false;
    var i: usize = 0;
    while (i < line.len) : (i += 1) {
        const c = line[i];
        if (in_quotes) {
            if (c == '"') {
                if (i + 1 < line.len and line[i + 1] == '"') {
                    try current.append('"');
                    i += 1;
                } else in_quotes = false;
            } else try current.append(c);
        } else switch (c) {
            '"' => in_quotes = true,
            ',' => try fields.append(try current.toOwnedSlice()),
            else => try current.append(c),
        }
    }
    if (in_quotes) return error.UnterminatedQuote;
    try fields.append(try current.toOwnedSlice());
    return fields;
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    std.debug.print("simple:\n", .{});
    splitSimple("name, age , city,,");

    const lines = [_][]const u8{
        "Ada,36,\"London, UK\"",
        "\"Say \"\"hi\"\"\",,end",
        "\"broken,1",
    };
    for (lines) |line| {
        std.debug.print("quoted {s}\n", .{line});
        var fields = splitQuoted(allocator, line) catch |err| {
            std.debug.print("  error: {}\n", .{err});
            continue;
        };
        defer {
            for (fields.items) |f| allocator.free(f);
            fields.deinit();
        }
        for (fields.items, 0..) |f, idx| std.debug.print("  {d}: <{s}>\n", .{ idx, f });
    }
}
