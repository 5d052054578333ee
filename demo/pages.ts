import type { RawAttributes } from '../widget/attributes';

/**
 * The demo hospital website's pages: a realistic site of the fictional 辽河市第一人民医院
 * with the widget embedded the way a webmaster would (two lines), in several settings.
 * No inline scripts or styles anywhere, so the same pages work under a strict CSP.
 */

/** What a page's body can draw from the sample feed when the page is served. */
export interface PageContext {
  /** A <clear-clinic> rendered ahead of time (widget/prerender.tsx), as `export html` does. */
  prerender(attributes: RawAttributes): string;
  /** Today's hours as a plain HTML table: what the widget is measured against (bench:widget). */
  hoursTable(): string;
}

export interface Page {
  path: string;
  title: string;
  lang: 'zh-CN' | 'en';
  /** The page's markup; a function gets the pre-renderer, for pages that hold a pre-rendered widget. */
  body: string | ((context: PageContext) => string);
  /** Only the body, without the demo site's header and footer (benchmark pages: the first paint is theirs). */
  bare?: boolean;
  /** Sent as Content-Security-Policy. */
  csp?: string;
  /** false: the page names no feed (no link, no widget). */
  feedLink?: boolean;
}

export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const SCRIPT = '<script type="module" src="/clearclinic/widget.js" async></script>';

const nav = (lang: 'zh-CN' | 'en') =>
  lang === 'en'
    ? '<nav><a href="/">中文</a><a href="/en/">English</a><a href="/tools/">Webmaster tools</a></nav>'
    : '<nav><a href="/">首页</a><a href="/guide.html">办事指南</a><a href="/pediatrics.html">儿科门诊</a><a href="/large.html">长者模式</a><a href="/en/">English</a><a href="/csp.html">严格 CSP</a><a href="/tools/">站长工具</a></nav>';

export const PAGES: Page[] = [
  {
    path: '/',
    title: '辽河市第一人民医院（示例）· 门诊时间',
    lang: 'zh-CN',
    body: `<p class="notice">本站为明白就医（ClearClinic）演示网站，医院与数据均为虚构。</p>
<h2>门诊时间与预约</h2>
${SCRIPT}
<clear-clinic id="overview" src="/.well-known/clearclinic.json"></clear-clinic>`,
  },
  {
    path: '/pediatrics.html',
    title: '儿科门诊 · 辽河市第一人民医院（示例）',
    lang: 'zh-CN',
    body: `<h2>儿科门诊</h2>
<div class="columns">
<section><h3>出诊时间</h3>${SCRIPT}
<clear-clinic id="peds-hours" src="/.well-known/clearclinic.json" view="hours" department="pediatrics north-pediatrics"></clear-clinic></section>
<section><h3>分时段号源</h3>
<clear-clinic id="peds-slots" src="/.well-known/clearclinic.json" view="slots" department="pediatrics"></clear-clinic></section>
</div>`,
  },
  {
    path: '/guide.html',
    title: '办事不找关系指南 · 辽河市第一人民医院（示例）',
    lang: 'zh-CN',
    body: `<h2>办事不找关系指南</h2>${SCRIPT}
<clear-clinic id="guide" src="/.well-known/clearclinic.json" view="guide"></clear-clinic>
<h2>候诊时间</h2>
<clear-clinic id="waits" src="/.well-known/clearclinic.json" view="waits" theme="light"></clear-clinic>`,
  },
  {
    path: '/large.html',
    title: '长者模式 · 辽河市第一人民医院（示例）',
    lang: 'zh-CN',
    body: `<h2>长者模式（大字）</h2>${SCRIPT}
<clear-clinic id="large" src="/.well-known/clearclinic.json" size="large"></clear-clinic>`,
  },
  {
    path: '/en/',
    title: 'Liaohe First People’s Hospital (sample) · Clinic hours',
    lang: 'en',
    body: `<p class="notice">A ClearClinic demo site: the hospital and its data are fictional.</p>
<h2>Clinic hours and booking</h2>${SCRIPT}
<clear-clinic id="overview-en" src="/.well-known/clearclinic.json"></clear-clinic>`,
  },
  {
    path: '/csp.html',
    title: '严格 CSP 页面 · 辽河市第一人民医院（示例）',
    lang: 'zh-CN',
    csp: STRICT_CSP,
    body: `<h2>在严格内容安全策略下运行</h2>
<p>本页以 <code>${STRICT_CSP.replace(/'/g, '&#39;')}</code> 发送。</p>${SCRIPT}
<clear-clinic id="csp" src="/.well-known/clearclinic.json"></clear-clinic>`,
  },
  {
    path: '/about.html',
    title: '医院简介 · 辽河市第一人民医院（示例）',
    lang: 'zh-CN',
    feedLink: false,
    body: `<h2>医院简介</h2><p>本页没有出诊数据（用于检验浏览器扩展只在发布数据的网页上提示）。</p>`,
  },
  {
    path: '/bench.html',
    title: 'Widget benchmark page',
    lang: 'zh-CN',
    body: `${SCRIPT}
<clear-clinic id="bench" src="/.well-known/clearclinic.json"></clear-clinic>`,
  },
  {
    path: '/bench-small.html',
    title: 'Widget benchmark page, small feed',
    lang: 'zh-CN',
    body: `${SCRIPT}
<clear-clinic id="bench" src="/liaohe-tcm/.well-known/clearclinic.json"></clear-clinic>`,
  },
  {
    path: '/prerendered.html',
    title: '预先渲染 · 辽河市第一人民医院（示例）',
    lang: 'zh-CN',
    csp: STRICT_CSP,
    body: ({ prerender }) => `<h2>门诊时间（预先渲染，脚本接管）</h2>
<p>出诊信息已在网页里，不等脚本；脚本到了再接管成可操作的组件。关闭脚本也能看到今后15天的出诊时间。</p>${SCRIPT}
${prerender({ src: '/.well-known/clearclinic.json', lang: 'zh-CN' })}`,
  },
  {
    path: '/prerendered-guide.html',
    title: '办事指南（预先渲染）· 辽河市第一人民医院（示例）',
    lang: 'zh-CN',
    csp: STRICT_CSP,
    body: ({ prerender }) => `<h2>办事不找关系指南（预先渲染）</h2>${SCRIPT}
${prerender({ src: '/.well-known/clearclinic.json', view: 'guide', lang: 'zh-CN' })}`,
  },
  // bench:widget's pages from navigation start: each holds only what it measures.
  {
    path: '/bench-bare.html',
    title: 'Widget benchmark page, two lines',
    lang: 'zh-CN',
    bare: true,
    body: `${SCRIPT}
<clear-clinic id="bench" src="/.well-known/clearclinic.json"></clear-clinic>`,
  },
  {
    path: '/bench-prerendered.html',
    title: 'Widget benchmark page, pre-rendered',
    lang: 'zh-CN',
    bare: true,
    body: ({ prerender }) => `${SCRIPT}
${prerender({ src: '/.well-known/clearclinic.json', lang: 'zh-CN' })}`,
  },
  {
    path: '/bench-table.html',
    title: 'Widget benchmark page, a static table',
    lang: 'zh-CN',
    bare: true,
    body: ({ hoursTable }) => hoursTable(),
  },
  {
    path: '/hostile.html',
    title: 'Hostile CSS page',
    lang: 'zh-CN',
    body: `<div class="hostile"><h2>A page whose CSS resets everything</h2>${SCRIPT}
<clear-clinic id="hostile" src="/.well-known/clearclinic.json" view="hours"></clear-clinic></div>`,
  },
];

export function renderPage(page: Page, hospitalName: string, context: PageContext): string {
  const body = typeof page.body === 'string' ? page.body : page.body(context);
  const head = `<!doctype html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title}</title>`;
  if (page.bare) return `${head}\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
  return `${head}
<link rel="stylesheet" href="/site.css">
${page.feedLink === false ? '' : '<link rel="clearclinic" href="/.well-known/clearclinic.json">'}
</head>
<body>
<header class="site-head"><h1>${hospitalName}</h1>${nav(page.lang)}</header>
<main>
${body}
</main>
<footer class="site-foot">© ClearClinic demo · ${page.lang === 'en' ? 'fictional data' : '虚构数据，仅供演示'}</footer>
</body>
</html>
`;
}
