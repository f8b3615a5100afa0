/**
 * Which `<script>` children of a widget are its content document. Pure, so the
 * element's content controller (host-content.ts) stays about when it reads.
 */

/**
 * A JSON MIME type: `application/json` in any case and with any parameters, as
 * `APPLICATION/JSON` or `application/json; charset=utf-8` (RFC 9110 8.3.1: type
 * and subtype are case-insensitive).
 */
export function isJsonType(type: string): boolean {
  return type.split(';')[0].trim().toLowerCase() === 'application/json';
}

/**
 * A script not read as content that was probably meant as it: a type that
 * names JSON ("text/json", "json") or text that opens like a JSON document.
 */
export function looksLikeContent(type: string, text: string): boolean {
  return !isJsonType(type) && (/json/i.test(type) || /^\s*[[{]/.test(text));
}
