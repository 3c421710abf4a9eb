const std = @import("std");

const Particle = struct { x: f32, v: f32 };

fn step(frame_alloc: std.mem.Allocator, ps: []Particle, frame: usize) ![]const u8 {
    // scratch per frame: positions sorted for a median
    const xs = try frame_alloc.alloc(f32, ps.len);
    for (ps, xs) |*p, *x| {
        p.x += p.v;
        if (p.x < 0 or p.x > 10) p.v = -p.v;
        x.* = p.x;
    }
    std.mem.sort(f32, xs, {}, std.sort.asc(f32));
    return std.fmt.allocPrint(frame_alloc, "frame {d}: median {d:.2}, min {d:.2}, max {d:.2}", .{ frame, xs[xs.len / 2], xs[0], xs[xs.len - 1] });
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var ps = [_]Particle{
        .{ .x = 1, .v = 0.5 }, .{ .x = 9, .v = -1.25 }, .{ .x = 5, .v = 2 },
        .{ .x = 0.5, .v = 3 }, .{ .x = 7, .v = -0.75 },
    };
    var arena = std.heap.ArenaAllocator.init(gpa.allocator());
    defer arena.deinit();
    for (0..6) |frame| {
        const line = try step(arena.allocator(), &ps, frame);
        std.debug.print("{s}\n", .{line});
        if (frame % 2 == 1) {
            const kept = arena.reset(.{ .retain_with_limit = 64 });
            std.debug.print("  reset (kept up to 64 bytes): {}\n", .{kept});
        }
    }
    const report = try step(gpa.allocator(), &ps, 99);
    std.debug.print("{s}\n", .{report});
    gpa.allocator().free(report);
}
