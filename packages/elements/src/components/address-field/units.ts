import type { LocalizedMessage } from '@hoso/schema';
import { VALUE_PATTERNS } from '@hoso/core/precompiled';
import { msg, type MessageId } from '../../internal/i18n.js';

/** One administrative unit: a province or a commune (xã, phường, đặc khu). */
export interface AdministrativeUnit {
  code: string;
  name: string;
}

/**
 * An administrative-units data set, as JSON:
 * `{ "id": "vn-2025-07", "provinces": [{ "code": "01", "name": "Thành phố Hà Nội" }, …],
 *    "communes": { "01": [{ "code": "00004", "name": "Phường Ba Đình" }, …], … } }`.
 * Codes follow the national list (province 2 digits, commune 5 digits). `id` names the data set
 * an address element asks for with `units`.
 */
export interface AdministrativeUnits {
  id?: string;
  provinces: AdministrativeUnit[];
  communes: Record<string, AdministrativeUnit[]>;
}

/** A data set that cannot be used: where in it, and why (Vietnamese and English). */
export class UnitsError extends Error {
  constructor(
    readonly where: string,
    readonly why: LocalizedMessage,
  ) {
    super(`${where}: ${why.en}`);
    this.name = 'UnitsError';
  }
}

const PROVINCE = new RegExp(VALUE_PATTERNS.province);
const COMMUNE = new RegExp(VALUE_PATTERNS.commune);

/** A catalog message in both languages, as a `UnitsError` carries it. */
function why(id: MessageId, params: Record<string, string | number> = {}): LocalizedMessage {
  return { vi: msg(id, 'vi', params), en: msg(id, 'en', params) };
}

/** Checks JSON against the data-set format; throws a `UnitsError` naming the bad spot. */
export function readUnits(json: unknown): AdministrativeUnits {
  if (!isObject(json)) throw new UnitsError('/', why('units.object'));
  const provinces = readList(json['provinces'], '/provinces', PROVINCE, why('units.province'));
  const communesJson = json['communes'];
  if (!isObject(communesJson)) throw new UnitsError('/communes', why('units.object'));
  const known = new Set(provinces.map((p) => p.code));
  const communes: Record<string, AdministrativeUnit[]> = {};
  for (const [province, list] of Object.entries(communesJson)) {
    const where = `/communes/${province}`;
    if (!known.has(province)) throw new UnitsError(where, why('units.unknownProvince'));
    communes[province] = readList(list, where, COMMUNE, why('units.commune'));
  }
  const id = typeof json['id'] === 'string' ? json['id'] : undefined;
  return id === undefined ? { provinces, communes } : { id, provinces, communes };
}

function readList(
  list: unknown,
  where: string,
  pattern: RegExp,
  badCode: LocalizedMessage,
): AdministrativeUnit[] {
  if (!Array.isArray(list)) throw new UnitsError(where, why('units.list'));
  return list.map((unit, i) => {
    if (!isObject(unit) || typeof unit['code'] !== 'string' || typeof unit['name'] !== 'string')
      throw new UnitsError(`${where}/${i}`, why('units.unit'));
    if (!pattern.test(unit['code'])) throw new UnitsError(`${where}/${i}/code`, badCode);
    return { code: unit['code'], name: unit['name'] };
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const registry = new Map<string, AdministrativeUnits | string>();

/**
 * Tells every address field whose definition names the data set `id` (`"units": "vn-2025-07"`)
 * where it is: the data itself, or the URL of its JSON. Register before the fields are drawn.
 */
export function registerUnits(id: string, source: AdministrativeUnits | string): void {
  registry.set(id, source);
}

/** What was registered for the data set `id`, if anything. */
export function registeredUnits(id: string): AdministrativeUnits | string | undefined {
  return registry.get(id);
}

const cache = new Map<string, Promise<AdministrativeUnits>>();
/** Data sets fetched so far, by absolute URL, for synchronous look-ups (a review page). */
const loaded = new Map<string, AdministrativeUnits>();

/**
 * The data set registered for `id`, once it is at hand: the registered object, or the JSON at the
 * registered URL after a field (or `loadUnits`) fetched it.
 */
export function knownUnits(id: string): AdministrativeUnits | undefined {
  const source = registry.get(id);
  if (typeof source !== 'string') return source;
  return loaded.get(new URL(source, document.baseURI).href);
}

/**
 * Fetches a data set once per URL (every address field on the page shares it). A failed load
 * is forgotten, so the next field tries again.
 */
export function loadUnits(url: string): Promise<AdministrativeUnits> {
  const absolute = new URL(url, document.baseURI).href;
  let pending = cache.get(absolute);
  if (!pending) {
    pending = fetchUnits(absolute);
    cache.set(absolute, pending);
    pending.then((units) => loaded.set(absolute, units)).catch(() => undefined);
    pending.catch(() => cache.delete(absolute));
  }
  return pending;
}

async function fetchUnits(url: string): Promise<AdministrativeUnits> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' } });
  } catch {
    throw new UnitsError(url, why('units.network'));
  }
  if (!response.ok) throw new UnitsError(url, why('units.status', { status: response.status }));
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new UnitsError(url, why('units.notJson'));
  }
  return readUnits(json);
}
