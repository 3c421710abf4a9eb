package org.heaplab.runtime;

import java.util.ArrayList;
import java.util.List;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.Type;

/**
 * The chain's side of a {@link FaultPlan}: which allocator is the program's root, which one the
 * plan fails, how many requests reached that one, and which requests it made fail.
 *
 * <p>The root is decided once, at the first allocator call that reaches an allocator able to be
 * it: one whose state holds no {@code Allocator} field (a fixed buffer, the page allocator, a
 * user's allocator of its own memory), or whose {@code Allocator} fields all lead straight to the
 * operating system (the page or C allocator): a debug allocator over {@code page_allocator}, an
 * arena made over {@code page_allocator}. An arena over a debug allocator is not the root; the
 * debug allocator beneath it is, since that is what the program made first to own its memory.
 * Calls run in the order the program makes them, so the same program always finds the same root.
 */
final class FaultInjector {
    FaultPlan plan = FaultPlan.NONE;
    /** The root allocator, once known (null: none yet). */
    AllocatorChain.Instance root;
    /** The allocator standing in for the root, once called. */
    AllocatorChain.Instance substitute;
    /** The allocator the plan fails, once known. */
    AllocatorChain.Instance target;
    long allocs, resizes;
    /** The allocation requests that reached the target so far (the most kept: {@link #KEPT}). */
    final List<FaultPlan.Request> requests = new ArrayList<>();
    static final int KEPT = 100_000;

    /** What a checkpoint keeps. */
    record State(AllocatorChain.Instance root, AllocatorChain.Instance substitute, AllocatorChain.Instance target, long allocs, long resizes,
                 int requests) {}

    State save() { return new State(root, substitute, target, allocs, resizes, requests.size()); }

    void restore(State s, java.util.function.UnaryOperator<AllocatorChain.Instance> map) {
        root = s.root == null ? null : map.apply(s.root);
        substitute = s.substitute == null ? null : map.apply(s.substitute);
        target = s.target == null ? null : map.apply(s.target);
        allocs = s.allocs;
        resizes = s.resizes;
        while (requests.size() > s.requests) requests.remove(requests.size() - 1);
    }

    /** Whether {@code i} may be the root: see the class comment. */
    static boolean canBeRoot(AllocatorChain.Instance i, AllocatorChain chain) {
        if (i.kind.equals("PageAllocator") || i.kind.equals("CAllocator")) return true;
        StructType st = AllocatorChain.stateType(i);
        if (st == null) return true;
        for (int f = 0; f < st.fields().size(); f++) {
            Type t = st.fields().get(f).type();
            if (!(t instanceof StructType ft) || !ft.name().endsWith("mem.Allocator")) continue;
            try {
                long vtable = chain.memory().load(i.ptr + st.offsetOf(f) + 8, 8);
                String kind = chain.kindOfVtable(vtable);
                if (!kind.equals("PageAllocator") && !kind.equals("CAllocator")) return false;
            } catch (RuntimeException e) {
                return false; // an Allocator field not set yet: not a chain to judge
            }
        }
        return true;
    }

    /** Settles the root at a call reaching {@code i}, if it is not known yet. */
    void consider(AllocatorChain.Instance i, AllocatorChain chain) {
        if (root == null && i != substitute && canBeRoot(i, chain)) root = i;
    }

    /** Whether calls meant for {@code i} go to the substitute. */
    boolean replaces(AllocatorChain.Instance i) {
        return plan.substitute() != FaultPlan.Substitute.NONE && i == root;
    }

    /** A request of kind {@code op} (0 alloc, 1 resize, 2 remap, 3 free) reaches {@code i}: whether it is to fail. */
    boolean request(AllocatorChain.Instance i, int op, long site, long step, long length) {
        if (target == null) {
            boolean isRoot = plan.target().equals("root")
                    ? (plan.substitute() != FaultPlan.Substitute.NONE ? i == substitute : i == root)
                    : plan.names(i.kind, i.id);
            if (isRoot) target = i;
        }
        if (i != target) return false;
        if (op == 0) {
            allocs++;
            boolean fail = plan.fails(plan.failAlloc(), allocs);
            if (requests.size() < KEPT) requests.add(new FaultPlan.Request(allocs, site, step, length, fail));
            return fail;
        }
        if (op == 1 || op == 2) {
            resizes++;
            return plan.fails(plan.failResize(), resizes);
        }
        return false;
    }
}
