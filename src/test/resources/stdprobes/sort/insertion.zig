const std = @import("std");

const P = struct { k: u8, v: u8 };
fn byKey(_: void, a: P, b: P) bool {
    return a.k < b.k;
}

pub fn main() void {
    var a = [_]i32{ 5, -1, 3, 3, 0, 9, -7, 2 };
    std.sort.insertion(i32, &a, {}, std.sort.asc(i32));
    std.debug.print("asc: {any}\n", .{a});
    std.sort.insertion(i32, &a, {}, std.sort.desc(i32));
    std.debug.print("desc: {any}\n", .{a});
    var e = [_]i32{};
    std.sort.insertion(i32, &e, {}, std.sort.asc(i32));
    std.debug.print("empty: {any}\n", .{e});
    var ps = [_]P{ .{ .k = 2, .v = 1 }, .{ .k = 1, .v = 2 }, .{ .k = 2, .v = 3 }, .{ .k = 1, .v = 4 }, .{ .k = 0, .v = 5 } };
    std.sort.insertion(P, &ps, {}, byKey);
    for (ps) |p| std.debug.print("by key: {} {}\n", .{ p.k, p.v });
}
