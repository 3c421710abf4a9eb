const std = @import("std");

const Point = struct { x: i32, y: i32 };
const Config = struct {
    name: []const u8,
    retries: u8,
    verbose: bool,
    origin: Point,
};

fn printStruct(value: anytype, indent: usize) void {
    const T = @TypeOf(value);
    inline for (@typeInfo(T).@"struct".fields) |f| {
        const v = @field(value, f.name);
        for (0..indent) |_| std.debug.print("  ", .{});
        if (@typeInfo(f.type) == .@"struct") {
            std.debug.print("{s}:\n", .{f.name});
            printStruct(v, indent + 1);
        } else if (f.type == []const u8) {
            std.debug.print("{s}: \"{s}\"\n", .{ f.name, v });
        } else {
            std.debug.print("{s}: {any}\n", .{ f.name, v });
        }
    }
}

fn structEql(a: anytype, b: @TypeOf(a)) bool {
    const T = @TypeOf(a);
    inline for (@typeInfo(T).@"struct".fields) |f| {
        const x = @field(a, f.name);
        const y = @field(b, f.name);
        const same = if (f.type == []const u8)
            std.mem.eql(u8, x, y)
        else if (@typeInfo(f.type) == .@"struct")
            structEql(x, y)
        else
            x == y;
        if (!same) {
            std.debug.print("  differs at .{s}\n", .{f.name});
            return false;
        }
    }
    return true;
}

pub fn main() void {
    const a = Config{ .name = "server", .retries = 3, .verbose = false, .origin = .{ .x = 1, .y = -2 } };
    var b = a;
    printStruct(a, 0);
    std.debug.print("a == b: {}\n", .{structEql(a, b)});
    b.origin.y = 5;
    std.debug.print("after moving origin: {}\n", .{structEql(a, b)});
    b = a;
    b.name = "client";
    std.debug.print("after renaming: {}\n", .{structEql(a, b)});
    const name_copy = "server";
    b.name = name_copy[0..];
    std.debug.print("same text, other slice: {}\n", .{structEql(a, b)});
}
