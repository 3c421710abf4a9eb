const E = enum(u8) { a = 1, b = 1 };
pub fn main() void {
    _ = E.a;
}
