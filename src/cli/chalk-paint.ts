import { Chalk } from 'chalk';
import type { Paint } from '../format/style.js';
import type { ColorSupportLevel } from '../kit/terminal.js';

export function chalkPaint(level: ColorSupportLevel): Paint {
  return new Chalk({ level });
}
