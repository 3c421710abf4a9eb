const std = @import("std");
pub fn main() void {
    var x: u8 = 5;
    const p: *const u32 = &x;
    _ = p;
}
