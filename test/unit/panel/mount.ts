import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';

let root: HTMLElement | undefined;

/** Renders a component into a fresh element of the document; unmounted and removed after each test. */
export function mount(node: preact.ComponentChild): HTMLElement {
  const el = document.createElement('div');
  root = el;
  document.body.append(el);
  act(() => render(node, el));
  return el;
}

afterEach(() => {
  if (root) {
    render(null, root);
    root.remove();
    root = undefined;
  }
});
