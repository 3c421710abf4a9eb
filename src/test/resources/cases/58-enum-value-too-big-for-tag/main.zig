const E = enum(u8) { a = 300 };
pub fn main() void {
    _ = E.a;
}
