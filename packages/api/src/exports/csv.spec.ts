// The CSV formula guard: a cell is dangerous if it, or any part of it a spreadsheet may split
// off (after , ; tab or a line break), starts with = + - @ (or the cell with a tab or CR).
import { describe, expect, it } from 'vitest';
import { csvCell, csvRow, defuseFormulas } from './csv.js';

describe('defuseFormulas', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+cmd', "'+cmd"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t'=1"],
    ['\r=1', "'\r'=1"],
    ['  =1', "'  =1"],
    // Semicolon-delimited locales split here: each part is a cell of its own.
    ['ok;=HYPERLINK("http://evil")', `ok;'=HYPERLINK("http://evil")`],
    ['ok; =cmd', "ok;' =cmd"],
    ['a,@x', "a,'@x"],
    ['a;;+x', "a;;'+x"],
    ['a\t-x', "a\t'-x"],
    ['line one\n=cmd', "line one\n'=cmd"],
    ['=a;=b,+c', "'=a;'=b,'+c"],
  ])('%j becomes %j', (input, expected) => {
    expect(defuseFormulas(input)).toBe(expected);
  });

  it.each(['plain text', 'Great service; fast payment', 'a, b; c', '-5', '-0.4767', '3;-2,-1.5', 'a-b', 'x=y', 'mail@example.com', '2026-11-23T05:30:00.000Z', ''])(
    'leaves %j as it is',
    (input) => {
      expect(defuseFormulas(input)).toBe(input);
    },
  );
});

describe('csvCell', () => {
  it('quotes after defusing, so the apostrophe sits inside the quotes', () => {
    expect(csvCell('ok;=1')).toBe("ok;'=1");
    expect(csvCell('a,=1')).toBe(`"a,'=1"`);
    expect(csvCell('say "=1"')).toBe(`"say ""=1"""`);
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
  });

  it('writes dates, arrays, numbers and nulls', () => {
    expect(csvCell(new Date('2026-11-23T05:30:00Z'))).toBe('2026-11-23T05:30:00.000Z');
    expect(csvCell(['=a', 'b'])).toBe("'=a|b");
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
    expect(csvRow(['x', ';=1', 2])).toBe("x,;'=1,2\r\n");
  });
});
