const std = @import("std");

fn mergeSorted(a: std.mem.Allocator, x: []const i32, y: []const i32) ![]i32 {
    const out = try a.alloc(i32, x.len + y.len);
    var i: usize = 0;
    var j: usize = 0;
    var k: usize = 0;
    while (i < x.len and j < y.len) : (k += 1) {
        if (x[i] <= y[j]) {
            out[k] = x[i];
            i += 1;
        } else {
            out[k] = y[j];
            j += 1;
        }
    }
    @memcpy(out[k..][0 .. x.len - i], x[i..]);
    k += x.len - i;
    @memcpy(out[k..], y[j..]);
    return out;
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();

    const merged = try mergeSorted(a, &.{ 1, 4, 9, 12 }, &.{ -3, 4, 5, 20, 21 });
    defer a.free(merged);
    std.debug.print("merged: {any}\n", .{merged});

    const both = try std.mem.concat(a, i32, &.{ &.{ 8, 3, 5 }, merged[0..3], &.{-7} });
    defer a.free(both);
    std.sort.heap(i32, both, {}, std.sort.desc(i32));
    std.debug.print("heap-sorted desc: {any}\n", .{both});

    std.mem.rotate(i32, both, 2);
    std.debug.print("rotated by 2: {any}\n", .{both});
    std.mem.copyForwards(i32, both[0..5], both[2..7]);
    std.debug.print("shifted left: {any}\n", .{both});
    @memcpy(both[0..5], both[2..7]);
}
