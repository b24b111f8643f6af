/**
 * The built-in function library of XQuery 1.0 and XPath 2.0 Functions and Operators: every module of this folder
 * exports `functions: FunctionDef[]`; this file only gathers them.
 */
import type { FunctionDef } from '../types.js';
import { functions as string } from './string.js';
import { functions as regex } from './regex.js';
import { functions as numeric } from './numeric.js';
import { functions as aggregate } from './aggregate.js';
import { functions as datetime } from './datetime.js';
import { functions as duration } from './duration.js';
import { functions as qname } from './qname.js';
import { functions as constructors } from './constructors.js';
import { functions as uri } from './uri.js';
import { functions as sequence } from './sequence.js';
import { functions as node } from './node.js';
import { functions as context } from './context.js';
import { functions as boolean } from './boolean.js';
import { functions as doc } from './doc.js';
import { functions as error } from './error.js';

export const builtinFunctions: readonly FunctionDef[] = [
  ...string, ...regex, ...numeric, ...aggregate, ...datetime, ...duration, ...qname, ...constructors, ...uri,
  ...sequence, ...node, ...context, ...boolean, ...doc, ...error,
];
