const std = @import("std");

const Dog = struct {
    name: []const u8,
    pub fn speak(self: Dog) void {
        std.debug.print("{s} says woof\n", .{self.name});
    }
};

const Robot = struct {
    id: u32,
    battery: u8,
    pub const kind = "machine";
    pub fn speak(self: Robot) void {
        std.debug.print("unit {d} beeps ({d}% battery)\n", .{ self.id, self.battery });
    }
};

const Rock = struct {
    weight: f32,
};

fn talk(thing: anytype) void {
    const T = @TypeOf(thing);
    if (comptime @hasDecl(T, "speak")) {
        thing.speak();
    } else {
        std.debug.print("a {s} says nothing\n", .{@typeName(T)});
    }
    if (@hasDecl(T, "kind")) {
        std.debug.print("  (kind: {s})\n", .{T.kind});
    }
    if (@hasField(T, "battery")) {
        if (@field(thing, "battery") < 20) std.debug.print("  low battery!\n", .{});
    }
}

fn nameOf(thing: anytype) []const u8 {
    const T = @TypeOf(thing);
    if (@hasField(T, "name")) return thing.name;
    return @typeName(T);
}

pub fn main() void {
    const d = Dog{ .name = "Rex" };
    const r = Robot{ .id = 42, .battery = 12 };
    const rock = Rock{ .weight = 3.5 };
    talk(d);
    talk(r);
    talk(rock);

    std.debug.print("names: {s}, {s}, {s}\n", .{ nameOf(d), nameOf(r), nameOf(rock) });
    std.debug.print("Dog has field name: {}, weight: {}\n", .{ @hasField(Dog, "name"), @hasField(Dog, "weight") });
    std.debug.print("Robot decls: kind={} speak={} charge={}\n", .{ @hasDecl(Robot, "kind"), @hasDecl(Robot, "speak"), @hasDecl(Robot, "charge") });
    std.debug.print("type names: {s} {s} {s} {s}\n", .{ @typeName(u7), @typeName([]const Dog), @typeName(?*Robot), @typeName([3]f32) });
    std.debug.print("error union: {s}\n", .{@typeName(anyerror!Rock)});
}
