const std = @import("std");

const Job = struct { id: u32, name: []const u8 };
const JobList = std.DoublyLinkedList(Job);
const Stack = std.SinglyLinkedList(u32);

fn printJobs(label: []const u8, list: JobList) void {
    std.debug.print("{s} ({d}):", .{ label, list.len });
    var it = list.first;
    while (it) |node| : (it = node.next) std.debug.print(" {d}:{s}", .{ node.data.id, node.data.name });
    std.debug.print("\n", .{});
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    var jobs = JobList{};
    const names = [_][]const u8{ "fetch", "build", "test", "ship" };
    for (names, 1..) |n, i| {
        const node = try allocator.create(JobList.Node);
        node.* = .{ .data = .{ .id = @intCast(i), .name = n } };
        jobs.append(node);
    }
    printJobs("queued", jobs);

    // move "test" to the front
    var it = jobs.first;
    while (it) |node| : (it = node.next) {
        if (std.mem.eql(u8, node.data.name, "test")) {
            jobs.remove(node);
            jobs.prepend(node);
            break;
        }
    }
    printJobs("reordered", jobs);

    if (jobs.pop()) |last| {
        std.debug.print("dropped {s}\n", .{last.data.name});
        allocator.destroy(last);
    }
    while (jobs.popFirst()) |node| {
        std.debug.print("run {s}\n", .{node.data.name});
        allocator.destroy(node);
    }

    var stack = Stack{};
    var nodes: [5]Stack.Node = undefined;
    for (&nodes, 0..) |*n, i| {
        n.* = .{ .data = @intCast(i * i) };
        stack.prepend(n);
    }
    std.debug.print("stack len {d}, top {d}\n", .{ stack.len(), stack.first.?.data });
    _ = stack.first.?.removeNext();
    stack.remove(&nodes[0]);
    var sit = stack.first;
    while (sit) |n| : (sit = n.next) std.debug.print("{d} ", .{n.data});
    std.debug.print("\n", .{});
    while (stack.popFirst()) |n| std.debug.print("pop {d}\n", .{n.data});
}
