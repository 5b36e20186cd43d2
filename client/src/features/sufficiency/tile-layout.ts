/**
 * The square-grid tile map of Japan: each prefecture's [row, column] on a 12 × 12 grid, Hokkaido at
 * the top right, Okinawa at the bottom left, neighbours next to each other where a grid allows.
 */
export const TILE_POSITIONS: Readonly<Record<string, readonly [number, number]>> = {
  '01': [0, 11],
  '02': [1, 10],
  '05': [2, 9],
  '03': [2, 10],
  '06': [3, 9],
  '04': [3, 10],
  '17': [4, 7],
  '16': [4, 8],
  '15': [4, 9],
  '07': [4, 10],
  '18': [5, 6],
  '21': [5, 7],
  '20': [5, 8],
  '10': [5, 9],
  '09': [5, 10],
  '08': [5, 11],
  '32': [6, 1],
  '31': [6, 2],
  '28': [6, 3],
  '26': [6, 4],
  '25': [6, 5],
  '23': [6, 7],
  '19': [6, 8],
  '11': [6, 9],
  '35': [7, 0],
  '34': [7, 1],
  '33': [7, 2],
  '27': [7, 4],
  '29': [7, 5],
  '24': [7, 6],
  '22': [7, 7],
  '14': [7, 8],
  '13': [7, 9],
  '12': [7, 10],
  '41': [8, 0],
  '40': [8, 1],
  '38': [8, 3],
  '37': [8, 4],
  '30': [8, 5],
  '42': [9, 0],
  '43': [9, 1],
  '44': [9, 2],
  '39': [9, 3],
  '36': [9, 4],
  '46': [10, 0],
  '45': [10, 1],
  '47': [11, 0],
};

/** A short name for a small tile: the name without 都・府・県 (北海道 stays whole). */
export function tileName(name: string): string {
  return name === '北海道' ? name : name.replace(/[都府県]$/, '');
}
