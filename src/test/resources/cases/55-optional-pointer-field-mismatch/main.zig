const Node = struct {
    value: i32,
    next: ?*Node = null,
};
pub fn main() void {
    var b = Node{ .value = 2 };
    const a = Node{ .value = 1, .next = &b };
    const n: *Node = a.next;
    _ = n;
}
