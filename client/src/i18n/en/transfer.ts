import type { Messages } from '../ja';

/** English messages: downloads (Excel, CSV) and printing. */
export const transfer: Pick<Messages, 'exports' | 'print'> = {
  exports: {
    download: 'Download {{what}}:',
    formats: { xlsx: 'Excel (xlsx)', csv: 'CSV (UTF-8)', 'csv-sjis': 'CSV (Shift_JIS)' },
  },
  print: {
    button: 'Print',
    hint: 'Prints on A4, without the navigation and buttons.',
    printedAt: 'Printed on {{date}}',
  },
};
