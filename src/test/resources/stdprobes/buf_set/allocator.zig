const std = @import("std");

fn show(label: []const u8, s: *const std.BufSet) void {
    std.debug.print("{s}:", .{label});
    var it = s.iterator();
    while (it.next()) |k| std.debug.print(" {s}", .{k.*});
    std.debug.print(" (count {d})\n", .{s.count()});
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var s = std.BufSet.init(a);
    defer s.deinit();
    const al = s.allocator();
    const buf = try al.alloc(u8, 3);
    defer al.free(buf);
    std.debug.print("same allocator ptr: {}\n", .{al.ptr == a.ptr});
    std.debug.print("allocated {d} bytes\n", .{buf.len});
}
