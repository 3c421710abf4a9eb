const std = @import("std");
pub fn main() void {
    const n: u8 = 7;
    const s = n ** 3;
    _ = s;
}
