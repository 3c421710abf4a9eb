const std = @import("std");

const ParseError = error{ MissingEquals, EmptyKey };
const ValueError = error{ BadNumber, OutOfRange };
const ConfigError = ParseError || ValueError || std.mem.Allocator.Error;

const Setting = struct { key: []u8, value: u16 };

fn parseLine(a: std.mem.Allocator, line: []const u8) ConfigError!Setting {
    const eq = std.mem.indexOfScalar(u8, line, '=') orelse return error.MissingEquals;
    const key = std.mem.trim(u8, line[0..eq], " ");
    if (key.len == 0) return error.EmptyKey;
    const raw = std.mem.trim(u8, line[eq + 1 ..], " ");
    const n = std.fmt.parseInt(u32, raw, 10) catch return error.BadNumber;
    if (n > std.math.maxInt(u16)) return error.OutOfRange;
    return .{ .key = try a.dupe(u8, key), .value = @intCast(n) };
}

fn load(a: std.mem.Allocator, text: []const u8) ConfigError![]Setting {
    var list = std.ArrayList(Setting).init(a);
    errdefer {
        for (list.items) |s| a.free(s.key);
        list.deinit();
    }
    var lines = std.mem.splitScalar(u8, text, '\n');
    while (lines.next()) |line| {
        if (line.len == 0 or line[0] == '#') continue;
        try list.append(try parseLine(a, line));
    }
    return list.toOwnedSlice();
}

fn freeAll(a: std.mem.Allocator, settings: []Setting) void {
    for (settings) |s| a.free(s.key);
    a.free(settings);
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();

    const good = "# server\nport = 8080\nworkers=4\n\ntimeout = 30";
    const settings = try load(a, good);
    defer freeAll(a, settings);
    for (settings) |s| std.debug.print("{s} -> {d}\n", .{ s.key, s.value });

    const bad = [_][]const u8{ "port 80", " = 3", "x = -1", "y = 70000", "z = 12" };
    for (bad) |text| {
        if (load(a, text)) |s| {
            std.debug.print("{s:<10} ok ({d} settings)\n", .{ text, s.len });
            freeAll(a, s);
        } else |err| switch (err) {
            error.MissingEquals, error.EmptyKey => std.debug.print("{s:<10} syntax: {s}\n", .{ text, @errorName(err) }),
            error.BadNumber, error.OutOfRange => std.debug.print("{s:<10} value: {s}\n", .{ text, @errorName(err) }),
            error.OutOfMemory => return err,
        }
    }
    _ = try load(a, "a = 1\nb = 2\nc = 99999");
}
