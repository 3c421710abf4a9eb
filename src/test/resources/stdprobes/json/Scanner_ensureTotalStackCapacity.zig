const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var s = std.json.Scanner.initCompleteInput(a, "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]");
    defer s.deinit();
    try s.ensureTotalStackCapacity(200);
    var max: usize = 0;
    while (try s.next() != .end_of_document) max = @max(max, s.stackHeight());
    std.debug.print("max height {d}\n", .{max});
}
