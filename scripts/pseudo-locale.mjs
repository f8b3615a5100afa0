// Fills locales/en-XA.xlf, the pseudo-locale, from the English sources:
// accented letters show any text that escaped translation, and ~40% padding
// shows where longer languages would be cut off. Placeholders are kept as-is.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../locales/en-XA.xlf', import.meta.url);
const ACCENTED = {
  a: 'à',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'î',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'û',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'À',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Î',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Û',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

/** Accents the text between tags and entities; tags and `&amp;`-style entities stay intact. */
export function pseudoLocalize(source) {
  let letters = 0;
  const body = source.replace(/(<[^>]*>|&[#\w]+;)|([^<&]+)/g, (match, markup, text) => {
    if (markup) return markup;
    letters += text.replace(/\s/g, '').length;
    return text.replace(/[A-Za-z]/g, (c) => ACCENTED[c]);
  });
  // Padding in short words, so it lengthens lines the way real words would.
  const padding = '~'
    .repeat(Math.max(1, Math.ceil(letters * 0.4)))
    .match(/~{1,6}/g)
    .join(' ');
  return `[${body} ${padding}]`;
}

const xliff = readFileSync(file, 'utf8').replace(
  /(<source>([\s\S]*?)<\/source>)(\s*<target\b[^>]*\/>|\s*<target\b[^>]*>[\s\S]*?<\/target>)?/g,
  (_match, sourceElement, source) => `${sourceElement}\n  <target>${pseudoLocalize(source)}</target>`
);
writeFileSync(file, xliff);
