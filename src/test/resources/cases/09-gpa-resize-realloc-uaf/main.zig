const std = @import("std");

fn makeLocal() *u32 {
    var v: u32 = 77;
    return &v;
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer std.debug.print("gpa: {s}\n", .{@tagName(gpa.deinit())});
    const al = gpa.allocator();

    const empty = try al.alloc(u8, 0);
    al.free(empty);
    std.debug.print("empty len {d}\n", .{empty.len});

    const big = try al.alloc(u8, 100_000);
    big[99_999] = 9;
    std.debug.print("big {d} {d}\n", .{ big.len, big[99_999] });
    al.free(big);

    var buf = try al.alloc(u32, 3);
    buf[0] = 1;
    std.debug.print("resize to 4: {}\n", .{al.resize(buf, 4)});
    std.debug.print("resize to 10: {}\n", .{al.resize(buf, 10)});
    buf = try al.realloc(buf, 10);
    std.debug.print("realloc'd {d} first {d}\n", .{ buf.len, buf[0] });
    al.free(buf);

    const keep = try al.alloc(u64, 2);
    const gone = try al.alloc(u64, 2);
    gone[0] = 5;
    al.free(gone);
    std.debug.print("after free: {x}\n", .{gone[0]});
    al.free(keep);

    const n = try al.create(struct { a: u8, b: u32 });
    n.* = .{ .a = 1, .b = 2 };
    std.debug.print("{d} {d}\n", .{ n.a, n.b });
    al.destroy(n);

    const p = makeLocal();
    std.debug.print("local {d}\n", .{p.*});

    const pa = std.heap.page_allocator;
    var grow = try pa.alloc(u8, 100);
    grow[0] = 3;
    grow = try pa.realloc(grow, 10_000);
    std.debug.print("grown {d} {d}\n", .{ grow.len, grow[0] });
    pa.free(grow);
}
