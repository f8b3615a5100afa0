// The checks of the browser scripts (e2e-embed.mjs, print-plan.mjs): each
// records named checks, then reports a line per check and exits 1 on any
// failure, or when none ran.
const checks = [];

export function check(name, condition, detail) {
  checks.push({ name, ok: Boolean(condition), detail });
}

/** Prints "ok"/"FAIL" per check and "N passed, M failed"; exits with the result. */
export function reportAndExit() {
  for (const { name, ok, detail } of checks) {
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok ? '' : `\n     ${JSON.stringify(detail).slice(0, 1500)}`}`);
  }
  const failed = checks.filter((entry) => !entry.ok).length;
  console.log(`${checks.length - failed} passed, ${failed} failed`);
  process.exit(failed > 0 || checks.length === 0 ? 1 : 0);
}
