const std = @import("std");

const Employee = struct {
    id: u32,
    name: []const u8,
    salary: f64,
    manager: ?*const Employee = null,
    active: bool = true,
};

const Vec2 = struct { x: i8, y: i8 };

fn describe(comptime T: type) void {
    const info = @typeInfo(T).@"struct";
    std.debug.print("{s}: {d} fields, size {d}\n", .{ @typeName(T), info.fields.len, @sizeOf(T) });
    inline for (info.fields) |f| {
        std.debug.print("  {s}: {s} (align {d})\n", .{ f.name, @typeName(f.type), f.alignment });
    }
}

fn countFieldsOfType(comptime T: type, comptime F: type) usize {
    comptime var n: usize = 0;
    inline for (std.meta.fields(T)) |f| {
        if (f.type == F) n += 1;
    }
    return n;
}

pub fn main() void {
    describe(Employee);
    describe(Vec2);

    const names = std.meta.fieldNames(Employee);
    std.debug.print("field names:", .{});
    for (names) |n| std.debug.print(" {s}", .{n});
    std.debug.print("\n", .{});

    std.debug.print("u32 fields: {d}, bool fields: {d}\n", .{ countFieldsOfType(Employee, u32), countFieldsOfType(Employee, bool) });

    const boss = Employee{ .id = 1, .name = "Grace", .salary = 9000.5 };
    const dev = Employee{ .id = 7, .name = "Linus", .salary = 7000, .manager = &boss };
    inline for (std.meta.fields(Employee)) |f| {
        const v = @field(dev, f.name);
        switch (@typeInfo(f.type)) {
            .int => std.debug.print("{s} = {d}\n", .{ f.name, v }),
            .float => std.debug.print("{s} = {d:.1}\n", .{ f.name, v }),
            .bool => std.debug.print("{s} = {}\n", .{ f.name, v }),
            .pointer => std.debug.print("{s} = \"{s}\"\n", .{ f.name, v }),
            .optional => std.debug.print("{s} = {s}\n", .{ f.name, if (v) |m| m.name else "none" }),
            else => std.debug.print("{s} = ?\n", .{f.name}),
        }
    }
}
