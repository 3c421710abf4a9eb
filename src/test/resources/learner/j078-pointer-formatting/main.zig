const std = @import("std");

const Node = struct { val: i32, next: ?*Node = null };

pub fn main() !void {
    var b = Node{ .val = 2 };
    var a = Node{ .val = 1, .next = &b };
    const pa: *Node = &a;
    const same = pa == &a;
    std.debug.print("same pointer: {} {}\n", .{ same, pa.next.? == &b });
    std.debug.print("{s}\n", .{@typeName(@TypeOf(pa))});
    std.debug.print("{}\n", .{pa.*});
    std.debug.print("{any}\n", .{pa.next.?.*});
    var arr = [_]u16{ 1, 2, 3 };
    const many: [*]u16 = &arr;
    const slice = many[1..3];
    std.debug.print("{any} {d}\n", .{ slice, many[0] });
    std.debug.print("{s} {s}\n", .{ @typeName(@TypeOf(many)), @typeName(@TypeOf(slice)) });
    const addr_diff = @intFromPtr(&arr[2]) - @intFromPtr(&arr[0]);
    std.debug.print("element distance {d} bytes\n", .{addr_diff});
    const p2: *const [3]u16 = &arr;
    std.debug.print("{any} len {d}\n", .{ p2.*, p2.len });
    const opt: ?*Node = null;
    std.debug.print("{?} {}\n", .{ opt, opt == null });
    const cstr: [*:0]const u8 = "abc";
    std.debug.print("{s} {c}\n", .{ cstr, cstr[1] });
    var x: u32 = 10;
    const px = &x;
    px.* += 5;
    const ppx = &px;
    ppx.*.* *= 2;
    std.debug.print("{d} {s}\n", .{ x, @typeName(@TypeOf(ppx)) });
    std.debug.print("sizes {d} {d} {d} {d}\n", .{ @sizeOf(*u8), @sizeOf([]u8), @sizeOf(?*u8), @sizeOf(?[]u8) });
}
