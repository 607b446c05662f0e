/**
 * Counts how many times each component actually ran, commit by commit, the way React DevTools
 * learns it: through the global hook react-dom reports every commit to. It must be installed
 * before react-dom loads, hence a setup file of its own, first in the list.
 *
 * A component ran in a commit when its fiber is new to this commit (React clones the fibers it
 * works on; a subtree it skipped keeps last commit's objects) and carries PerformedWork (a memo
 * that bailed out is cloned without it).
 */
interface Fiber {
  type: unknown;
  flags: number;
  child: Fiber | null;
  sibling: Fiber | null;
}

const PERFORMED_WORK = 1;
const renders = new Map<string, number>();
let previousCommit = new WeakSet<Fiber>();

function nameOf(type: unknown): string | undefined {
  return typeof type === 'function' ? (type as { name?: string }).name : undefined;
}

function countRenders(root: { current: Fiber }): void {
  const thisCommit = new WeakSet<Fiber>();
  const stack: Fiber[] = [root.current];
  while (stack.length > 0) {
    const fiber = stack.pop() as Fiber;
    thisCommit.add(fiber);
    const name = nameOf(fiber.type);
    if (name && !previousCommit.has(fiber) && (fiber.flags & PERFORMED_WORK) !== 0) {
      renders.set(name, (renders.get(name) ?? 0) + 1);
    }
    if (fiber.sibling) stack.push(fiber.sibling);
    if (fiber.child) stack.push(fiber.child);
  }
  previousCommit = thisCommit;
}

(globalThis as { __REACT_DEVTOOLS_GLOBAL_HOOK__?: unknown }).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
  supportsFiber: true,
  renderers: new Map(),
  inject: () => 1,
  checkDCE: () => undefined,
  onScheduleFiberRoot: () => undefined,
  onCommitFiberRoot: (_renderer: number, root: { current: Fiber }) => countRenders(root),
  onPostCommitFiberRoot: () => undefined,
  onCommitFiberUnmount: () => undefined,
};

/** How many times a component (by its function's name) has run since the last `resetRenders`. */
export function rendersOf(component: string): number {
  return renders.get(component) ?? 0;
}

export function resetRenders(): void {
  renders.clear();
}
