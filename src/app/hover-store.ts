import { useSyncExternalStore } from 'react';

/** The event under the pointer or keyboard focus anywhere; kept outside React state so only readers re-render. */
export interface HoverStore {
  get: () => string | null;
  set: (id: string | null) => void;
  subscribe: (listener: () => void) => () => void;
}

/** A hover store for one explorer or embed instance. */
export function createHoverStore(): HoverStore {
  let current: string | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set: (id) => {
      if (id === current) return;
      current = id;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The hovered event id, re-rendering the caller when it changes. */
export function useHovered(store: HoverStore): string | null {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
