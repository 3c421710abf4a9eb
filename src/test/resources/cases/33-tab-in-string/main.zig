pub fn main() void {
    _ = "a	b";
}
