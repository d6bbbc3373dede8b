import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';

// Renderer modules are loaded by path: the node project does not compile the renderer.
const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const { addressName } = (await import(resolve(ROOT, 'renderer/features/home/address.ts'))) as { addressName(fullName: string): string };

describe('the greeting on the home page', () => {
  it('uses the first name and a one-word patronymic', () => {
    expect(addressName('Karimova Dilnoza Rustamovna')).toBe('Dilnoza Rustamovna');
    expect(addressName('Toshmatov Jasur Akmalovich')).toBe('Jasur Akmalovich');
    expect(addressName('Каримова Дилноза Рустамовна')).toBe('Дилноза Рустамовна');
  });
  it('keeps a two-word patronymic whole, never the father’s name alone', () => {
    expect(addressName('Sattorova Mavluda Bahodir qizi')).toBe('Mavluda Bahodir qizi');
    expect(addressName('Rahimov Sherzod Anvar oʻgʻli')).toBe('Sherzod Anvar oʻgʻli');
    expect(addressName("Rahimov Sherzod Anvar o'g'li")).toBe("Sherzod Anvar o'g'li");
  });
  it('uses the first name alone when there is no patronymic to recognise', () => {
    expect(addressName('Sattorova Mavluda Bahodir')).toBe('Mavluda');
  });
  it('writes two words as they are, since their order is not known', () => {
    expect(addressName('Karimova Dilnoza')).toBe('Karimova Dilnoza');
    expect(addressName('Aziza  Karimova ')).toBe('Aziza Karimova');
    expect(addressName('  Dilnoza  ')).toBe('Dilnoza');
  });
});
