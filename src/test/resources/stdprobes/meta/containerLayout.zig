const std = @import("std");

pub fn main() !void {
    std.debug.print("struct: {s}\n", .{@tagName(std.meta.containerLayout(struct { a: u8 }))});
    std.debug.print("packed struct: {s}\n", .{@tagName(std.meta.containerLayout(packed struct { a: u8 }))});
    std.debug.print("extern struct: {s}\n", .{@tagName(std.meta.containerLayout(extern struct { a: u8 }))});
    std.debug.print("extern union: {s}\n", .{@tagName(std.meta.containerLayout(extern union { a: u8 }))});
}
