// The intake server's public API, as the portal calls it (same origin: the server serves the
// portal). Refusals come back as `{ code, message: { vi, en } }`; they become ApiError.

export class ApiError extends Error {
  /** @param {number} status 0 when the server could not be reached */
  constructor(status, code, message) {
    super(message?.en ?? code);
    this.status = status;
    this.code = code;
    /** The server's reason in both languages, when it gave one. */
    this.localized = message;
  }
}

async function getJson(path, headers = {}) {
  let response;
  try {
    response = await fetch(path, { headers: { accept: 'application/json', ...headers } });
  } catch {
    throw new ApiError(0, 'network');
  }
  const body = await response.json().catch(() => undefined);
  if (!response.ok) throw new ApiError(response.status, body?.code ?? 'http', body?.message);
  return body;
}

/** Published procedures, the latest version of each. */
export async function listProcedures() {
  const all = await getJson('/api/procedures');
  const latest = new Map();
  for (const p of all) {
    const seen = latest.get(p.id);
    if (!seen || compareVersions(p.version, seen.version) > 0) latest.set(p.id, p);
  }
  return [...latest.values()].sort((a, b) => a.code.localeCompare(b.code));
}

export function procedureUrl(id) {
  return `/api/procedures/${encodeURIComponent(id)}`;
}

export function getDefinition(id, version) {
  return getJson(version ? `${procedureUrl(id)}@${encodeURIComponent(version)}` : procedureUrl(id));
}

/** A dossier's status, proven by the receipt's secret or the applicant's ID number. */
export function trackDossier(code, proof) {
  return getJson(`/api/dossiers/${encodeURIComponent(code)}`, { 'x-dossier-proof': proof });
}

function compareVersions(a, b) {
  const [pa, pb] = [a, b].map((v) => v.split(/[.+-]/).slice(0, 3).map(Number));
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}
