import { describe, expect, it } from 'vitest';
import { catalogue, defineCatalogue, isCatalogue } from '../src/index.js';

describe('isCatalogue', () => {
  it('accepts the exchange catalogue and one from defineCatalogue', () => {
    expect(isCatalogue(catalogue)).toBe(true);
    expect(
      isCatalogue(defineCatalogue([{ code: 1, name: 'ONE', group: 'g', retry: 'none', messages: ['One.'] }])),
    ).toBe(true);
  });

  it('refuses a catalogue that lacks a member, as one built by an older copy of the package would', () => {
    for (const member of Object.keys(catalogue)) {
      const partial = Object.fromEntries(Object.entries(catalogue).filter(([key]) => key !== member));
      expect(isCatalogue(partial), member).toBe(false);
    }
  });

  it('refuses look-alikes and non-objects', () => {
    expect(isCatalogue({ ...catalogue, byCode: Object.fromEntries(catalogue.byCode) })).toBe(false);
    expect(isCatalogue({ ...catalogue, get: 'get' })).toBe(false);
    expect(isCatalogue({ definitions: catalogue.definitions, get: catalogue.get })).toBe(false);
    for (const value of [null, undefined, 0, 'catalogue', [], () => catalogue]) expect(isCatalogue(value)).toBe(false);
  });

  it('refuses a proxy whose traps throw, without throwing', () => {
    const trap = () => {
      throw new Error('trap');
    };
    expect(isCatalogue(new Proxy(catalogue, { get: trap, getOwnPropertyDescriptor: trap }))).toBe(false);
  });
});
