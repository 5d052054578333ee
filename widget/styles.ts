/**
 * The widget's styles, adopted as a constructable stylesheet (no inline styles: works
 * under a strict CSP). Isolation both ways: the shadow root keeps page selectors out, the
 * root resets every inherited property, and :host rules are !important, which inside a
 * shadow tree beats the page's own !important. Theming: --clearclinic-* custom properties
 * on the element, and ::part().
 *
 * A department's card is laid out only near the screen (content-visibility:auto; 5.5em is the
 * median card of the 45-department sample): the first paint of a long list, pre-rendered or
 * not, lays out and shapes the text of the cards in view, not of all of them. Printing, find
 * in page and screen readers still get every card.
 *
 * Few text styles: each size and weight that Chinese text is set in is shaped and drawn on
 * its own the first time, and the first paint paid for seven of them. Bold is 700 only, the
 * day's heading is body size and a chosen day is bold in its date alone.
 */
export const STYLES = `
:host{display:block!important;contain:content!important;visibility:visible!important;opacity:1!important;position:relative!important;color-scheme:light dark!important;
--cc-bg:var(--clearclinic-background,light-dark(#fff,#15181c));--cc-fg:var(--clearclinic-color,light-dark(#1a1a1a,#f1f1f1));
--cc-muted:light-dark(#4a4a4a,#c9c9c9);--cc-border:light-dark(#c4c4c4,#555);--cc-accent:var(--clearclinic-accent,light-dark(#0b4f8f,#9cccff));
--cc-accent-fg:light-dark(#fff,#0d1b2a);--cc-soft:light-dark(#eef3f9,#22303f);--cc-holiday:light-dark(#9b1c1c,#ffb3b3);--cc-holiday-bg:light-dark(#fdeeee,#3a1d1d);
--cc-weekend:light-dark(#1f5e2c,#a7e3b4);--cc-weekend-bg:light-dark(#ebf6ee,#1c3322);--cc-warn:light-dark(#6b4500,#ffd58a);--cc-warn-bg:light-dark(#fff4dc,#3a2e14);
--cc-focus:light-dark(#0b4f8f,#9cccff)}
:host([hidden]){display:none!important}
:host([theme=light]){color-scheme:light!important}
:host([theme=dark]){color-scheme:dark!important}
.cc{all:initial;color-scheme:inherit;display:block;box-sizing:border-box;font-family:var(--clearclinic-font-family,system-ui,-apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif);
font-size:var(--clearclinic-font-size,16px);line-height:1.5;color:var(--cc-fg);background:var(--cc-bg);border:1px solid var(--cc-border);
border-radius:var(--clearclinic-radius,8px);padding:1em;text-align:start;word-break:normal;overflow-wrap:anywhere}
.cc *,.cc *::before,.cc *::after{box-sizing:border-box}
:host([size=large]) .cc{font-size:var(--clearclinic-font-size-large,21px);line-height:1.6;--cc-muted:light-dark(#1a1a1a,#fff);--cc-border:light-dark(#555,#aaa)}
.cc h2,.cc h3,.cc h4,.cc p,.cc ul,.cc ol,.cc dl,.cc dd,.cc figure{margin:0;padding:0}
.cc ul,.cc ol{list-style:none}
.cc a{color:var(--cc-accent);text-decoration:underline;text-underline-offset:2px}
.cc :focus-visible{outline:3px solid var(--cc-focus);outline-offset:2px}
.cc button,.cc select,.cc input,.cc summary{font:inherit;color:inherit}
.cc-title{font-size:1.25em;font-weight:700;line-height:1.3}
.cc-age,.cc-muted,.cc-definition,.cc-loc{color:var(--cc-muted);font-size:.875em}
:host([size=large]) .cc-age,:host([size=large]) .cc-muted,:host([size=large]) .cc-definition,:host([size=large]) .cc-loc{font-size:1em}
.cc-head{margin-bottom:.25em}
.cc-now{font-weight:700;margin-top:.125em}
.cc-now-open{color:var(--cc-weekend)}
.cc-now-unknown{color:var(--cc-warn)}
.cc-alert{margin:.5em 0;padding:.5em .75em;border:2px solid var(--cc-holiday);border-radius:6px;background:var(--cc-holiday-bg);color:var(--cc-fg)}
.cc-alert code{font-family:ui-monospace,monospace;font-size:.9em}
.cc-note,.cc-pending{margin:.5em 0;padding:.5em .75em;border-left:4px solid var(--cc-warn);background:var(--cc-warn-bg);color:var(--cc-fg)}
.cc-tablist{display:flex;flex-wrap:wrap;gap:.25em;border-bottom:2px solid var(--cc-border);margin:.75em 0 .5em}
.cc-tab{appearance:none;background:none;border:0;border-bottom:3px solid transparent;margin-bottom:-2px;padding:.5em .75em;min-height:44px;cursor:pointer}
.cc-tab[aria-selected=true]{border-bottom-color:var(--cc-accent);font-weight:700;color:var(--cc-accent)}
.cc-panel{padding-top:.25em}
.cc-days{display:flex;gap:.375em;overflow-x:auto;padding:.25em .125em .5em;width:0;min-width:100%;box-sizing:border-box}
.cc-day{appearance:none;display:flex;flex-direction:column;align-items:center;min-width:4.5em;min-height:44px;padding:.375em .5em;
border:1px solid var(--cc-border);border-radius:6px;background:var(--cc-bg);cursor:pointer;line-height:1.25}
.cc-day[aria-pressed=true]{border:2px solid var(--cc-accent);background:var(--cc-soft)}
.cc-day[aria-pressed=true] .cc-day-date{font-weight:700}
.cc-day-week{font-size:.875em}
.cc-day-date{white-space:nowrap}
.cc-day-kind{font-size:.875em;padding:0 .25em;border-radius:3px;margin-top:.125em;white-space:nowrap}
.cc-day-holiday .cc-day-kind{color:var(--cc-holiday);background:var(--cc-holiday-bg)}
.cc-day-weekend .cc-day-kind{color:var(--cc-weekend);background:var(--cc-weekend-bg)}
.cc-day-makeup-workday .cc-day-kind{color:var(--cc-warn);background:var(--cc-warn-bg)}
.cc-dayhead{font-size:1em;margin:.5em 0 .25em}
.cc-kind{font-weight:400}
.cc-depts{display:grid;gap:.5em}
.cc-dept{padding:.5em .625em;border:1px solid var(--cc-border);border-radius:6px;content-visibility:auto;contain-intrinsic-size:auto 5.5em}
.cc-dept-name{font-weight:700;margin-right:.5em}
.cc-always{background:var(--cc-soft)}
.cc-sessions{margin-top:.125em}
.cc-time{font-variant-numeric:tabular-nums;font-weight:600}
.cc-closed{margin-top:.75em;color:var(--cc-muted);font-size:.875em}
.cc-day-unknown{font-size:.875em;padding:0 .25em;border-radius:3px;margin-top:.125em;border:1px dashed var(--cc-warn);color:var(--cc-warn)}
.cc-dept-status{margin-right:.5em}
.cc-dept-unknown{border-style:dashed;border-color:var(--cc-warn)}
.cc-dept-unknown .cc-dept-status,.cc-status-unknown .cc-mark{color:var(--cc-warn)}
.cc-dept-emergency-only .cc-dept-status,.cc-status-emergency-only .cc-mark{color:var(--cc-holiday)}
.cc-dept-closed{color:var(--cc-muted)}
.cc-dept-closed .cc-dept-name{font-weight:400}
.cc-button{min-height:44px;padding:.375em .875em;border:1px solid var(--cc-accent);border-radius:6px;background:var(--cc-bg);color:var(--cc-accent);cursor:pointer;margin-top:.5em}
@media print{.cc-noprint,.cc-tablist,.cc-days,.cc-pickers{display:none!important}.cc{border:0;padding:0;color:#000;background:#fff}
.cc-item{break-inside:avoid;border-color:#999}.cc a{color:#000}}
.cc-search{display:flex;flex-direction:column;gap:.25em;font-size:.875em;margin-top:.5em}
:host([size=large]) .cc-search{font-size:1em}
.cc input{min-height:44px;padding:.25em .5em;border:1px solid var(--cc-border);border-radius:6px;background:var(--cc-bg);font-size:1rem;max-width:100%;box-sizing:border-box}
:host([size=large]) .cc input{font-size:inherit}
.cc-search input{width:100%;min-width:0}
.cc-filter .cc-found{margin:.25em 0 0}
.cc-filter .cc-found:empty{display:none}
`;
