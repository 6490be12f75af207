// Run tasks with bounded parallelism and yield their results in task order, so
// parallelism never changes what is printed. At most `window` tasks are in flight
// or waiting to be printed: memory stays flat however many files there are.
export async function* ordered<T, R>(
  tasks: AsyncIterable<T> | Iterable<T>,
  run: (task: T) => Promise<R>,
  window: number,
): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  for await (const task of tasks) {
    pending.push(run(task));
    if (pending.length >= window) yield await pending.shift()!;
  }
  while (pending.length > 0) yield await pending.shift()!;
}
