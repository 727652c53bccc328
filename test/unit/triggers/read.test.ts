import { describe, expect, it } from 'vitest';
import { findDates } from '../../../lib/triggers/dates';
import { readTriggers } from '../../../lib/triggers/read';

const READ = Date.UTC(2025, 5, 1);
const context = { url: 'https://fundly.example/press', observedAt: READ, names: ['Fundly', 'fundly'] };
const read = (text: string) => readTriggers(text, context);

describe('dates as pages write them', () => {
  it('reads English, ISO and German dates, and leaves slashed ones alone', () => {
    expect(findDates('March 4, 2025')).toEqual([Date.UTC(2025, 2, 4)]);
    expect(findDates('on 4th Mar. 2025 and 2024-12-01')).toEqual([Date.UTC(2025, 2, 4), Date.UTC(2024, 11, 1)]);
    expect(findDates('04.03.2025 / 4. März 2025')).toEqual([Date.UTC(2025, 2, 4), Date.UTC(2025, 2, 4)]);
    expect(findDates('03/04/2025, February 30, 2025')).toEqual([]);
  });
});

describe('reading triggers from a page', () => {
  it('reads a funding round with its round, amount and the date printed above the headline', () => {
    const [trigger, ...rest] = read('Press\nMarch 4, 2025\nFundly raises $25M Series B to grow its payroll platform\n');
    expect(rest).toEqual([]);
    expect(trigger).toEqual({
      kind: 'funding',
      date: Date.UTC(2025, 2, 4),
      url: 'https://fundly.example/press',
      headline: 'Fundly raises $25M Series B to grow its payroll platform',
      round: 'Series B',
      amount: '$25M',
    });
  });

  it('pairs a date within the sentence, and reads leaders, expansions and launches', () => {
    const triggers = read(
      [
        'On 2 May 2025 Fundly appointed Dana Reyes as VP of Sales.',
        'Fundly opens a new Berlin office (2025-04-10).',
        'We launched Fundly Payroll for Teams on 1 April 2025.',
      ].join('\n'),
    );
    expect(triggers.map((t) => [t.kind, t.date, t.role])).toEqual([
      ['leader', Date.UTC(2025, 4, 2), 'VP of Sales'],
      ['expansion', Date.UTC(2025, 3, 10), undefined],
      ['launch', Date.UTC(2025, 3, 1), undefined],
    ]);
  });

  it('ignores news about another company, undated claims, future dates and the words "press release"', () => {
    expect(
      read(
        [
          'March 4, 2025',
          'Globex raises $40M Series C',
          'Fundly raises a Series A round',
          'Fundly closes its Series D on 1 January 2030.',
          'Press release: Fundly, 3 March 2025',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('caps what it keeps: one per kind and day, at most eight, each headline at 160 characters', () => {
    const long = `Fundly raises $5M seed ${'and more '.repeat(40)} on 1 May 2025.`.slice(0, 390);
    const lines = Array.from({ length: 20 }, (_, i) => `Fundly launches product ${i} on ${i + 1} May 2025.`);
    const triggers = read([long, long, ...lines].join('\n'));
    expect(triggers).toHaveLength(8);
    expect(triggers.filter((t) => t.kind === 'funding')).toHaveLength(1);
    expect(triggers[0]?.headline.length).toBeLessThanOrEqual(160);
  });
});
