const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var s = std.json.Scanner.initCompleteInput(a, "[\"abcdef\", \"ab\"]");
    defer s.deinit();
    var list = std.ArrayList(u8).init(a);
    defer list.deinit();
    _ = try s.next();
    std.debug.print("{any}\n", .{s.allocNextIntoArrayListMax(&list, .alloc_always, 4)});
}
