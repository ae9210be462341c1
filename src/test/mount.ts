import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach } from 'vitest';
import { loadStrings } from '../i18n/strings.ts';

/** The element and React root a component test renders into, fresh for each test. */
export interface Mount {
  container: HTMLDivElement;
  root: Root;
}

/**
 * A container in the document and a React root for every test of the file, unmounted and removed
 * after each. Call at the top of a jsdom test file; read `container` and `root` inside the tests.
 */
export function mountEachTest(): Mount {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  const mount = {} as Mount;
  // The pages load the reader's language before they draw (startApp); components under test render
  // in either language at once, so both are loaded first.
  beforeAll(() => loadStrings('en'));
  beforeEach(() => {
    mount.container = document.createElement('div');
    document.body.append(mount.container);
    mount.root = createRoot(mount.container);
  });
  afterEach(() => {
    act(() => mount.root.unmount());
    mount.container.remove();
  });
  return mount;
}
