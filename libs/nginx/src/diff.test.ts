import { describe, expect, it } from 'vitest';
import { diffLines } from './diff.js';

describe('diffLines', () => {
  it('marks added, removed and kept lines', () => {
    expect(diffLines('a\nb\nc\n', 'a\nc\nd\n')).toBe(' a\n-b\n c\n+d');
  });

  it('shows everything as added against nothing, and nothing changed for equal texts', () => {
    expect(diffLines('', 'x\ny')).toBe('+x\n+y');
    expect(diffLines('x\ny', 'x\ny')).toBe(' x\n y');
  });
});
