const std = @import("std");
fn clen(s: [*:0]const u8) usize { return std.mem.len(s); }
fn get(body: ?[]const u8) error{Denied}![]const u8 { return body orelse error.Denied; }
pub fn main() !void {
    const g: [:0]u8 = try std.heap.page_allocator.dupeZ(u8, "hello");
    defer std.heap.page_allocator.free(g);
    std.debug.print("{d}\n", .{clen(g)});
    std.debug.print("{s} {any}\n", .{ get("ok") catch "?", get(null) });
    const e: anyerror = error.Foo;
    std.debug.print("{}\n", .{@intFromError(e) == @intFromError(error.Foo)});
    const E2 = error{ A, B };
    const x: E2 = @errorCast(@errorFromInt(@intFromError(E2.B)));
    std.debug.print("{}\n", .{x});
    var a: u64 = 0;
    var b: u64 = 1;
    for (0..5) |_| a, b = .{ b, a + b };
    std.debug.print("{d} {d}\n", .{ a, b });
    var prng = std.Random.DefaultPrng.init(1234);
    const r = prng.random();
    std.debug.print("{d} {d} {d}\n", .{ r.float(f32), r.float(f64), r.int(u32) });
}
