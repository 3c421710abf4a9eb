const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var fbs = std.io.fixedBufferStream("[{\"a\": [1, 2, {\"b\": null}]}, \"skip\", \"kept\"]");
    var r = std.json.Reader(4, @TypeOf(fbs.reader())).init(a, fbs.reader());
    defer r.deinit();
    _ = try r.next();
    try r.skipValue();
    try r.skipValue();
    const t = try r.nextAlloc(a, .alloc_always);
    std.debug.print("after skipping two: {s}\n", .{t.allocated_string});
    a.free(t.allocated_string);
}
