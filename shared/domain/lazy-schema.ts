/**
 * A schema built the first time it is used instead of when its module loads.
 *
 * zod builds a schema object, with its checks and members, for every field of every schema a module declares.
 * The trial's schemas are hundreds of those, and every function that imports them (directly or through a
 * contract) paid for all of them before its first call, whether or not that call reads a trial. A lazy schema
 * costs nothing until something reads one of its properties; then it is built once, and from there on it
 * answers as the built schema does (parsing, composing with `z.extend`, `.shape`, `instanceof`).
 *
 * Only for schemas that carry no registry metadata (`.register`, `.meta`): the registry keys on the built
 * object, which the proxy is not.
 */
export function lazySchema<T extends object>(build: () => T): T {
  let built: T | undefined;
  const schema = (): T => (built ??= build());
  // The target stays an empty, extensible object: every trap answers from the built schema, and properties
  // are reported configurable, which the proxy's invariants allow for keys its own target does not hold.
  return new Proxy({} as T, {
    get: (_target, key) => Reflect.get(schema(), key),
    has: (_target, key) => Reflect.has(schema(), key),
    ownKeys: () => Reflect.ownKeys(schema()),
    getOwnPropertyDescriptor: (_target, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(schema(), key);
      return descriptor && { ...descriptor, configurable: true };
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
    set: (_target, key, value) => Reflect.set(schema(), key, value),
    defineProperty: (_target, key, descriptor) => Reflect.defineProperty(schema(), key, descriptor),
    deleteProperty: (_target, key) => Reflect.deleteProperty(schema(), key),
  });
}
