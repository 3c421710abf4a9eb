const std = @import("std");

fn save(list: *std.ArrayList(u8)) !void {
    try list.appendSlice("saved");
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var log = std.ArrayList(u8).init(gpa.allocator());
    defer log.deinit();
    defer try save(&log);
    try log.appendSlice("working;");
}
