const std = @import("std");

const max_players: u8 = 64;
const slots_per_player: u8 = 4;
const total_slots: u8 = max_players * slots_per_player;

pub fn main() void {
    var used: [total_slots]bool = undefined;
    @memset(&used, false);
    std.debug.print("{d} slots\n", .{used.len});
}
