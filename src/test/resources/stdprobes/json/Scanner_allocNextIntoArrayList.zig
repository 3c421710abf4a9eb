const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var s = std.json.Scanner.initCompleteInput(a, "[\"abc\", \"a\\\"b\", 99]");
    defer s.deinit();
    var list = std.ArrayList(u8).init(a);
    defer list.deinit();
    _ = try s.next();
    for (0..3) |_| {
        if (try s.allocNextIntoArrayList(&list, .alloc_if_needed)) |slice| {
            std.debug.print("slice {s}\n", .{slice});
        } else {
            std.debug.print("list {s} (capacity {d})\n", .{ list.items, list.capacity });
            list.clearRetainingCapacity();
        }
    }
}
