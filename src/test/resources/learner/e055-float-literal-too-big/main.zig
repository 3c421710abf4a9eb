pub fn main() void {
    const x: u8 = 1e3;
    _ = x;
}
