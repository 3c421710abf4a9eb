const std = @import("std");

const Person = struct {
    name: []const u8,
    age: u8,
    email: ?[]const u8,
};

fn describe(comptime T: type) void {
    const info = @typeInfo(T).@"struct";
    std.debug.print("{d} fields:", .{info.fields.len});
    inline for (info.fields) |f| std.debug.print(" {s}:{s}", .{ f.name, @typeName(f.type) });
    std.debug.print("\n", .{});
}

pub fn main() void {
    describe(Person);
    const p = Person{ .name = "Ada", .age = 36, .email = null };
    std.debug.print("{s} {d} {?s}\n", .{ p.name, p.age, p.email });
    const greeting = "Hello" ++ ", " ++ "comptime" ++ "!";
    const line = "=" ** 10;
    std.debug.print("{s}\n{s} ({d})\n", .{ greeting, line, line.len });
    const nums = [_]u8{ 1, 2 } ++ [_]u8{3} ** 3;
    std.debug.print("{any}\n", .{nums});
    comptime var names: []const u8 = "";
    inline for (@typeInfo(Person).@"struct".fields) |f| names = names ++ f.name ++ ",";
    std.debug.print("{s}\n", .{names});
    std.debug.print("{s}\n", .{@typeName(@TypeOf(p.email))});
    std.debug.print("{}\n", .{p});
}
