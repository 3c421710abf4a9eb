const std = @import("std");
pub fn main() void {
    var x: u8 = 1; _ = &x; const y = x ++ "a"; _ = y;
}
