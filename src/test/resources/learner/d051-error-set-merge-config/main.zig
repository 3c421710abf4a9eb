const std = @import("std");

const ReadError = error{ NotFound, PermissionDenied };
const ParseError = error{ MissingEquals, EmptyKey, BadNumber };
const LoadError = ReadError || ParseError || std.mem.Allocator.Error;

const files = [_]struct { name: []const u8, body: ?[]const u8 }{
    .{ .name = "good.cfg", .body = "threads=4\nretries=2" },
    .{ .name = "broken.cfg", .body = "threads4" },
    .{ .name = "secret.cfg", .body = null },
    .{ .name = "nums.cfg", .body = "threads=four" },
};

fn readFile(name: []const u8) ReadError![]const u8 {
    for (files) |f| {
        if (std.mem.eql(u8, f.name, name)) return f.body orelse error.PermissionDenied;
    }
    return error.NotFound;
}

fn parseLine(line: []const u8) ParseError!struct { []const u8, u32 } {
    const eq = std.mem.indexOfScalar(u8, line, '=') orelse return error.MissingEquals;
    if (eq == 0) return error.EmptyKey;
    const v = std.fmt.parseInt(u32, line[eq + 1 ..], 10) catch return error.BadNumber;
    return .{ line[0..eq], v };
}

fn load(allocator: std.mem.Allocator, name: []const u8) LoadError!u32 {
    const body = try readFile(name);
    var values = std.ArrayList(u32).init(allocator);
    defer values.deinit();
    var lines = std.mem.splitScalar(u8, body, '\n');
    while (lines.next()) |line| {
        const key, const value = try parseLine(line);
        _ = key;
        try values.append(value);
    }
    var total: u32 = 0;
    for (values.items) |v| total += v;
    return total;
}

fn explain(err: LoadError) []const u8 {
    return switch (err) {
        error.NotFound, error.PermissionDenied => "could not read",
        error.MissingEquals, error.EmptyKey, error.BadNumber => "could not parse",
        error.OutOfMemory => "out of memory",
    };
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    for ([_][]const u8{ "good.cfg", "broken.cfg", "secret.cfg", "nums.cfg", "missing.cfg" }) |name| {
        if (load(gpa.allocator(), name)) |total| {
            std.debug.print("{s}: total {d}\n", .{ name, total });
        } else |err| {
            std.debug.print("{s}: {s} ({s})\n", .{ name, explain(err), @errorName(err) });
        }
    }
    const as_any: anyerror = ParseError.EmptyKey;
    std.debug.print("is EmptyKey: {}, int value same as itself: {}\n", .{ as_any == error.EmptyKey, @intFromError(as_any) == @intFromError(error.EmptyKey) });
    _ = try load(gpa.allocator(), "broken.cfg");
}
