// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, test } from 'vitest';
import { useLazy } from '../../../components/use-lazy';

function Probe({ name, load }: { name: string; load: () => Promise<string> }) {
  const lazy = useLazy(name, load);
  if (lazy.state === 'ready') return <p>{lazy.value}</p>;
  if (lazy.state === 'failed')
    return (
      <button type="button" onClick={lazy.retry}>
        retry
      </button>
    );
  return <p>loading</p>;
}

const settle = () => act(async () => await new Promise((r) => setTimeout(r, 0)));

test('loading, then what loaded; kept for the page, so a second use shows it at once and loads nothing', async () => {
  let loads = 0;
  const load = async () => {
    loads++;
    return 'view A';
  };
  const root = document.createElement('div');
  await act(() => render(<Probe name="a" load={load} />, root));
  expect(root.textContent).toBe('loading');
  await settle();
  expect(root.textContent).toBe('view A');
  const second = document.createElement('div');
  await act(() => render(<Probe name="a" load={load} />, second));
  expect(second.textContent).toBe('view A');
  expect(loads).toBe(1);
});

test('a load that fails is never "loading" forever: it says so, and a retry loads again', async () => {
  let calls = 0;
  const load = async () => {
    calls++;
    if (calls === 1) throw new TypeError('Failed to fetch dynamically imported module');
    return 'view B';
  };
  const root = document.createElement('div');
  await act(() => render(<Probe name="b" load={load} />, root));
  await settle();
  expect(root.textContent).toBe('retry');
  await act(() => root.querySelector('button')!.click());
  await settle();
  expect(root.textContent).toBe('view B');
  expect(calls).toBe(2);
});
