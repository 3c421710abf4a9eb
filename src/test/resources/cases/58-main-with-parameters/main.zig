pub fn main(a: u8, b: u8) !void {
    _ = a;
    _ = b;
}
