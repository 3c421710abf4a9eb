const std = @import("std");

fn cLength(s: [*:0]const u8) usize {
    var n: usize = 0;
    while (s[n] != 0) n += 1;
    return n;
}

fn greet(name: [:0]const u8) void {
    std.debug.print("hello {s} (len {d}, byte after end = {d})\n", .{ name, name.len, name[name.len] });
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    const literal: [:0]const u8 = "zig";
    greet(literal);

    const c_str: [*:0]const u8 = "from a C API";
    const as_slice = std.mem.span(c_str);
    std.debug.print("span: '{s}' len {d}, cLength {d}\n", .{ as_slice, as_slice.len, cLength(c_str) });

    var buf = [_]u8{0} ** 16;
    @memcpy(buf[0..5], "hello");
    const upto = std.mem.sliceTo(&buf, 0);
    std.debug.print("sliceTo zero: '{s}' len {d}\n", .{ upto, upto.len });
    const before_l = std.mem.sliceTo(&buf, 'l');
    std.debug.print("sliceTo 'l': '{s}'\n", .{before_l});

    const owned = try allocator.dupeZ(u8, "copied name");
    defer allocator.free(owned);
    greet(owned);

    const msg = try std.fmt.allocPrintZ(allocator, "{s}-{d}", .{ "item", 42 });
    defer allocator.free(msg);
    greet(msg);
    const ptr: [*:0]const u8 = msg.ptr;
    std.debug.print("through pointer: {s}\n", .{std.mem.span(ptr)});
}
