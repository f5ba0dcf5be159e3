/** What a subsidy funded of an organisation's payments, by its accounts (subsidy.ts). */
import { describe, expect, it } from 'vitest';
import { subsidyShares } from '../../src/engine/subsidy.js';

describe('subsidyShares', () => {
  it('funds none of the pay when the organisation\'s own result covers its outlays, and its share of the year\'s result in the payout', () => {
    expect(subsidyShares(30_000, 10_000, 200_000)).toEqual({ pay: 0, payout: 0.25 });
  });

  it('covers an own loss first, paying that share of every outlay, and then funds all of the payout', () => {
    const s = subsidyShares(-20_000, 50_000, 200_000);
    expect(s.pay).toBeCloseTo(0.1, 12);
    expect(s.payout).toBe(1);
  });

  it('pays at most the whole subsidy into outlays when the loss is larger, and all of any payout from a reserve', () => {
    const s = subsidyShares(-300_000, 50_000, 200_000);
    expect(s.pay).toBeCloseTo(0.25, 12);
    expect(s.payout).toBe(1);
    expect(subsidyShares(-300_000, 500_000, 200_000).pay).toBe(1);
  });

  it('funds nothing without a subsidy', () => {
    expect(subsidyShares(-50_000, 0, 100_000)).toEqual({ pay: 0, payout: 0 });
  });
});
