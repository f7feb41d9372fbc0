import { expect } from '@open-wc/testing';
import { formatAddress } from './format-address.js';
import { TEST_UNITS, testUnitsUrl } from './test-units.js';
import { knownUnits, loadUnits, registerUnits } from './units.js';

describe('formatAddress', () => {
  it('names the units when the data set is at hand', () => {
    const address = { province: '01', commune: '00004', street: '12 Hàng Bạc' };
    expect(formatAddress(address, TEST_UNITS, 'vi')).to.equal(
      '12 Hàng Bạc, Phường Ba Đình, Thành phố Hà Nội',
    );
  });

  it('falls back to labelled codes, and to nothing for a non-address', () => {
    expect(formatAddress({ province: '01', commune: '00004' }, undefined, 'en')).to.equal(
      'Commune or ward code 00004, Province or city code 01',
    );
    expect(formatAddress('01', TEST_UNITS, 'vi')).to.equal('');
  });
});

describe('knownUnits', () => {
  it('gives a registered data set, or a registered URL once it was fetched', async () => {
    registerUnits('test-object', TEST_UNITS);
    expect(knownUnits('test-object')).to.equal(TEST_UNITS);
    const url = testUnitsUrl();
    registerUnits('test-url', url);
    expect(knownUnits('test-url')).to.equal(undefined);
    await loadUnits(url);
    expect(knownUnits('test-url')).to.deep.equal(TEST_UNITS);
    expect(knownUnits('test-missing')).to.equal(undefined);
  });
});
