const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var fbs = std.io.fixedBufferStream("[\"short\", \"too long\"]");
    var r = std.json.Reader(4, @TypeOf(fbs.reader())).init(a, fbs.reader());
    defer r.deinit();
    _ = try r.next();
    const t = try r.nextAllocMax(a, .alloc_always, 100);
    std.debug.print("{s}\n", .{t.allocated_string});
    a.free(t.allocated_string);
    std.debug.print("{any}\n", .{r.nextAllocMax(a, .alloc_always, 3)});
}
