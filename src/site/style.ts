/**
 * The site's one stylesheet: system fonts only (nothing fetched from another host), a fluid
 * single column, and a dark scheme. Colours keep 4.5:1 text contrast in both schemes.
 */
export const STYLESHEET = `:root {
  color-scheme: light dark;
  --bg: #ffffff;
  --fg: #1f2328;
  --muted: #57606a;
  --line: #d0d7de;
  --card: #f6f8fa;
  --link: #0550ae;
  --ok: #1a7f37;
  --minor: #9a6700;
  --major: #bc4c00;
  --critical: #cf222e;
  --empty: #d0d7de;
  --on-status: #ffffff;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117;
    --fg: #e6edf3;
    --muted: #9198a1;
    --line: #30363d;
    --card: #161b22;
    --link: #4493f8;
    --ok: #3fb950;
    --minor: #d29922;
    --major: #db6d28;
    --critical: #f85149;
    --empty: #30363d;
    --on-status: #0d1117;
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0;
  background: var(--bg);
  color: var(--fg);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  overflow-wrap: anywhere;
}
a { color: var(--link); }
.wrap { max-width: 52rem; margin: 0 auto; padding: 0 1rem; }
.skip { position: absolute; left: -10000px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--bg); padding: .5rem; z-index: 1; }
header.site { border-bottom: 1px solid var(--line); padding: 1rem 0; }
.site-title { margin: 0; font-size: 1.5rem; line-height: 1.25; }
.brand { color: var(--fg); font-weight: 700; text-decoration: none; }
main { padding-top: 1.5rem; padding-bottom: 2rem; }
footer.site { border-top: 1px solid var(--line); color: var(--muted); font-size: .875rem; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: .5rem 0 1rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; }
h3 { font-size: 1.1rem; margin: 0 0 .5rem; }
.muted { color: var(--muted); }
.banner { border-radius: .5rem; padding: 1rem 1.25rem; background: var(--ok); color: var(--on-status); }
.banner p { margin: 0; }
.banner-text { font-size: 1.35rem; font-weight: 700; }
.banner-time { font-size: .875rem; }
.banner.impact-minor { background: var(--minor); }
.banner.impact-major { background: var(--major); }
.banner.impact-critical { background: var(--critical); }
.badge {
  display: inline-block; border-radius: 999px; padding: 0 .6rem; font-size: .8125rem; font-weight: 600;
  background: var(--ok); color: var(--on-status); white-space: nowrap;
}
.impact-minor.badge, .status-degraded_performance { background: var(--minor); }
.impact-major.badge, .status-partial_outage { background: var(--major); }
.impact-critical.badge, .status-major_outage { background: var(--critical); }
.card { border: 1px solid var(--line); border-radius: .5rem; background: var(--card); padding: 1rem; margin: 0 0 1rem; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0 0 1rem; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; }
.updates { list-style: none; padding: 0; margin: 0; }
.updates > li { border-left: 3px solid var(--line); padding: 0 0 .75rem .75rem; margin: 0 0 .25rem; }
.update-head { margin: 0; font-size: .9375rem; }
.update-body > :first-child { margin-top: .25rem; }
.update-body > :last-child { margin-bottom: 0; }
.update-body pre { overflow-x: auto; }
.update-body table { display: block; overflow-x: auto; border-collapse: collapse; }
.update-body td, .update-body th { border: 1px solid var(--line); padding: .25rem .5rem; }
.components { list-style: none; padding: 0; margin: 0; border: 1px solid var(--line); border-radius: .5rem; }
.component { padding: 1rem; }
.component + .component { border-top: 1px solid var(--line); }
.component-head { display: flex; flex-wrap: wrap; justify-content: space-between; gap: .5rem; align-items: center; }
.component-name { font-weight: 600; }
.bars { display: flex; gap: 1px; height: 2rem; margin-top: .75rem; }
.bar { flex: 1 1 0; min-width: 0; border-radius: 1px; background: var(--ok); }
.bar.day-minor { background: var(--minor); }
.bar.day-major { background: var(--major); }
.bar.day-critical { background: var(--critical); }
.bars-legend { display: flex; justify-content: space-between; gap: .5rem; color: var(--muted); font-size: .8125rem; margin-top: .25rem; }
.legend-narrow { display: none; }
@media (max-width: 40rem) {
  .bar:nth-last-child(n+31) { display: none; }
  .legend-wide { display: none; }
  .legend-narrow { display: inline; }
}
.past { padding-left: 1.25rem; }
.past li { margin: .25rem 0; }
.back { margin: 0; }
`;
