import { expect, test } from 'vitest';
import { parseDate } from '../../utils/date/civil';
import { jsonInScript } from '../../utils/html/json-in-script';
import { hospitalJsonLd, jsonLdScript } from '../../utils/schema-org/json-ld';
import { baseFeed, feedWith } from '../helpers/feed';

const from = parseDate('2026-09-28')!;

test('regular hours per weekday from the outpatient roster', () => {
  const ld = hospitalJsonLd(baseFeed(), { from, days: 30 });
  expect(ld['@type']).toBe('Hospital');
  expect(ld.identifier).toEqual({
    '@type': 'PropertyValue',
    propertyID: '统一社会信用代码',
    value: '123502001549897397',
  });
  const hours = ld.openingHoursSpecification as { dayOfWeek: string; opens: string; closes: string }[];
  expect(hours.filter((h) => h.dayOfWeek.endsWith('Thursday')).map((h) => [h.opens, h.closes])).toEqual([
    ['08:00', '12:00'],
    ['13:30', '17:00'],
  ]);
  expect(hours.filter((h) => h.dayOfWeek.endsWith('Saturday')).map((h) => [h.opens, h.closes])).toEqual([
    ['08:30', '11:30'],
  ]);
});

test('holidays, make-up days and notices become dated special hours', () => {
  const feed = feedWith((f) => {
    f.schedule.onHoliday = 'closed';
    f.schedule.makeupRoster = 'mon';
    f.schedule.notices = [
      {
        id: 'n',
        title: 'n',
        publishedAt: '2026-09-01T10:00:00+08:00',
        entries: [{ date: '2026-10-03', status: 'open', sessions: [{ start: '09:00', end: '11:00' }] }],
      },
    ];
  });
  const special = hospitalJsonLd(feed, { from, days: 14 }).specialOpeningHoursSpecification as {
    validFrom: string;
    opens: string;
    closes: string;
  }[];
  const byDate = Object.fromEntries(special.map((s) => [s.validFrom, `${s.opens}-${s.closes}`]));
  expect(byDate['2026-10-01']).toBe('00:00-00:00'); // 国庆节: closed all day
  expect(byDate['2026-10-03']).toBe('09:00-11:00'); // the notice's holiday clinic
  expect(byDate['2026-10-10']).toBe('08:00-12:00'); // make-up Saturday runs Monday's roster
  expect(byDate['2026-09-29']).toBeUndefined(); // a plain Tuesday
});

test('only open lines with published hours are hours: unannounced days and half days without times claim nothing', () => {
  const feed = feedWith((f) => {
    f.schedule.notices = [
      {
        id: 'n',
        title: 'n',
        publishedAt: '2026-09-01T10:00:00+08:00',
        entries: [
          { date: '2026-10-03', status: 'open', part: 'am' },
          { date: '2026-10-05', status: 'open', part: 'am', sessions: [{ start: '08:30', end: '11:30' }] },
        ],
      },
    ];
  });
  const special = hospitalJsonLd(feed, { from, days: 14 }).specialOpeningHoursSpecification as {
    validFrom: string;
    opens: string;
    closes: string;
  }[];
  const byDate = Object.fromEntries(special.map((s) => [s.validFrom, `${s.opens}-${s.closes}`]));
  // No onHoliday, no makeupRoster: the hospital said nothing, so neither open nor closed is claimed.
  expect(byDate['2026-10-01']).toBeUndefined();
  expect(byDate['2026-10-10']).toBeUndefined();
  expect(byDate['2026-10-03']).toBeUndefined(); // 上午开诊 without clock times
  expect(byDate['2026-10-05']).toBe('08:30-11:30'); // the stated morning; the afternoon stays unknown and is not claimed closed
});

test('the script element holds the JSON whatever the feed’s text: no raw <, > or &, and it parses back', () => {
  // In a script element the HTML parser reacts only to "<": "</script" ends the element, and
  // "<!--" then "<script" makes it run past the real end tag. "&" and ">" matter to XHTML,
  // U+2028/U+2029 to older JavaScript engines.
  const hostile = 'A <!--<script> & </script> > \u2028 \u2029 </SCRIPT >';
  const feed = feedWith((f) => {
    f.hospital.name = hostile;
    f.hospital.address = '<![CDATA[ ]]> <!-- -->';
    f.departments[0]!.name = { 'zh-CN': '儿科</script><script>alert(1)</script>', en: hostile };
  });
  const ld = hospitalJsonLd(feed, { from, days: 1 });
  const html = jsonLdScript(ld);
  const m = /^<script type="application\/ld\+json">\n([\s\S]*)\n<\/script>$/.exec(html);
  expect(m).not.toBeNull();
  const text = m![1]!;
  expect(text).not.toMatch(/[<>&\u2028\u2029]/);
  expect(JSON.parse(text)).toEqual(ld);
  expect(JSON.parse(text).name).toBe(hostile);
  expect(text).toContain('\\u003c!--\\u003cscript\\u003e \\u0026');
});

test('jsonInScript escapes exactly <, >, &, U+2028 and U+2029, and nothing else changes', () => {
  const value = { s: '<>&\u2028\u2029"\\/ 中文 \u00e9', n: [1, null, true] };
  const text = jsonInScript(value);
  expect(text).toBe('{"s":"\\u003c\\u003e\\u0026\\u2028\\u2029\\"\\\\/ 中文 é","n":[1,null,true]}');
  expect(JSON.parse(text)).toEqual(value);
  expect(jsonInScript({ a: '</' }, 2)).toBe('{\n  "a": "\\u003c/"\n}');
  expect(jsonInScript(undefined)).toBe('null');
});
