/** F&O functions: node (stub: filled in by the owner of this module). */
import type { FunctionDef } from '../types.js';

export const functions: FunctionDef[] = [];
