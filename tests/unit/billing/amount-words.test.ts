import { describe, expect, it } from 'vitest';
import { numberToWords, amountInWords } from '../../../electron/features/billing/amount-words';

describe('amounts in words', () => {
  it('writes Uzbek (Latin, with U+02BB)', () => {
    expect(numberToWords(134_063, 'uz')).toBe('bir yuz oʻttiz toʻrt ming oltmish uch');
    expect(numberToWords(1_000, 'uz')).toBe('bir ming');
    expect(numberToWords(2_400_019, 'uz')).toBe('ikki million toʻrt yuz ming oʻn toʻqqiz');
    expect(numberToWords(1_000_000_001, 'uz')).toBe('bir milliard bir');
    expect(numberToWords(90, 'uz')).toBe('toʻqson');
    expect(numberToWords(0, 'uz')).toBe('nol');
    expect(amountInWords(428_480, 'uz')).toBe('Toʻrt yuz yigirma sakkiz ming toʻrt yuz sakson soʻm');
    expect(amountInWords(-103_000, 'uz')).toBe('Minus bir yuz uch ming soʻm');
  });

  it('writes Russian with genders and plural forms of thousands, millions and сум', () => {
    expect(numberToWords(134_063, 'ru')).toBe('сто тридцать четыре тысячи шестьдесят три');
    expect(numberToWords(1_000, 'ru')).toBe('одна тысяча');
    expect(numberToWords(2_000, 'ru')).toBe('две тысячи');
    expect(numberToWords(11_000, 'ru')).toBe('одиннадцать тысяч');
    expect(numberToWords(21_000, 'ru')).toBe('двадцать одна тысяча');
    expect(numberToWords(5_000_000, 'ru')).toBe('пять миллионов');
    expect(numberToWords(3_012_001, 'ru')).toBe('три миллиона двенадцать тысяч один');
    expect(amountInWords(1, 'ru')).toBe('Один сум');
    expect(amountInWords(3, 'ru')).toBe('Три сума');
    expect(amountInWords(112, 'ru')).toBe('Сто двенадцать сумов');
    expect(amountInWords(3_000_000, 'ru')).toBe('Три миллиона сумов');
  });

  it('writes English', () => {
    expect(numberToWords(134_063, 'en')).toBe('one hundred thirty-four thousand sixty-three');
    expect(numberToWords(3_000_000, 'en')).toBe('three million');
    expect(numberToWords(40_015, 'en')).toBe('forty thousand fifteen');
    expect(amountInWords(268_125, 'en')).toBe('Two hundred sixty-eight thousand one hundred twenty-five soʻm');
  });

  it('refuses what it cannot write', () => {
    expect(() => numberToWords(1.5, 'uz')).toThrow();
    expect(() => numberToWords(1e12, 'ru')).toThrow();
  });
});
