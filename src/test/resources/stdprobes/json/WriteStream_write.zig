const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var list = std.ArrayList(u8).init(a);
    defer list.deinit();
    var w = std.json.writeStream(list.writer(), .{ .whitespace = .indent_2 });
    defer w.deinit();
    const S = struct {
        a: u8 = 1,
        b: ?[]const u8 = null,
        pub fn jsonStringify(self: @This(), jws: anytype) !void {
            try jws.beginArray();
            try jws.write(self.a);
            try jws.write(self.b);
            try jws.endArray();
        }
    };
    try w.beginArray();
    try w.write(S{});
    try w.write(&[_]S{ .{ .a = 2, .b = "x" } });
    try w.write(@as(*const [3]u8, "abc"));
    try w.write(@as(f64, 1.0));
    try w.write(@as(u64, 1) << 60);
    try w.write(.{});
    try w.endArray();
    std.debug.print("{s}\n", .{list.items});
}
