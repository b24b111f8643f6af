/**
 * XPath 2.0 recursive-descent parser (XPath 2.0 Second Edition, appendix A.1 EBNF). One function per production,
 * named after it, with the production number in its doc comment. The result is the plain-data `Expr` tree of
 * ./types.ts with the source span of every node.
 *
 * Names are returned UNRESOLVED: every QName carries the `prefix` written in the text and `ns: ''`; name tests carry
 * `prefix` too. The static pass (./static.ts) resolves prefixes against the static context; call `parseXPath` there
 * for a checked tree.
 *
 * Grammar notes implemented (A.1.2, A.2, A.3):
 * - reserved function names (A.3): `attribute comment document-node element empty-sequence if item node
 *   processing-instruction schema-attribute schema-element text typeswitch` are never function calls;
 * - xgc:leading-lone-slash: `/` followed by a token that can start a RelativePathExpr is a path, so `/ * 5` is an
 *   error and `(/) * 5` is not;
 * - xgc:occurrence-indicators: `?`, `*`, `+` after a SequenceType's item type always bind to it;
 * - nesting deeper than MAX_NESTING gives `sbr:xpathDepthLimit` instead of overflowing the stack.
 *
 * Throws XPathError err:XPST0003 (syntax) with offsets.
 */
import { tokenize, type Token } from './lexer.js';
import type {
  Axis,
  Expr,
  ForBinding,
  ItemType,
  NodeTest,
  Occurrence,
  QName,
  SequenceType,
  SingleType,
} from './types.js';
import { XPathError } from './types.js';

/** Maximum nesting of parenthesised expressions, predicates and function arguments. */
export const MAX_NESTING = 200;

const RESERVED_FUNCTION_NAMES = new Set([
  'attribute',
  'comment',
  'document-node',
  'element',
  'empty-sequence',
  'if',
  'item',
  'node',
  'processing-instruction',
  'schema-attribute',
  'schema-element',
  'text',
  'typeswitch',
]);
const KIND_TESTS = new Set([
  'node',
  'text',
  'comment',
  'processing-instruction',
  'element',
  'attribute',
  'schema-element',
  'schema-attribute',
  'document-node',
]);
const FORWARD_AXES = new Set([
  'child',
  'descendant',
  'attribute',
  'self',
  'descendant-or-self',
  'following-sibling',
  'following',
  'namespace',
]);
const REVERSE_AXES = new Set(['parent', 'ancestor', 'preceding-sibling', 'preceding', 'ancestor-or-self']);
const VALUE_COMP = new Set(['eq', 'ne', 'lt', 'le', 'gt', 'ge']);
const GENERAL_COMP = new Set(['=', '!=', '<', '<=', '>', '>=']);

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Parses an XPath 2.0 expression into an AST with unresolved names. Throws err:XPST0003. */
export function parse(text: string): Expr {
  try {
    return new Parser(text).parseXPath();
  } catch (e) {
    if (e instanceof RangeError)
      throw new XPathError('sbr:xpathDepthLimit', 'expression nested too deeply (stack exhausted)', 0, text.length);
    throw e;
  }
}

class Parser {
  private readonly toks: Token[];
  private p = 0;
  private nesting = 0;
  constructor(private readonly text: string) {
    this.toks = tokenize(text);
  }

  // -- token helpers ---------------------------------------------------------------------------------------
  private get t(): Token {
    return this.toks[this.p]!;
  }
  private peek(k = 1): Token {
    return this.toks[Math.min(this.p + k, this.toks.length - 1)]!;
  }
  private isSym(v: string, t = this.t): boolean {
    return t.type === 'sym' && t.value === v;
  }
  private isName(v: string, t = this.t): boolean {
    return t.type === 'name' && t.prefix === '' && t.local === v;
  }
  private next(): Token {
    const t = this.t;
    if (this.p < this.toks.length - 1) this.p++;
    return t;
  }
  private fail(msg: string, t: Token = this.t): never {
    const found = t.type === 'eof' ? 'end of expression' : `"${this.text.slice(t.start, t.end)}"`;
    throw new XPathError('err:XPST0003', `${msg}, found ${found} at offset ${t.start}`, t.start, t.end);
  }
  private expectSym(v: string): Token {
    if (!this.isSym(v)) this.fail(`expected "${v}"`);
    return this.next();
  }
  private expectName(v: string): Token {
    if (!this.isName(v)) this.fail(`expected "${v}"`);
    return this.next();
  }
  private lastEnd(): number {
    return this.toks[this.p - 1]?.end ?? 0;
  }
  private qnameOf(t: Token): QName {
    return t.prefix ? { ns: '', local: t.local, prefix: t.prefix } : { ns: '', local: t.local };
  }
  private enter(): void {
    if (++this.nesting > MAX_NESTING) {
      throw new XPathError(
        'sbr:xpathDepthLimit',
        `expression nested deeper than ${MAX_NESTING} levels`,
        this.t.start,
        this.t.end,
      );
    }
  }

  /** [1] XPath ::= Expr */
  parseXPath(): Expr {
    if (this.t.type === 'eof') this.fail('expected an expression');
    const e = this.parseExpr();
    if (this.p < this.toks.length - 1) this.fail('unexpected token after the expression');
    return e;
  }

  /** [2] Expr ::= ExprSingle ("," ExprSingle)* */
  private parseExpr(): Expr {
    const start = this.t.start;
    const first = this.parseExprSingle();
    if (!this.isSym(',')) return first;
    const items = [first];
    while (this.isSym(',')) {
      this.next();
      items.push(this.parseExprSingle());
    }
    return { kind: 'sequence', items, start, end: this.lastEnd() };
  }

  /** [3] ExprSingle ::= ForExpr | QuantifiedExpr | IfExpr | OrExpr */
  private parseExprSingle(): Expr {
    // every nested expression (parentheses, predicates, arguments, if/for/some branches) passes here
    this.enter();
    try {
      return this.parseExprSingleInner();
    } finally {
      this.nesting--;
    }
  }
  private parseExprSingleInner(): Expr {
    const t = this.t;
    if (t.type === 'name' && t.prefix === '') {
      const n1 = this.peek();
      if (t.local === 'for' && this.isSym('$', n1)) return this.parseForExpr();
      if ((t.local === 'some' || t.local === 'every') && this.isSym('$', n1)) return this.parseQuantifiedExpr();
      if (t.local === 'if' && this.isSym('(', n1)) return this.parseIfExpr();
    }
    return this.parseOrExpr();
  }

  /** [4] ForExpr ::= SimpleForClause "return" ExprSingle */
  private parseForExpr(): Expr {
    const start = this.t.start;
    const bindings = this.parseSimpleForClause();
    this.expectName('return');
    const ret = this.parseExprSingle();
    return { kind: 'for', bindings, return: ret, start, end: this.lastEnd() };
  }

  /** [5] SimpleForClause ::= "for" "$" VarName "in" ExprSingle ("," "$" VarName "in" ExprSingle)* */
  private parseSimpleForClause(): ForBinding[] {
    this.next(); // for
    return this.parseBindings();
  }

  private parseBindings(): ForBinding[] {
    const bindings: ForBinding[] = [];
    for (;;) {
      this.expectSym('$');
      const name = this.parseVarName();
      this.expectName('in');
      bindings.push({ name, in: this.parseExprSingle() });
      if (!this.isSym(',')) break;
      this.next();
    }
    return bindings;
  }

  /** [6] QuantifiedExpr ::= ("some" | "every") "$" VarName "in" ExprSingle ("," "$" VarName "in" ExprSingle)* "satisfies" ExprSingle */
  private parseQuantifiedExpr(): Expr {
    const start = this.t.start;
    const quantifier = this.next().local as 'some' | 'every';
    const bindings = this.parseBindings();
    this.expectName('satisfies');
    const satisfies = this.parseExprSingle();
    return { kind: 'quantified', quantifier, bindings, satisfies, start, end: this.lastEnd() };
  }

  /** [7] IfExpr ::= "if" "(" Expr ")" "then" ExprSingle "else" ExprSingle */
  private parseIfExpr(): Expr {
    const start = this.t.start;
    this.next();
    this.expectSym('(');
    const test = this.parseExpr();
    this.expectSym(')');
    this.expectName('then');
    const then = this.parseExprSingle();
    this.expectName('else');
    const els = this.parseExprSingle();
    return { kind: 'if', test, then, else: els, start, end: this.lastEnd() };
  }

  /** [8] OrExpr ::= AndExpr ( "or" AndExpr )* */
  private parseOrExpr(): Expr {
    const start = this.t.start;
    let left = this.parseAndExpr();
    while (this.isName('or')) {
      this.next();
      const right = this.parseAndExpr();
      left = { kind: 'or', left, right, start, end: this.lastEnd() };
    }
    return left;
  }

  /** [9] AndExpr ::= ComparisonExpr ( "and" ComparisonExpr )* */
  private parseAndExpr(): Expr {
    const start = this.t.start;
    let left = this.parseComparisonExpr();
    while (this.isName('and')) {
      this.next();
      const right = this.parseComparisonExpr();
      left = { kind: 'and', left, right, start, end: this.lastEnd() };
    }
    return left;
  }

  /** [10] ComparisonExpr ::= RangeExpr ( (ValueComp | GeneralComp | NodeComp) RangeExpr )?  ([22]-[24] the comparators) */
  private parseComparisonExpr(): Expr {
    const start = this.t.start;
    const left = this.parseRangeExpr();
    const t = this.t;
    let style: 'general' | 'value' | 'node' | undefined;
    if (t.type === 'sym' && GENERAL_COMP.has(t.value)) style = 'general';
    else if (t.type === 'sym' && (t.value === '<<' || t.value === '>>')) style = 'node';
    else if (t.type === 'name' && t.prefix === '' && VALUE_COMP.has(t.local)) style = 'value';
    else if (this.isName('is')) style = 'node';
    if (!style) return left;
    this.next();
    const right = this.parseRangeExpr();
    const op = (t.type === 'sym' ? t.value : t.local) as Extract<Expr, { kind: 'compare' }>['op'];
    return { kind: 'compare', style, op, left, right, start, end: this.lastEnd() };
  }

  /** [11] RangeExpr ::= AdditiveExpr ( "to" AdditiveExpr )? */
  private parseRangeExpr(): Expr {
    const start = this.t.start;
    const from = this.parseAdditiveExpr();
    if (!this.isName('to')) return from;
    this.next();
    const to = this.parseAdditiveExpr();
    return { kind: 'range', from, to, start, end: this.lastEnd() };
  }

  /** [12] AdditiveExpr ::= MultiplicativeExpr ( ("+" | "-") MultiplicativeExpr )* */
  private parseAdditiveExpr(): Expr {
    const start = this.t.start;
    let left = this.parseMultiplicativeExpr();
    while (this.isSym('+') || this.isSym('-')) {
      const op = this.next().value as '+' | '-';
      const right = this.parseMultiplicativeExpr();
      left = { kind: 'arith', op, left, right, start, end: this.lastEnd() };
    }
    return left;
  }

  /** [13] MultiplicativeExpr ::= UnionExpr ( ("*" | "div" | "idiv" | "mod") UnionExpr )* */
  private parseMultiplicativeExpr(): Expr {
    const start = this.t.start;
    let left = this.parseUnionExpr();
    for (;;) {
      let op: '*' | 'div' | 'idiv' | 'mod';
      if (this.isSym('*')) op = '*';
      else if (this.isName('div') || this.isName('idiv') || this.isName('mod'))
        op = this.t.local as 'div' | 'idiv' | 'mod';
      else break;
      this.next();
      const right = this.parseUnionExpr();
      left = { kind: 'arith', op, left, right, start, end: this.lastEnd() };
    }
    return left;
  }

  /** [14] UnionExpr ::= IntersectExceptExpr ( ("union" | "|") IntersectExceptExpr )* */
  private parseUnionExpr(): Expr {
    const start = this.t.start;
    let left = this.parseIntersectExceptExpr();
    while (this.isName('union') || this.isSym('|')) {
      this.next();
      const right = this.parseIntersectExceptExpr();
      left = { kind: 'setop', op: 'union', left, right, start, end: this.lastEnd() };
    }
    return left;
  }

  /** [15] IntersectExceptExpr ::= InstanceofExpr ( ("intersect" | "except") InstanceofExpr )* */
  private parseIntersectExceptExpr(): Expr {
    const start = this.t.start;
    let left = this.parseInstanceofExpr();
    while (this.isName('intersect') || this.isName('except')) {
      const op = this.next().local as 'intersect' | 'except';
      const right = this.parseInstanceofExpr();
      left = { kind: 'setop', op, left, right, start, end: this.lastEnd() };
    }
    return left;
  }

  /** [16] InstanceofExpr ::= TreatExpr ( "instance" "of" SequenceType )? */
  private parseInstanceofExpr(): Expr {
    const start = this.t.start;
    const expr = this.parseTreatExpr();
    if (!(this.isName('instance') && this.isName('of', this.peek()))) return expr;
    this.next();
    this.next();
    const type = this.parseSequenceType();
    return { kind: 'instanceOf', expr, type, start, end: this.lastEnd() };
  }

  /** [17] TreatExpr ::= CastableExpr ( "treat" "as" SequenceType )? */
  private parseTreatExpr(): Expr {
    const start = this.t.start;
    const expr = this.parseCastableExpr();
    if (!(this.isName('treat') && this.isName('as', this.peek()))) return expr;
    this.next();
    this.next();
    const type = this.parseSequenceType();
    return { kind: 'treat', expr, type, start, end: this.lastEnd() };
  }

  /** [18] CastableExpr ::= CastExpr ( "castable" "as" SingleType )? */
  private parseCastableExpr(): Expr {
    const start = this.t.start;
    const expr = this.parseCastExpr();
    if (!(this.isName('castable') && this.isName('as', this.peek()))) return expr;
    this.next();
    this.next();
    const type = this.parseSingleType();
    return { kind: 'castable', expr, type, start, end: this.lastEnd() };
  }

  /** [19] CastExpr ::= UnaryExpr ( "cast" "as" SingleType )? */
  private parseCastExpr(): Expr {
    const start = this.t.start;
    const expr = this.parseUnaryExpr();
    if (!(this.isName('cast') && this.isName('as', this.peek()))) return expr;
    this.next();
    this.next();
    const type = this.parseSingleType();
    return { kind: 'cast', expr, type, start, end: this.lastEnd() };
  }

  /** [20] UnaryExpr ::= ("-" | "+")* ValueExpr; a run of signs is folded into one unary node. */
  private parseUnaryExpr(): Expr {
    const start = this.t.start;
    let minus = 0;
    let signs = 0;
    while (this.isSym('-') || this.isSym('+')) {
      if (this.next().value === '-') minus++;
      signs++;
    }
    const operand = this.parseValueExpr();
    if (!signs) return operand;
    return { kind: 'unary', op: minus % 2 ? '-' : '+', operand, start, end: this.lastEnd() };
  }

  /** [21] ValueExpr ::= PathExpr */
  private parseValueExpr(): Expr {
    return this.parsePathExpr();
  }

  /** True when the current token can begin a RelativePathExpr (for xgc:leading-lone-slash). */
  private startsRelativePath(): boolean {
    const t = this.t;
    switch (t.type) {
      case 'name':
      case 'pwild':
      case 'lwild':
      case 'str':
      case 'int':
      case 'dec':
      case 'dbl':
        return true;
      case 'sym':
        return (
          t.value === '*' ||
          t.value === '@' ||
          t.value === '.' ||
          t.value === '..' ||
          t.value === '$' ||
          t.value === '('
        );
      default:
        return false;
    }
  }

  /** [25] PathExpr ::= ("/" RelativePathExpr?) | ("//" RelativePathExpr) | RelativePathExpr */
  private parsePathExpr(): Expr {
    const start = this.t.start;
    if (this.isSym('/')) {
      this.next();
      if (!this.startsRelativePath()) return { kind: 'path', root: '/', steps: [], start, end: this.lastEnd() };
      return { kind: 'path', root: '/', steps: this.parseRelativePathExpr(), start, end: this.lastEnd() };
    }
    if (this.isSym('//')) {
      this.next();
      return { kind: 'path', root: '//', steps: this.parseRelativePathExpr(), start, end: this.lastEnd() };
    }
    const steps = this.parseRelativePathExpr();
    if (steps.length === 1) return steps[0]!;
    return { kind: 'path', root: 'none', steps, start, end: this.lastEnd() };
  }

  /** [26] RelativePathExpr ::= StepExpr (("/" | "//") StepExpr)*; `//` becomes a descendant-or-self::node() step. */
  private parseRelativePathExpr(): Expr[] {
    const steps = [this.parseStepExpr()];
    for (;;) {
      if (this.isSym('/')) {
        this.next();
      } else if (this.isSym('//')) {
        const t = this.next();
        steps.push({
          kind: 'axisStep',
          axis: 'descendant-or-self',
          test: { test: 'node' },
          predicates: [],
          start: t.start,
          end: t.end,
        });
      } else break;
      steps.push(this.parseStepExpr());
    }
    return steps;
  }

  /** [27] StepExpr ::= FilterExpr | AxisStep */
  private parseStepExpr(): Expr {
    const t = this.t;
    const n1 = this.peek();
    if (t.type === 'sym') {
      if (t.value === '@' || t.value === '..' || t.value === '*') return this.parseAxisStep();
      return this.parseFilterExpr();
    }
    if (t.type === 'pwild' || t.type === 'lwild') return this.parseAxisStep();
    if (t.type === 'name') {
      if (this.isSym('::', n1)) return this.parseAxisStep();
      if (this.isSym('(', n1)) {
        if (t.prefix === '' && KIND_TESTS.has(t.local)) return this.parseAxisStep();
        return this.parseFilterExpr();
      }
      return this.parseAxisStep();
    }
    return this.parseFilterExpr();
  }

  /** [28] AxisStep ::= (ReverseStep | ForwardStep) PredicateList */
  private parseAxisStep(): Expr {
    const start = this.t.start;
    let axis: Axis;
    let test: NodeTest;
    if (this.isSym('..')) {
      // [34] AbbrevReverseStep
      this.next();
      axis = 'parent';
      test = { test: 'node' };
    } else if (this.t.type === 'name' && this.isSym('::', this.peek())) {
      // [29] ForwardStep / [32] ReverseStep with [30] ForwardAxis / [33] ReverseAxis
      const a = this.t;
      if (a.prefix !== '' || !(FORWARD_AXES.has(a.local) || REVERSE_AXES.has(a.local))) this.fail('unknown axis');
      this.next();
      this.next();
      axis = a.local as Axis;
      test = this.parseNodeTest();
    } else {
      // [31] AbbrevForwardStep ::= "@"? NodeTest
      const at = this.isSym('@');
      if (at) this.next();
      test = this.parseNodeTest();
      axis = at || test.test === 'attribute' || test.test === 'schema-attribute' ? 'attribute' : 'child';
    }
    const predicates = this.parsePredicateList();
    return { kind: 'axisStep', axis, test, predicates, start, end: this.lastEnd() };
  }

  /** [35] NodeTest ::= KindTest | NameTest */
  private parseNodeTest(): NodeTest {
    const t = this.t;
    if (t.type === 'name' && t.prefix === '' && KIND_TESTS.has(t.local) && this.isSym('(', this.peek()))
      return this.parseKindTest();
    return this.parseNameTest();
  }

  /** [36] NameTest ::= QName | Wildcard; [37] Wildcard ::= "*" | (NCName ":" "*") | ("*" ":" NCName) */
  private parseNameTest(): NodeTest {
    const t = this.t;
    if (this.isSym('*')) {
      this.next();
      return { test: 'name', ns: null, local: null };
    }
    if (t.type === 'pwild') {
      this.next();
      return { test: 'name', ns: '', local: null, prefix: t.prefix };
    }
    if (t.type === 'lwild') {
      this.next();
      return { test: 'name', ns: null, local: t.local };
    }
    if (t.type === 'name') {
      this.next();
      return t.prefix
        ? { test: 'name', ns: '', local: t.local, prefix: t.prefix }
        : { test: 'name', ns: '', local: t.local };
    }
    return this.fail('expected a name test or kind test');
  }

  /** [38] FilterExpr ::= PrimaryExpr PredicateList */
  private parseFilterExpr(): Expr {
    const start = this.t.start;
    const primary = this.parsePrimaryExpr();
    if (!this.isSym('[')) return primary;
    const predicates = this.parsePredicateList();
    return { kind: 'filter', primary, predicates, start, end: this.lastEnd() };
  }

  /** [39] PredicateList ::= Predicate* */
  private parsePredicateList(): Expr[] {
    const preds: Expr[] = [];
    while (this.isSym('[')) preds.push(this.parsePredicate());
    return preds;
  }

  /** [40] Predicate ::= "[" Expr "]" */
  private parsePredicate(): Expr {
    this.next();
    const e = this.parseExpr();
    this.expectSym(']');
    return e;
  }

  /** [41] PrimaryExpr ::= Literal | VarRef | ParenthesizedExpr | ContextItemExpr | FunctionCall */
  private parsePrimaryExpr(): Expr {
    const t = this.t;
    switch (t.type) {
      case 'int':
      case 'dec':
      case 'dbl':
      case 'str':
        return this.parseLiteral();
      case 'name':
        if (this.isSym('(', this.peek())) return this.parseFunctionCall();
        break;
      case 'sym':
        if (t.value === '$') return this.parseVarRef();
        if (t.value === '(') return this.parseParenthesizedExpr();
        if (t.value === '.') return this.parseContextItemExpr();
        break;
    }
    return this.fail('expected an expression');
  }

  /** [42] Literal ::= NumericLiteral | StringLiteral; [43] NumericLiteral ::= IntegerLiteral | DecimalLiteral | DoubleLiteral */
  private parseLiteral(): Expr {
    const t = this.next();
    const type =
      t.type === 'int' ? 'xs:integer' : t.type === 'dec' ? 'xs:decimal' : t.type === 'dbl' ? 'xs:double' : 'xs:string';
    return { kind: 'literal', type, value: t.value, start: t.start, end: t.end };
  }

  /** [44] VarRef ::= "$" VarName */
  private parseVarRef(): Expr {
    const start = this.next().start;
    const name = this.parseVarName();
    return { kind: 'varRef', name, start, end: this.lastEnd() };
  }

  /** [45] VarName ::= QName */
  private parseVarName(): QName {
    const t = this.t;
    if (t.type !== 'name') this.fail('expected a variable name');
    if (t.spaceBefore && this.toks[this.p - 1]?.value === '$') {
      // "$ x" is allowed by the grammar (whitespace between terminals); nothing to do.
    }
    this.next();
    return this.qnameOf(t);
  }

  /** [46] ParenthesizedExpr ::= "(" Expr? ")" */
  private parseParenthesizedExpr(): Expr {
    const start = this.next().start;
    if (this.isSym(')')) {
      this.next();
      return { kind: 'sequence', items: [], start, end: this.lastEnd() };
    }
    const e = this.parseExpr();
    this.expectSym(')');
    return e;
  }

  /** [47] ContextItemExpr ::= "." */
  private parseContextItemExpr(): Expr {
    const t = this.next();
    return { kind: 'contextItem', start: t.start, end: t.end };
  }

  /** [48] FunctionCall ::= QName "(" (ExprSingle ("," ExprSingle)*)? ")" (reserved names excluded, A.3) */
  private parseFunctionCall(): Expr {
    const t = this.t;
    if (t.prefix === '' && RESERVED_FUNCTION_NAMES.has(t.local))
      this.fail(`"${t.local}" is a reserved name and cannot be a function call`);
    this.next();
    this.next(); // (
    const args: Expr[] = [];
    if (!this.isSym(')')) {
      for (;;) {
        args.push(this.parseExprSingle());
        if (!this.isSym(',')) break;
        this.next();
      }
    }
    this.expectSym(')');
    return { kind: 'call', name: this.qnameOf(t), args, start: t.start, end: this.lastEnd() };
  }

  /** [49] SingleType ::= AtomicType "?"? */
  private parseSingleType(): SingleType {
    const name = this.parseAtomicType();
    if (this.isSym('?')) {
      this.next();
      return { name, optional: true };
    }
    return { name, optional: false };
  }

  /** [50] SequenceType ::= ("empty-sequence" "(" ")") | (ItemType OccurrenceIndicator?) */
  private parseSequenceType(): SequenceType {
    if (this.isName('empty-sequence') && this.isSym('(', this.peek())) {
      this.next();
      this.next();
      this.expectSym(')');
      return { occurrence: '' };
    }
    const item = this.parseItemType();
    return { item, occurrence: this.parseOccurrenceIndicator() };
  }

  /** [51] OccurrenceIndicator ::= "?" | "*" | "+" (xgc:occurrence-indicators: always taken here) */
  private parseOccurrenceIndicator(): Occurrence {
    if (this.isSym('?') || this.isSym('*') || this.isSym('+')) return this.next().value as Occurrence;
    return '';
  }

  /** [52] ItemType ::= KindTest | ("item" "(" ")") | AtomicType */
  private parseItemType(): ItemType {
    const t = this.t;
    if (t.type === 'name' && t.prefix === '' && this.isSym('(', this.peek())) {
      if (t.local === 'item') {
        this.next();
        this.next();
        this.expectSym(')');
        return { kind: 'item' };
      }
      if (KIND_TESTS.has(t.local)) return { kind: 'node', test: this.parseKindTest() };
    }
    return { kind: 'atomic', name: this.parseAtomicType() };
  }

  /** [53] AtomicType ::= QName */
  private parseAtomicType(): QName {
    const t = this.t;
    if (t.type !== 'name') this.fail('expected a type name');
    this.next();
    return this.qnameOf(t);
  }

  /**
   * [54] KindTest: [55] AnyKindTest, [56] DocumentTest, [57] TextTest, [58] CommentTest, [59] PITest,
   * [60] AttributeTest, [62] SchemaAttributeTest, [64] ElementTest, [66] SchemaElementTest.
   */
  private parseKindTest(): NodeTest {
    const name = this.next().local;
    this.expectSym('(');
    let test: NodeTest;
    switch (name) {
      case 'node':
        test = { test: 'node' };
        break;
      case 'text':
        test = { test: 'text' };
        break;
      case 'comment':
        test = { test: 'comment' };
        break;
      case 'processing-instruction': {
        // [59] PITest ::= "processing-instruction" "(" (NCName | StringLiteral)? ")"
        const a = this.t;
        if (a.type === 'name' && a.prefix === '') {
          this.next();
          test = { test: 'pi', target: a.local };
        } else if (a.type === 'str') {
          this.next();
          test = { test: 'pi', target: a.value.trim() };
        } else test = { test: 'pi' };
        break;
      }
      case 'document-node': {
        // [56] DocumentTest ::= "document-node" "(" (ElementTest | SchemaElementTest)? ")"
        if (this.isName('element') || this.isName('schema-element'))
          test = { test: 'document', element: this.parseKindTest() };
        else test = { test: 'document' };
        break;
      }
      case 'element':
      case 'attribute': {
        // [60] AttributeTest ::= "attribute" "(" (AttribNameOrWildcard ("," TypeName)?)? ")"
        // [64] ElementTest ::= "element" "(" (ElementNameOrWildcard ("," TypeName "?"?)?)? ")"
        const m: Mutable<Extract<NodeTest, { test: 'element' | 'attribute' }>> = { test: name };
        if (!this.isSym(')')) {
          if (this.isSym('*')) {
            this.next();
            m.name = null;
          } else {
            const n = this.t;
            if (n.type !== 'name') this.fail(`expected a name or "*" in ${name}()`);
            this.next();
            m.name = this.qnameOf(n);
          }
          if (this.isSym(',')) {
            this.next();
            const tn = this.t;
            if (tn.type !== 'name') this.fail('expected a type name');
            this.next();
            m.typeName = this.qnameOf(tn);
            if (name === 'element' && this.isSym('?')) {
              this.next();
              m.nillable = true;
            }
          }
        }
        test = m;
        break;
      }
      case 'schema-element':
      case 'schema-attribute': {
        // [66] SchemaElementTest, [62] SchemaAttributeTest
        const n = this.t;
        if (n.type !== 'name') this.fail(`expected a name in ${name}()`);
        this.next();
        test = { test: name, name: this.qnameOf(n) };
        break;
      }
      default:
        return this.fail('unknown kind test');
    }
    this.expectSym(')');
    return test;
  }
}
