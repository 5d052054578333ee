/**
 * The widget's whole stylesheet as one file, widget.css beside widget.js (scripts/build-widget.mjs
 * writes it): the styles the script adopts, every view's, and those of what reads without
 * scripts. A pre-rendered element links it (widget/prerender.tsx), so it is styled before any
 * script runs and under `style-src 'self'`; the script adopts the same rules when it takes over.
 */
import { GUIDE_CSS } from '../components/GuideView';
import { SLOTS_CSS } from '../components/SlotsView';
import { WAITS_CSS } from '../components/WaitsView';
import { STYLES } from './styles';

/** What reads without scripts: every day at once (StaticHours), the guide open. */
export const STATIC_CSS = `
.cc-static-title{font-size:1.125em;margin:.75em 0 .25em}
.cc-static-day{margin-top:.75em}
.cc-static-day .cc-dayhead{margin-top:0}
.cc-static-lines li{padding:.125em 0;border-bottom:1px solid var(--cc-soft)}
.cc-static-lines [data-status=unknown]>strong{color:var(--cc-warn)}
.cc-static-lines [data-status=emergency-only]>strong{color:var(--cc-holiday)}
.cc-static-basis{font-size:.875em;margin-top:.25em}
.cc-static-source{margin-top:1em}
.cc-noscript .cc-guide{margin-top:1.5em}
`;

/**
 * The pre-rendered element without scripts. Its <noscript> stands outside the shadow root (so
 * the root is drawn as soon as its own markup is parsed, not after fifteen days of text) and is
 * shown through a <slot>: there it is part of the page, styled by this same file linked in the
 * <noscript>, as `.cc-light` (the custom properties the shadow root's host would have given).
 * Inside the shadow root the interactive parts (tabs, the day strip and one chosen day, "open
 * now" as of the moment it was rendered) are hidden. A browser that does not know `scripting`
 * shows both.
 */
const HOST_VARIABLES = (STYLES.match(/:host\{([^}]*)\}/)?.[1] ?? '').match(/--cc-[\w-]+:[^;}]+/g) ?? [];
export const NOSCRIPT_CSS = `
@media (scripting:none){.cc:not(.cc-light)>:not(.cc-head):not(slot),.cc-now{display:none!important}}
.cc-light{color-scheme:light dark;${HOST_VARIABLES.join(';')}}
.cc.cc-light.cc-noscript{border:0;padding:0;background:none}
`;

/** Every view's rules and the static ones: what a page without the widget's script needs (site/). */
export const VIEWS_CSS = [STYLES, SLOTS_CSS, WAITS_CSS, GUIDE_CSS, STATIC_CSS].map((s) => s.trim()).join('\n');

export const WIDGET_CSS = `${VIEWS_CSS}\n${NOSCRIPT_CSS.trim()}\n`;
