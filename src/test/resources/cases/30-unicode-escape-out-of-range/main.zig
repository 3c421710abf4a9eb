pub fn main() void {
    _ = "\u{110000}";
}
