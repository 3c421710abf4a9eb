const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var state = std.heap.ArenaAllocator.State{};
    var arena = state.promote(a);
    _ = try arena.allocator().alloc(u32, 4);
    state = arena.state;
    std.debug.print("state end_index: {d}\n", .{state.end_index});
    var again = state.promote(a);
    _ = try again.allocator().alloc(u32, 1);
    std.debug.print("after promote again end_index: {d}\n", .{again.state.end_index});
    again.deinit();
}
