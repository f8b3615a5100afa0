/** Which script children are a widget's content document: the type as MIME types are compared. */
import { expect } from '@open-wc/testing';
import { isJsonType, looksLikeContent } from '../src/core/json-type.js';

describe('isJsonType', () => {
  for (const type of [
    'application/json',
    'APPLICATION/JSON',
    'Application/Json',
    'application/json; charset=utf-8',
    ' application/json ;charset="UTF-8"',
  ]) {
    it(`reads "${type}" as JSON`, () => expect(isJsonType(type)).to.equal(true));
  }
  for (const type of [
    '',
    'text/json',
    'json',
    'application/ld+json',
    'application/jsonx',
    'module',
    'text/javascript',
  ]) {
    it(`does not read "${type}" as JSON`, () => expect(isJsonType(type)).to.equal(false));
  }
});

describe('looksLikeContent', () => {
  const table: [type: string, text: string, meant: boolean][] = [
    ['text/json', '', true],
    ['application/ld+json', '{}', true],
    ['text/plain', ' \n [{"id": "a"}]', true],
    ['', '{"steps": []}', true],
    ['application/json', '[]', false],
    ['module', 'import "./x.js";', false],
    ['', 'console.log(1)', false],
    ['text/template', '<p>hi</p>', false],
  ];
  for (const [type, text, meant] of table) {
    it(`type "${type}" with ${JSON.stringify(text)}: ${meant ? 'meant as content' : 'not content'}`, () =>
      expect(looksLikeContent(type, text)).to.equal(meant));
  }
});
