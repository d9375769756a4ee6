// The colour of each reminder level: the HTML report's charts and the spreadsheets' fills.
import type { Level } from '../../schema/index.js';

export const LEVEL_COLOURS: Record<Level, string> = {
  phone: '#f2c94c',
  written: '#f2994a',
  onsite: '#e0603a',
  circular: '#c0392b',
  interview: '#7b1e1e',
};
