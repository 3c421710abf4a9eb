const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var arena = std.heap.ArenaAllocator.init(a);
    defer arena.deinit();
    std.debug.print("fresh capacity: {d}\n", .{arena.queryCapacity()});
    const x = try arena.allocator().alloc(u8, 10);
    std.debug.print("alloc 10: len {d}\n", .{x.len});
    var on_page = std.heap.ArenaAllocator.init(std.heap.page_allocator);
    defer on_page.deinit();
    _ = try on_page.allocator().create(u64);
    std.debug.print("page-backed arena used: {}\n", .{on_page.queryCapacity() > 0});
}
