/**
 * Adopts a component's stylesheet into the root it renders in (the widget's shadow root,
 * or an extension page's document) before it paints. Lazy views bring their own CSS this
 * way, so the first render carries only the core styles.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';

const sheets = new Map<string, CSSStyleSheet>();

export function useStyles<T extends Element>(css: string) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const root = ref.current?.getRootNode() as (ShadowRoot | Document) | undefined;
    if (!root) return;
    if (
      'adoptedStyleSheets' in root &&
      typeof CSSStyleSheet === 'function' &&
      'replaceSync' in CSSStyleSheet.prototype
    ) {
      let sheet = sheets.get(css);
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        sheets.set(css, sheet);
      }
      if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    } else if (ref.current && !ref.current.querySelector(':scope > style[data-cc]')) {
      const style = document.createElement('style');
      style.dataset.cc = '';
      style.textContent = css;
      ref.current.prepend(style);
    }
  }, [css]);
  return ref;
}
