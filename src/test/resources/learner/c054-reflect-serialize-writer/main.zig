const std = @import("std");

const Role = enum { admin, editor, viewer };
const Address = struct { city: []const u8, zip: u32 };
const Person = struct {
    name: []const u8,
    age: u8,
    height_m: f32,
    role: Role,
    address: Address,
    scores: [3]u8,
    nickname: ?[]const u8,
    verified: bool,
};

fn writeValue(w: anytype, value: anytype) !void {
    const T = @TypeOf(value);
    switch (@typeInfo(T)) {
        .int, .comptime_int => try w.print("{d}", .{value}),
        .float => try w.print("{d}", .{value}),
        .bool => try w.writeAll(if (value) "true" else "false"),
        .@"enum" => try w.print("\"{s}\"", .{@tagName(value)}),
        .optional => if (value) |v| try writeValue(w, v) else try w.writeAll("null"),
        .array => {
            try w.writeByte('[');
            for (value, 0..) |item, i| {
                if (i > 0) try w.writeAll(", ");
                try writeValue(w, item);
            }
            try w.writeByte(']');
        },
        .pointer => |p| {
            if (p.child != u8) @compileError("only strings supported, got " ++ @typeName(T));
            try w.print("\"{s}\"", .{value});
        },
        .@"struct" => |s| {
            try w.writeAll("{ ");
            inline for (s.fields, 0..) |f, i| {
                if (i > 0) try w.writeAll(", ");
                try w.print("\"{s}\": ", .{f.name});
                try writeValue(w, @field(value, f.name));
            }
            try w.writeAll(" }");
        },
        else => @compileError("cannot serialize " ++ @typeName(T)),
    }
}

pub fn main() !void {
    const stdout = std.io.getStdOut().writer();
    const people = [_]Person{
        .{ .name = "Ines", .age = 34, .height_m = 1.68, .role = .admin, .address = .{ .city = "Lisbon", .zip = 1100 }, .scores = .{ 9, 7, 10 }, .nickname = null, .verified = true },
        .{ .name = "Tomas", .age = 27, .height_m = 1.8, .role = .viewer, .address = .{ .city = "Brno", .zip = 60200 }, .scores = .{ 4, 6, 5 }, .nickname = "tom", .verified = false },
    };
    for (people) |p| {
        try writeValue(stdout, p);
        try stdout.writeByte('\n');
    }
    try writeValue(stdout, .{ .count = people.len, .roles = [_]Role{ .editor, .viewer } });
    try stdout.writeByte('\n');

    var buf: [128]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&buf);
    try writeValue(fbs.writer(), people[1].address);
    std.debug.print("buffered ({d} bytes): {s}\n", .{ fbs.getWritten().len, fbs.getWritten() });
}
