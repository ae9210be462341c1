// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startApp } from './start-app.tsx';

function Broken(): never {
  throw new Error('a fault in a view');
}

function Fine() {
  return <p>drawn</p>;
}

let element: HTMLDivElement;
beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
  element = document.createElement('div');
  element.id = 'root';
  document.body.append(element);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  element.remove();
  vi.restoreAllMocks();
  history.replaceState(null, '', '/');
});

describe('startApp', () => {
  it('draws the app', async () => {
    startApp(<Fine />);
    await vi.waitFor(() => expect(element.textContent).toBe('drawn'));
    expect(element.querySelector('[role="alert"]')).toBeNull();
  });

  it('replaces a page that failed with nothing to catch it by a notice and a reload button, in Arabic', async () => {
    startApp(<Broken />);
    await vi.waitFor(() => expect(element.querySelector('[role="alert"]')).not.toBeNull());
    expect(element.querySelector('.status-title')?.textContent).toBe('تعذّر عرض المقالات');
    expect(element.querySelector('button')?.textContent).toBe('أعد المحاولة');
    expect(console.error).toHaveBeenCalledWith('Rasd failed', expect.any(Error), expect.any(String));
  });

  it('says so in English when the address asks for English', async () => {
    history.replaceState(null, '', '/?lang=en');
    startApp(<Broken />);
    await vi.waitFor(() => expect(element.querySelector('[role="alert"]')).not.toBeNull());
    expect(element.querySelector('.status-title')?.textContent).toBe('The articles could not be shown');
    expect(element.querySelector('button')?.textContent).toBe('Try again');
  });
});
