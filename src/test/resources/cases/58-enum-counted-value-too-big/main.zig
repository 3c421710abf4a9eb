const E = enum(u2) { a, b, c, d, e };
pub fn main() void {
    _ = E.a;
}
