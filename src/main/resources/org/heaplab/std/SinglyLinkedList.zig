//! A singly linked list whose nodes the caller owns, after Zig 0.14's `std.SinglyLinkedList`.
//! The arena keeps its buffers in one; each node sits at the start of the memory it describes.

pub fn SinglyLinkedList(comptime T: type) type {
    return struct {
        first: ?*Node = null,

        const Self = @This();

        pub const Node = struct {
            next: ?*Node = null,
            data: T,

            /// Inserts `new_node` right after `node`.
            pub fn insertAfter(node: *Node, new_node: *Node) void {
                new_node.next = node.next;
                node.next = new_node;
            }

            /// Unlinks and returns the node after `node`, if any.
            pub fn removeNext(node: *Node) ?*Node {
                const next_node = node.next orelse return null;
                node.next = next_node.next;
                return next_node;
            }
        };

        pub fn prepend(list: *Self, new_node: *Node) void {
            new_node.next = list.first;
            list.first = new_node;
        }

        pub fn popFirst(list: *Self) ?*Node {
            const first = list.first orelse return null;
            list.first = first.next;
            return first;
        }

        pub fn len(list: Self) usize {
            var count: usize = 0;
            var it = list.first;
            while (it) |n| : (it = n.next) count += 1;
            return count;
        }
    };
}
