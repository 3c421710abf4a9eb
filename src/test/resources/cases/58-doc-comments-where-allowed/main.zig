const std = @import("std");
fn f(
    /// the count
    n: u8,
) u8 {
    return n;
}
const E = error{
    /// first
    A,
};
/// a struct
const S = struct {
    /// field
    a: u8 = 1,
    //// not a doc comment
};
/// main
pub fn main() void {
    const s = S{};
    std.debug.print("{} {}\n", .{ f(s.a), E.A == error.A });
}
