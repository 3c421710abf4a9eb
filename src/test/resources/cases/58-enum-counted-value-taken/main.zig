const E = enum(u8) { a = 1, b = 0, c };
pub fn main() void {
    _ = E.a;
}
