import { expect } from '@open-wc/testing';
import { formatDayMonthYear, parseDayMonthYear } from './day-month-year.js';

describe('parseDayMonthYear', () => {
  it('reads day first, with any usual separator or none', () => {
    expect(parseDayMonthYear('25/12/1990')).to.equal('1990-12-25');
    expect(parseDayMonthYear('5/1/1990')).to.equal('1990-01-05');
    expect(parseDayMonthYear('05-01-1990')).to.equal('1990-01-05');
    expect(parseDayMonthYear('5.1.1990')).to.equal('1990-01-05');
    expect(parseDayMonthYear('5 1 1990')).to.equal('1990-01-05');
    expect(parseDayMonthYear(' 25 / 12 / 1990 ')).to.equal('1990-12-25');
    expect(parseDayMonthYear('25121990')).to.equal('1990-12-25');
    expect(parseDayMonthYear('1990-12-25')).to.equal('1990-12-25');
  });

  it('knows leap years', () => {
    expect(parseDayMonthYear('29/02/2024')).to.equal('2024-02-29');
    expect(parseDayMonthYear('29/02/2000')).to.equal('2000-02-29');
    expect(parseDayMonthYear('29/02/2023')).to.equal(null);
    expect(parseDayMonthYear('29/02/1900')).to.equal(null);
  });

  it('refuses what is not a real date with a four-digit year', () => {
    for (const text of [
      '31/02/2024',
      '31/04/2024',
      '13/13/2020',
      '0/1/2020',
      '1/0/2020',
      '25/12/90',
      '2512199',
      '251219901',
      'abc',
      '25/12/1990x',
      '1990-02-30',
      '',
    ])
      expect(parseDayMonthYear(text), text).to.equal(null);
  });
});

describe('formatDayMonthYear', () => {
  it('writes a real ISO date as dd/mm/yyyy', () => {
    expect(formatDayMonthYear('1990-12-25')).to.equal('25/12/1990');
    expect(formatDayMonthYear('2024-02-29')).to.equal('29/02/2024');
  });

  it('gives null for anything else', () => {
    for (const value of ['', '2024-02-30', '25/12/1990', '1990-1-5', '1990-12-25T00:00'])
      expect(formatDayMonthYear(value), value).to.equal(null);
  });
});
