const std = @import("std");

fn fill(a: std.mem.Allocator, n: usize) ![][]u8 {
    const rows = try a.alloc([]u8, n);
    var done: usize = 0;
    errdefer {
        for (rows[0..done]) |r| a.free(r);
        a.free(rows);
    }
    errdefer for (0..done) |k| {
        if (k == 2) break;
        std.debug.print("undo row {d}\n", .{k});
    };
    errdefer |err| std.debug.print("failed: {s}\n", .{@errorName(err)});
    while (done < n) : (done += 1) {
        if (done == 3) return error.TooMany;
        rows[done] = try a.alloc(u8, 4);
    }
    return rows;
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var i: u32 = 0;
    defer while (i < 5) : (i += 1) {
        if (i == 1) continue;
        if (i == 3) break;
        std.debug.print("while {d}\n", .{i});
    };
    defer for (0..2) |k| {
        std.debug.print("for {d}\n", .{k});
    };
    defer if (i == 0) {
        std.debug.print("if\n", .{});
    } else {
        std.debug.print("else\n", .{});
    };
    defer switch (i) {
        0 => std.debug.print("switch zero\n", .{}),
        else => {},
    };
    defer outer: {
        if (i == 0) break :outer;
        std.debug.print("never\n", .{});
    }
    std.debug.print("rows: {any}\n", .{fill(gpa.allocator(), 5)});
}
