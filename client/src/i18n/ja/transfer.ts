/** Japanese messages: downloads (Excel, CSV) and printing. */
export const transfer = {
  exports: {
    download: '{{what}}をダウンロード:',
    formats: { xlsx: 'Excel（xlsx）', csv: 'CSV（UTF-8）', 'csv-sjis': 'CSV（Shift_JIS）' },
  },
  print: {
    button: '印刷する',
    hint: 'A4で印刷します。ナビゲーションやボタンは印刷されません。',
    printedAt: '印刷日: {{date}}',
  },
};
