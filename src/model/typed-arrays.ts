/** A copy of `array` with room for `length` values (those past the copy are zero): for lists that grow. */
export function withRoom<T extends Int32Array<ArrayBuffer> | Uint16Array<ArrayBuffer>>(
  array: T,
  length: number,
): T {
  const bigger = new (array.constructor as new (length: number) => T)(length);
  bigger.set(array);
  return bigger;
}
