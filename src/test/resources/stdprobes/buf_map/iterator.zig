const std = @import("std");

fn show(label: []const u8, m: *const std.BufMap) void {
    std.debug.print("{s}:", .{label});
    var it = m.iterator();
    while (it.next()) |e| std.debug.print(" {s}={s}", .{ e.key_ptr.*, e.value_ptr.* });
    std.debug.print(" (count {d})\n", .{m.count()});
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var m = std.BufMap.init(a);
    defer m.deinit();
    try m.put("X", "1");
    try m.put("Y", "2");
    try m.put("Z", "3");
    var it = m.iterator();
    var n: usize = 0;
    while (it.next()) |e| {
        n += 1;
        std.debug.print("{s}={s}\n", .{ e.key_ptr.*, e.value_ptr.* });
    }
    std.debug.print("visited {d}\n", .{n});
}
