const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var fbs = std.io.fixedBufferStream("[\"abcdefgh\", \"ab\", 12345678, \"x\\\\ny\"]");
    var r = std.json.Reader(4, @TypeOf(fbs.reader())).init(a, fbs.reader());
    defer r.deinit();
    var list = std.ArrayList(u8).init(a);
    defer list.deinit();
    _ = try r.next();
    while (true) {
        const got = try r.allocNextIntoArrayList(&list, .alloc_if_needed);
        if (got) |s| {
            std.debug.print("slice {s}\n", .{s});
        } else {
            std.debug.print("list {s}\n", .{list.items});
            list.clearRetainingCapacity();
        }
        if (try r.peekNextTokenType() == .array_end) break;
    }
}
