const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var fbs = std.io.fixedBufferStream("[\"fits\", \"does not fit at all\"]");
    var r = std.json.Reader(4, @TypeOf(fbs.reader())).init(a, fbs.reader());
    defer r.deinit();
    var list = std.ArrayList(u8).init(a);
    defer list.deinit();
    _ = try r.next();
    _ = try r.allocNextIntoArrayListMax(&list, .alloc_always, 10);
    std.debug.print("{s}\n", .{list.items});
    list.clearRetainingCapacity();
    std.debug.print("{any}\n", .{r.allocNextIntoArrayListMax(&list, .alloc_always, 10)});
}
