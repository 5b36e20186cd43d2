import { textBlocks } from './site-pages';

describe('textBlocks', () => {
  it('reads headings, lists and paragraphs from plain text, keeping URLs and markup as text', () => {
    expect(textBlocks('## 第1条\n本規約は…\nhttps://example.jp/a <b>x</b>\n\n- 一つ目\n- 二つ目\n\n\n最後')).toEqual([
      { kind: 'heading', text: '第1条' },
      { kind: 'paragraph', lines: ['本規約は…', 'https://example.jp/a <b>x</b>'] },
      { kind: 'list', items: ['一つ目', '二つ目'] },
      { kind: 'paragraph', lines: ['最後'] },
    ]);
  });
});
