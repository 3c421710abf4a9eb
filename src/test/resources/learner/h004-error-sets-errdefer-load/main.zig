const std = @import("std");

const ParseError = error{ Empty, BadDigit };
const RangeError = error{TooBig};
const ConfigError = ParseError || RangeError;

fn parseDigit(c: u8) ParseError!u8 {
    if (c < '0' or c > '9') return error.BadDigit;
    return c - '0';
}

fn parseNum(s: []const u8) ParseError!u32 {
    if (s.len == 0) return error.Empty;
    var v: u32 = 0;
    for (s) |c| v = v * 10 + try parseDigit(c);
    return v;
}

fn parsePort(s: []const u8) ConfigError!u16 {
    const v = try parseNum(s);
    if (v > 65535) return error.TooBig;
    return @intCast(v);
}

fn load(alloc: std.mem.Allocator, entries: []const []const u8) ![]u16 {
    const ports = try alloc.alloc(u16, entries.len);
    errdefer {
        std.debug.print("errdefer: freeing {d} ports\n", .{ports.len});
        alloc.free(ports);
    }
    for (entries, 0..) |e, i| {
        ports[i] = parsePort(e) catch |err| switch (err) {
            error.Empty => 0,
            else => |x| return x,
        };
    }
    return ports;
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer std.debug.print("leaks: {}\n", .{gpa.deinit()});
    const alloc = gpa.allocator();
    const good = try load(alloc, &.{ "80", "", "8080" });
    defer alloc.free(good);
    std.debug.print("good: {any}\n", .{good});
    if (load(alloc, &.{ "22", "99999" })) |p| {
        alloc.free(p);
    } else |err| {
        std.debug.print("failed: {s} in {s}\n", .{ @errorName(err), @typeName(ConfigError) });
    }
    _ = try load(alloc, &.{ "443", "4x3" });
}
